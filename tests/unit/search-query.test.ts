import { describe, expect, it } from 'vitest';
import { normaliseQuery, parseQuery } from '../../src/search/query.ts';
import { loadGlossary } from '../../src/glossary/glossary.ts';

const glossary = loadGlossary();
const forms = (raw: string) => parseQuery(raw, glossary).units.map((unit) => unit.forms);

describe('normaliseQuery', () => {
  it('trims, folds white space and caps length', () => {
    expect(normaliseQuery('  Regional \n  security ')).toBe('Regional security');
    expect(normaliseQuery('x'.repeat(1000))).toHaveLength(200);
    expect(normaliseQuery(' \t ')).toBe('');
    expect(normaliseQuery('\u202eGwadar\u0000 port')).toBe('Gwadar port');
  });
});

describe('parseQuery', () => {
  it('makes each word of several its own unit, to be found in any order', () => {
    expect(forms('Pakistan India')).toEqual([['Pakistan'], ['India']]);
    expect(parseQuery('Shanghai Five 1996', glossary).units.every((unit) => !unit.phrase)).toBe(true);
  });

  it('keeps a "quoted phrase" whole, beside the words around it', () => {
    const { units } = parseQuery('"Shanghai Five" 1996', glossary);
    expect(units.map((unit) => [unit.forms, unit.phrase])).toEqual([
      [['Shanghai Five'], true],
      [['1996'], false],
    ]);
    expect(parseQuery('"terror"', glossary).units[0]?.phrase).toBe(true);
    expect(forms('"unclosed quote')).toEqual([['unclosed quote']]);
  });

  it('expands an abbreviation, in any case, into all its names, word by word', () => {
    const { units } = parseQuery('rats Pakistan', glossary);
    expect(units[0]?.term?.term).toBe('RATS');
    expect(units[0]?.forms).toEqual([
      'RATS',
      'Regional Anti-Terrorism Structure',
      'Regional Counter-Terrorism Structure',
      'Regional Structure for Combating Terrorism',
    ]);
    expect(units[1]?.forms).toEqual(['Pakistan']);
  });

  it('recognises a glossary name of several words, hyphens or not, and a plural abbreviation', () => {
    const { units } = parseQuery('regional structure for combating terrorism China', glossary);
    expect(units).toHaveLength(2);
    expect(units[0]?.forms).toContain('RATS');
    expect(parseQuery('Regional Anti Terrorism Structure', glossary).units[0]?.term?.term).toBe('RATS');
    expect(parseQuery('IGOs', glossary).units[0]?.term?.term).toBe('IGO');
  });

  it('offers two plain neighbouring words as one joined word too', () => {
    expect(parseQuery('counter terrorism', glossary).joined).toEqual([{ first: 0, form: 'counterterrorism' }]);
    expect(parseQuery('RATS counter', glossary).joined).toEqual([]);
    expect(parseQuery('"counter" terrorism', glossary).joined).toEqual([]);
  });

  it('asks for nothing on blank input or punctuation alone', () => {
    expect(parseQuery('   ', glossary).units).toEqual([]);
    expect(parseQuery('" ... "', glossary).units).toEqual([]);
  });
});
