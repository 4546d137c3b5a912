import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { loadBibliography } from '../../src/citations/bibliography.ts';
import { toBibtex, toCslJson, toRis } from '../../src/citations/reference-exports.ts';

const references = loadBibliography();
const byId = (data: Record<string, unknown>[], id: string) => data.find((item) => item['id'] === id);

describe('the downloads', () => {
  it('BibTeX parses back to the same 31 works under the same keys, Cyrillic intact', () => {
    const bibtex = toBibtex(references);
    const parsed = new Cite(bibtex).data;
    expect(parsed.map((item) => item['id'])).toEqual(references.map((r) => r.id));
    expect(byId(parsed, 'maksim2011')?.['title']).toBe('Шанхайская организация сотрудничества: возможности для России');
    expect(byId(parsed, 'swanstrom2010')?.['author']).toEqual([{ family: 'Swanström', given: 'N.' }]);
  });

  it('BibTeX escapes ampersands, which LaTeX would reject', () => {
    expect(toBibtex(references)).toContain('China \\& Eurasia Forum Quarterly');
    expect(toBibtex(references)).not.toMatch(/[^\\]& /);
  });

  it('RIS parses back to the same 31 works with whole titles', () => {
    const ris = toRis(references);
    const parsed = new Cite(ris).data;
    expect(parsed).toHaveLength(31);
    const cpec = parsed.find((item) => String(item['title']).startsWith('ROLE OF CPEC'));
    expect(cpec?.['title']).toBe('ROLE OF CPEC IN DEVELOPMENT OF TRADE, TRANSPORT AND ECONOMY OF PAKISTAN');
    expect(ris.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9]  - /.test(line))).toBe(true);
  });

  it('CSL-JSON is the bibliography itself', () => {
    expect(JSON.parse(toCslJson(references))).toEqual(references);
  });
});
