import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { builtPages, distDir, readPage, textsOf } from '../support/dist.ts';
import { formatSize, PDF_PATH, PDF_SIZE_PLACEHOLDER } from '../../src/pdf/pdf-download.ts';
import { bodySentences, frontMatterBlocks, normalise, sentences } from './article-source.ts';
import { bookmarks, contentText, letters, lineAt, links, openPdf, type Bookmark, type PdfLink } from './pdf-reader.ts';

const pdfFile = join(distDir, PDF_PATH);
const article = readPage('/article/');
const meta = (name: string) => selectAll(`meta[name="${name}"]`, article).map((el) => String(el.properties['content']));

let doc: PDFDocumentProxy;
let text: string;
let pdfLinks: PdfLink[];
beforeAll(async () => {
  doc = await openPdf(pdfFile);
  text = await contentText(doc);
  pdfLinks = await links(doc);
});

describe('the PDF holds the whole article of record', () => {
  it('holds every sentence of the body', () => {
    const body = bodySentences();
    expect(body.length).toBeGreaterThan(150);
    const pdf = letters(normalise(text));
    expect(body.filter((sentence) => !pdf.includes(letters(sentence)))).toEqual([]);
  });

  it('holds the front matter: title, authors, affiliations, abstract and keywords', () => {
    const pdf = letters(normalise(text));
    const front = sentences(frontMatterBlocks());
    expect(front.length).toBeGreaterThan(15);
    expect(front.filter((sentence) => !pdf.includes(letters(sentence)))).toEqual([]);
    expect(text).toContain('Received: Sep 14, 2024');
    expect(text).toContain('Accepted: Nov 20, 2024');
  });

  it('holds every citation as the web edition labels it, and every reference entry', () => {
    const pdf = letters(text);
    const citations = textsOf(article, 'span.citation');
    expect(citations.length).toBeGreaterThan(30);
    expect(citations.filter((citation) => !pdf.includes(letters(citation)))).toEqual([]);
    const references = textsOf(article, 'li.reference');
    expect(references.length).toBe(31);
    expect(references.filter((reference) => !pdf.includes(letters(reference)))).toEqual([]);
  });

  it("holds the editor's notes, the one on reference corrections included", () => {
    const notes = [...textsOf(article, '.editor-note'), ...textsOf(readPage('/references/'), '.editor-note')];
    expect(notes.length).toBeGreaterThanOrEqual(3);
    const pdf = letters(text);
    expect(notes.filter((note) => !pdf.includes(letters(note)))).toEqual([]);
  });
});

describe('the PDF is a document readers and machines can find their way in', () => {
  it('carries title, authors, subject and keywords, and is tagged', async () => {
    const { info } = (await doc.getMetadata()) as { info: Record<string, string> };
    expect(info['Title']).toBe(meta('citation_title')[0]);
    expect(info['Author']).toBe('Shahid Jan Afridi, Qaisar Ali, Xu Chang');
    expect(info['Subject']).toBe(meta('citation_abstract')[0]);
    expect(info['Keywords']).toBe('Economic Development, CPEC, Regional Cooperation, SCO, Regional security');
    expect(info['Language']).toBe('en');
    // pdf.js hands the MarkInfo dictionary over as a Map.
    const markInfo: unknown = await doc.getMarkInfo();
    expect(markInfo instanceof Map && markInfo.get('Marked')).toBe(true);
    expect(await (await doc.getPage(1)).getStructTree()).not.toBeNull();
  });

  it('has a bookmark for the abstract, every section and subsection and the references, each landing on its heading', async () => {
    const expected = (select('article.whole-article', article)?.children ?? [])
      .flatMap((node) => (node.type === 'element' && node.tagName === 'section' ? [node] : []))
      .map((section) => ({
        title: toText(select('h2', section)!).trim(),
        children: selectAll('h3', section).map((h3) => toText(h3).trim()),
      }));
    const outline = await bookmarks(doc);
    expect(outline.map(({ title, children }) => ({ title, children: children.map((child) => child.title) }))).toEqual(expected);
    const all = (items: Bookmark[]): Bookmark[] => items.flatMap((item) => [item, ...all(item.children)]);
    expect(all(outline)).toHaveLength(9);
    for (const bookmark of all(outline)) {
      expect(bookmark.target, bookmark.title).toBeDefined();
      expect(await lineAt(doc, bookmark.target!), bookmark.title).toBe(bookmark.title);
    }
  });

  it('links every citation to its entry in the reference list', async () => {
    const citationLinks = pdfLinks.filter((link) => link.target && /\d{4}/.test(link.text));
    const cited = selectAll('a[data-cite]', article);
    expect(citationLinks.length).toBeGreaterThanOrEqual(cited.length);
    const entries = new Set<string>();
    for (const link of citationLinks) {
      const line = await lineAt(doc, link.target!);
      // "Giustozzi, 2008b" leads to the entry that starts "Giustozzi, A. M. (2008b)".
      expect(line, link.text).toMatch(new RegExp(`^${link.text.split(',')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      entries.add(`${link.target!.page}:${link.target!.top}`);
    }
    // Every work in the list is cited, so every entry is some citation's target.
    expect(entries.size).toBe(31);
  });

  it("links the editor's mark in the text to its note, and every internal link resolves", async () => {
    const marks = pdfLinks.filter((link) => link.text === 'ed.');
    expect(marks).toHaveLength(selectAll('sup.editor-ref a', article).length);
    for (const mark of marks) expect(await lineAt(doc, mark.target!)).toMatch(/^Editor.s note/);
    const internal = pdfLinks.filter((link) => !link.url);
    expect(internal.length).toBeGreaterThan(40);
    for (const link of internal) {
      expect(link.target, `${link.text} on page ${link.page}`).toBeDefined();
      expect(link.target!.page).toBeLessThanOrEqual(doc.numPages);
    }
  });
});

describe('every page offers the PDF', () => {
  it('links to it with its size, and no page is left with a placeholder', () => {
    const size = formatSize(statSync(pdfFile).size);
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const { path, file } of pages) {
      expect(readFileSync(file, 'utf8'), path).not.toContain(PDF_SIZE_PLACEHOLDER);
      const download = select(`a[href="/${PDF_PATH}"][download]`, readPage(path));
      expect(download, path).toBeTruthy();
      expect(textsOf(readPage(path), '.pdf-download')[0], path).toBe(`The whole article as a PDF, ${size}`);
    }
  });

  it('is a PDF file', () => {
    expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
