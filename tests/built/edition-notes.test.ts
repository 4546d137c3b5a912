import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { readPage, textsOf } from '../support/dist.ts';

// What the site tells readers about itself must be true of the source: compare with the article of record.
const source = readFileSync(resolve(import.meta.dirname, '../fixtures/article-source.md'), 'utf8');
const body = source.slice(source.indexOf('## INTRODUCTION'), source.indexOf('## REFERENCES'));
/** Every parenthetical citation of the print, in reading order: "(Mariani, Oct, 2013)". */
const printedCitations = [...body.matchAll(/\([^()]*\p{L}[^()]*\d{4}\)/gu)].map(([text]) => text);

const text = (node: Root | Element | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '');
const citations = (tree: Root) => selectAll('.citation', tree);
const label = (citation: Element) => text({ ...citation, children: citation.children.filter((c) => !(c.type === 'element' && c.tagName === 'span')) });
const printedAs = (citation: Element) => text(select('.printed-as', citation)).replace(/^\[printed as (.*)\]$/, '$1');
const keyOf = (citation: Element) => String(select('a[data-cite]', citation)?.properties['dataCite']);

describe('restyled citations show their printed form', () => {
  const article = readPage('/article/');
  const rendered = citations(article);
  const differing = rendered.map((citation, i) => ({ citation, printed: printedCitations[i] ?? '' })).filter(({ citation, printed }) => label(citation) !== printed);

  it('the whole article has the print’s 33 citations, in order, and 9 read otherwise than printed', () => {
    expect(rendered).toHaveLength(printedCitations.length);
    expect(printedCitations).toHaveLength(33);
    expect(differing).toHaveLength(9);
  });

  it('each of the 9 carries its printed form in the whole article, and no other citation does', () => {
    for (const { citation, printed } of differing) expect(printedAs(citation), label(citation)).toBe(printed);
    const others = rendered.filter((citation) => !differing.some((d) => d.citation === citation));
    expect(others.filter((citation) => select('.printed-as', citation))).toEqual([]);
  });

  it('the preview of each restyled work names its printed form, on the section page that cites it', () => {
    for (const { citation, printed } of differing) {
      const section = String(citation.properties['id']).replace(/-cite\d+$/, '');
      const preview = select(`#preview-${keyOf(citation)}`, readPage(`/${section}/`));
      expect(text(preview), keyOf(citation)).toContain(`Cited in the print as ${printed}`);
    }
  });

  it('the references page lists every restyled citation with its printed form', () => {
    const list = text(select('.restyled-citations', readPage('/references/')));
    for (const { citation, printed } of differing) expect(list).toContain(`${label(citation)}, printed as ${printed}`);
  });
});

describe('the whole article’s citations stay on the page', () => {
  const article = readPage('/article/');
  it('links every citation to the page’s own reference list', () => {
    const links = selectAll('.citation a[data-cite]', article);
    expect(links).toHaveLength(33);
    for (const link of links) {
      const href = String(link.properties['href']);
      expect(href).toBe(`#whole-ref-${String(link.properties['dataCite'])}`);
      expect(select(href, article), href).toBeTruthy();
    }
  });
});

describe('the references page tells the truth about the list', () => {
  const page = readPage('/references/');
  const note = text(select('#note-reference-corrections', page));

  it('no longer claims every entry is otherwise kept as printed', () => {
    expect(note).not.toMatch(/otherwise keeps every entry as printed/);
  });

  it('says entry by entry where APA 7 departs from the print: 7 months, 7 places, the quotes, the order', () => {
    const items = textsOf(page, '.display-differences li');
    expect(items.filter((item) => item.includes('the print gives the month'))).toHaveLength(7);
    expect(items.filter((item) => item.includes('the print names the place'))).toHaveLength(7);
    expect(note).toContain('the print sets ‘NATO of the East’ in single quotes');
    expect(items.find((item) => item.startsWith('Ashfaq, 2016'))).toContain('listed before Ashfaq U. Rehman, 2018');
  });

  it('files the Wæver swap as an order correction and notes the garbled Porshneva place kept as printed', () => {
    expect(note).toMatch(/wrong way round put back: Wæver, 2003, publisher and place: printed/);
    expect(note).toMatch(/Garbles kept as printed: .*Olga Porshneva, 2022, place: printed Registered in England & Wales No\. 3099067 5 Howick Place \| London \| SW1P 1WG, kept\./);
  });

  it('explains to readers which printed Giustozzi citation means which 2008 work', () => {
    const giustozzi = text(select('#note-same-year-giustozzi-2008', page));
    expect(giustozzi).toContain('identical apart from capitals, so the print may list one work twice');
    expect(giustozzi).toMatch(/\(Giustozzi, 2008\), in Finding and Discussions, para\. \d+, names no month.*reads it as \(Giustozzi, 2008a\)/);
    expect(giustozzi).toMatch(/\(Giustozzi, September, 2008\), in Literature, para\. \d+, names September.*reads it as \(Giustozzi, 2008b\)/);
  });
});

describe('the site says once what it changes, and cites itself in APA 7', () => {
  const home = readPage('/');

  it('the home page lists the three changes, with the count of restyled citations', () => {
    const about = text(select('#about-this-edition + *', home)) + text(select('.about-edition', home));
    expect(about).toContain('Citation labels are restyled in APA 7. 9 of the 33 in-text citations read otherwise');
    expect(about).toContain('Paragraphs the print splits across page breaks are joined again');
    expect(about).toContain('Garbled entries of the reference list are corrected');
  });

  it('every page’s footer points to that account instead of claiming nothing changed', () => {
    for (const path of ['/', '/introduction/', '/references/']) {
      const footer = select('.site-footer', readPage(path));
      expect(select('a[href="/#about-this-edition"]', footer!), path).toBeTruthy();
      expect(text(footer), path).toContain('word for word and changes only what About this edition lists.');
    }
  });

  it('cites the article as (Afridi et al., 2024), from the CSL engine, and nothing names the other form', () => {
    expect(text(select('.cite-in-text', home))).toBe('In the text: (Afridi et al., 2024)');
    for (const file of ['README.md', 'content/article.yaml']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\(Afridi, Ali and Chang, 2024\)|Afridi, Ali and Chang \(2024\)/);
    }
  });
});
