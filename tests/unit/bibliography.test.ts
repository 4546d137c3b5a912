import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBibliography, loadCorrections, parseBibliography, parseCorrections } from '../../src/citations/bibliography.ts';

const work = { id: 'zeb2006', type: 'article-journal', author: [{ family: 'Zeb', given: 'R.' }], issued: { 'date-parts': [[2006]] }, title: 'T' };

describe('the bibliography file', () => {
  const references = loadBibliography();

  it('holds all 31 works of the printed list, each with its own key', () => {
    expect(references).toHaveLength(31);
    expect(new Set(references.map((r) => r.id)).size).toBe(31);
  });

  it('keeps the two Giustozzi 2008 works as distinct entries', () => {
    const giustozzi = references.filter((r) => r.author.some((a) => 'family' in a && a.family === 'Giustozzi'));
    expect(giustozzi.map((r) => r.id).sort()).toEqual(['giustozzi2008article', 'giustozzi2008report']);
    expect(giustozzi.map((r) => r.type).sort()).toEqual(['article-journal', 'report']);
  });

  it('keeps Cyrillic names Cyrillic, with no Latin letters mixed in', () => {
    const names = references.flatMap((r) => r.author.map((a) => Object.values(a).join(' ')));
    const cyrillic = names.filter((n) => /\p{Script=Cyrillic}/u.test(n));
    expect(cyrillic).toContain('Хакимджонович Р. К.');
    expect(cyrillic.filter((n) => /[A-Za-z]/.test(n))).toEqual([]);
  });

  it('invents nothing the source lacks: no DOIs, URLs or volumes', () => {
    const text = readFileSync('content/references.json', 'utf8');
    expect(text).not.toMatch(/"(DOI|URL|volume|issue)"/);
  });

  it('lists each correction against a real key', () => {
    const corrections = loadCorrections();
    expect(corrections.map((c) => c.corrected)).toEqual(expect.arrayContaining(['August 2018', 'Хакимджонович']));
  });
});

describe('parseBibliography stops bad bibliographies with the file and key named', () => {
  it('refuses a file that is not JSON', () => {
    expect(() => parseBibliography('[{', 'content/references.json')).toThrow(/content\/references\.json is not valid JSON/);
  });

  it('refuses two works with one key', () => {
    expect(() => parseBibliography(JSON.stringify([work, work]), 'refs.json')).toThrow(
      /refs\.json: the key "zeb2006" is used by two works/,
    );
  });

  it('refuses a field it does not know, naming the item and the field', () => {
    expect(() => parseBibliography(JSON.stringify([{ ...work, DOI: '10.1/x' }]), 'refs.json')).toThrow(
      /refs\.json: item 0 \(zeb2006\)/,
    );
  });

  it('refuses a work without a title', () => {
    const { title: _title, ...untitled } = work;
    expect(() => parseBibliography(JSON.stringify([untitled]), 'refs.json')).toThrow(/item 0 \(zeb2006\) → title/);
  });

  it('refuses a correction that names no work', () => {
    const corrections = [{ key: 'nobody2000', kind: 'spelling', field: 'title', source: 'a', corrected: 'b', why: 'c' }];
    expect(() => parseCorrections(JSON.stringify(corrections), new Set(['zeb2006']), 'c.json')).toThrow(/"nobody2000"/);
  });
});
