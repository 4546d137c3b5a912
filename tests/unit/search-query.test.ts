import { describe, expect, it } from 'vitest';
import { expandQuery, normaliseQuery } from '../../src/lib/search/query.ts';
import { loadGlossary } from '../../src/glossary/glossary.ts';

const glossary = loadGlossary();

describe('normaliseQuery', () => {
  it('trims, folds white space and caps length', () => {
    expect(normaliseQuery('  Regional \n  security ')).toBe('Regional security');
    expect(normaliseQuery('x'.repeat(1000))).toHaveLength(200);
    expect(normaliseQuery(' \t ')).toBe('');
  });
});

describe('expandQuery', () => {
  it('expands an abbreviation, in any case, into all its names', () => {
    const { alternatives, term } = expandQuery('rats', glossary);
    expect(term?.term).toBe('RATS');
    expect(alternatives).toEqual([
      'rats',
      'RATS',
      'Regional Anti-Terrorism Structure',
      'Regional Counter-Terrorism Structure',
      'Regional Structure for Combating Terrorism',
    ]);
  });

  it('expands a variant name back to the abbreviation', () => {
    const { alternatives } = expandQuery('regional structure for combating terrorism', glossary);
    expect(alternatives).toContain('RATS');
    expect(alternatives).toContain('Regional Anti-Terrorism Structure');
  });

  it('understands a plural abbreviation', () => {
    expect(expandQuery('IGOs', glossary).term?.term).toBe('IGO');
  });

  it('runs any other query as typed, and no query at all for blank input', () => {
    expect(expandQuery('Gwadar port', glossary)).toEqual({ text: 'Gwadar port', alternatives: ['Gwadar port'] });
    expect(expandQuery('   ', glossary).alternatives).toEqual([]);
  });
});
