import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../../src/citations/bibliography.ts';
import { labelRestylesPrint, loadPrintedCitations, parsePrintedCitations, printedFormProblem } from '../../src/citations/printed-citations.ts';

const references = loadBibliography();
const work = (key: string) => references.find((reference) => reference.id === key)!;
const keys = new Set(references.map((reference) => reference.id));

describe('the printed forms of restyled citations', () => {
  it('holds one printed form for each of the 8 works whose 9 citations APA 7 restyles', () => {
    expect([...loadPrintedCitations(references).keys()].sort()).toEqual(
      ['ali2019', 'fallon2015', 'giustozzi2008article', 'giustozzi2008report', 'mariani2013', 'muzaffar2017', 'rehman2018cpec', 'tavares2009'],
    );
  });

  it('knows a label restyles the print where a month is dropped or a letter added', () => {
    expect(labelRestylesPrint(work('mariani2013'), '(Mariani, 2013)')).toBe(true);
    expect(labelRestylesPrint(work('giustozzi2008report'), '(Giustozzi, 2008a)')).toBe(true);
    expect(labelRestylesPrint(work('zeb2006'), '(Zeb, 2006)')).toBe(false);
  });

  it('names the file when a printed form is missing or repeats the label', () => {
    expect(printedFormProblem(work('mariani2013'), '(Mariani, 2013)', undefined)).toMatch(/content\/printed-citations\.json/);
    expect(printedFormProblem(work('zeb2006'), '(Zeb, 2006)', '(Zeb, 2006)')).toMatch(/content\/printed-citations\.json.*remove it/);
    expect(printedFormProblem(work('mariani2013'), '(Mariani, 2013)', '(Mariani, Oct, 2013)')).toBeUndefined();
  });

  it('refuses an unknown key or a form without its parentheses, naming the file', () => {
    expect(() => parsePrintedCitations('{"nobody1999": "(Nobody, 1999)"}', keys, 'p.json')).toThrow(/p\.json: "nobody1999" is not a key/);
    expect(() => parsePrintedCitations('{"zeb2006": "Zeb, 2006"}', keys, 'p.json')).toThrow(/p\.json: zeb2006: write the citation as printed/);
    expect(() => parsePrintedCitations('{', keys, 'p.json')).toThrow(/p\.json is not valid JSON/);
  });
});
