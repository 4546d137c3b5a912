import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { BibLatexParser, RISParser } from 'biblatex-csl-converter';
import { distDir } from '../support/dist.ts';

const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
// The checker refuses addresses without a top-level domain, such as the default build's localhost.
const publicAddress = (text: string) => text.replaceAll('http://localhost:4321/', 'https://example.org/');

const bibtex = ['afridi-ali-chang-2024.bib', 'afridi-ali-chang-2024-references.bib'];
const ris = ['afridi-ali-chang-2024.ris', 'afridi-ali-chang-2024-references.ris'];

describe('the citation downloads', () => {
  it('are named after the work, and the old generic names are gone', () => {
    for (const file of [...bibtex, ...ris, 'afridi-ali-chang-2024-references.json']) expect(existsSync(join(distDir, file)), file).toBe(true);
    for (const file of ['article.bib', 'article.ris', 'references.bib', 'references.ris', 'references.json']) {
      expect(existsSync(join(distDir, file)), file).toBe(false);
    }
  });

  it.each(bibtex)('%s parses in a BibTeX reader with no error or warning, and in citation-js', (file) => {
    const parsed = new BibLatexParser(publicAddress(read(file)), { processUnexpected: true, processUnknown: true }).parse();
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(new Cite(read(file)).data.length).toBeGreaterThan(0);
  });

  it.each(ris)('%s parses in an RIS reader with no error or warning, and in citation-js', (file) => {
    const parsed = new RISParser(read(file)).parse();
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(new Cite(read(file)).data.length).toBeGreaterThan(0);
  });

  it("keeps the article's keywords in both its BibTeX and its RIS, for the reference manager's tags", () => {
    const keywords = ['Economic Development', 'CPEC', 'Regional Cooperation', 'SCO', 'Regional security'];
    const [fromBibtex] = new Cite(read('afridi-ali-chang-2024.bib')).data;
    const [fromRis] = new Cite(read('afridi-ali-chang-2024.ris')).data;
    for (const item of [fromBibtex, fromRis]) expect(String(item?.['keyword']).split(/\s*[,;]\s*/)).toEqual(keywords);
  });

  it('gives no journal type to a work without a journal, which BibTeX and RIS readers would warn about', () => {
    for (const file of bibtex) {
      for (const entry of read(file).split(/\n(?=@)/).filter((e) => e.startsWith('@article'))) expect(entry, file).toMatch(/\bjournal = \{/);
    }
    for (const file of ris) {
      for (const record of read(file).split(/\nER {2}- ?\n/).filter((r) => /^TY {2}- JOUR$/m.test(r))) expect(record, file).toMatch(/^(T2|JO) {2}- /m);
    }
    expect(read('afridi-ali-chang-2024.bib')).toMatch(/^@misc\{afridi2024sco,/);
    expect(read('afridi-ali-chang-2024.ris')).toMatch(/^TY {2}- GEN$/m);
  });

  it('protects capitals in titles, so BibTeX styles keep CPEC and Xi Jinping as printed', () => {
    const list = read('afridi-ali-chang-2024-references.bib');
    expect(list).toContain('title = {{CPEC: Challenges} and opportunities for {Pakistan}}');
    expect(list).toContain('{Xi Jinping}');
    // No word with a capital stands outside braces in any title.
    for (const [, title = ''] of list.matchAll(/^\s*(?:book)?title = \{(.*)\},?$/gm)) {
      expect(title.replace(/\{[^{}]*\}/g, '').replace(/\{[^{}]*\}/g, ''), title).not.toMatch(/\p{Lu}/u);
    }
  });

  it('the CSL-JSON download is the bibliography, every printed field kept', () => {
    expect(JSON.parse(read('afridi-ali-chang-2024-references.json'))).toEqual(JSON.parse(readFileSync('content/references.json', 'utf8')));
  });
});
