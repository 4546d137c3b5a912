import { describe, expect, it } from 'vitest';
import { loadGlossary, parseGlossary } from '../../src/glossary/glossary.ts';
import { findTermUses } from '../../src/glossary/match.ts';
import { loadBibliography } from '../../src/citations/bibliography.ts';

const glossary = loadGlossary();

describe('the glossary', () => {
  it('lists the abbreviations the issue names, with the names the article uses for RATS', () => {
    const terms = glossary.map((entry) => entry.term);
    for (const term of ['SCO', 'RATS', 'CPEC', 'BRI', 'NATO', 'CSTO', 'MoU', 'SAARC', 'IGO', 'USSR', 'PRC', 'CA', 'US']) {
      expect(terms).toContain(term);
    }
    expect(glossary.find((entry) => entry.term === 'RATS')?.variants).toEqual([
      'Regional Counter-Terrorism Structure',
      'Regional Structure for Combating Terrorism',
    ]);
  });

  it('covers every abbreviation of the reference list, as it says it does', () => {
    // An abbreviation is a short Latin word in capitals among words that are not: all-capital titles and
    // names set in capitals (SAFERWORLD) are no evidence.
    const abbreviations = new Set<string>();
    for (const reference of loadBibliography()) {
      for (const field of [reference.title, reference['container-title'], reference.publisher, reference['publisher-place']]) {
        const words = (field ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        const capital = (word: string | undefined) => word !== undefined && /^\p{Lu}+$/u.test(word);
        words.forEach((word, i) => {
          if (/^[A-Z]{2,5}$/.test(word) && !capital(words[i - 1]) && !capital(words[i + 1])) abbreviations.add(word);
        });
      }
    }
    const terms = new Set(glossary.map((entry) => entry.term));
    expect([...abbreviations].filter((word) => !terms.has(word))).toEqual([]);
    expect([...abbreviations]).toEqual(expect.arrayContaining(['NUST', 'MIT', 'CORE']));
  });

  it('finds a name whose apostrophe the text sets typographically', () => {
    expect(findTermUses('the People’s Republic of China', glossary).map((use) => use.term)).toEqual(['PRC']);
  });

  it('refuses YAML that does not parse, naming the file', () => {
    expect(() => parseGlossary('- term: [', 'g.yaml')).toThrow(/g\.yaml is not valid YAML/);
  });

  it('refuses an entry without an expansion, naming the entry and the field', () => {
    expect(() => parseGlossary('- term: XYZ\n  spelledOut: editor\n', 'g.yaml')).toThrow(/g\.yaml: entry 0 \(XYZ\) → expansion/);
  });

  it('refuses a name claimed by two abbreviations', () => {
    const text = '- term: AB\n  expansion: Same Name\n  spelledOut: editor\n- term: CD\n  expansion: same name\n  spelledOut: editor\n';
    expect(() => parseGlossary(text, 'g.yaml')).toThrow(/"same name" is listed under both AB and CD/);
  });
});

describe('findTermUses', () => {
  it('finds abbreviations case-sensitively as whole words, plurals included', () => {
    const uses = findTermUses('The US and the USSR; IGOs help us.', glossary);
    expect(uses.map((use) => use.term)).toEqual(['US', 'USSR', 'IGO']);
  });

  it('finds names as written (first letter in either case), the longer name winning', () => {
    const uses = findTermUses('the Regional Anti-Terrorism Structure (RATS) and the Soviet Union', glossary);
    expect(uses.map((use) => [use.term, use.form])).toEqual([
      ['RATS', 'name'],
      ['RATS', 'abbreviation'],
      ['USSR', 'name'],
    ]);
    expect(findTermUses('Central Asia. central Asia', glossary)).toHaveLength(2);
  });

  it('does not take an ordinary phrase for a name: "international relations" is not IR', () => {
    expect(findTermUses('the development of international relations progressed', glossary)).toEqual([]);
  });
});
