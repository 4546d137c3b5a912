import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { referenceId, wholeArticleReferenceId } from '../site/anchors.ts';
import { blocks, editorNote, elements, fail, inline, prop, required, type Origin } from './html-to-typst.ts';
import { typstArray, typstString, typstStrings } from './typst-syntax.ts';

/**
 * The built pages the PDF is made from: the whole-article page (front matter, abstract, sections with
 * their editor's notes, reference list) and the references page (its editor's note on corrections).
 * They are what the site's pipeline rendered, so citation labels, the reference list and paragraph
 * numbers are the web edition's own.
 */
export interface BuiltPages {
  article: Root;
  references: Root;
}

const template = readFileSync(new URL('./article-template.typ', import.meta.url), 'utf8');

function frontMatter(article: Root, origin: Origin): string {
  const header = required(article, 'header.article-front', origin);
  const kind = inline(required(header, '.article-type', origin).children, origin);
  const authors = inline(required(header, '.authors', origin).children, origin);
  const affiliations = selectAll('.affiliations > li', header).map((li) => inline(li.children, origin));
  const dates = frontDates(header).map(({ term, value }) => `(${inline(term.children, origin)}, ${inline(value.children, origin)})`);
  return `front(kind: ${kind}, authors: ${authors}, affiliations: ${typstArray(affiliations)}, dates: ${typstArray(dates)})`;
}

/** The front matter's dates and contact, as the page's <dl> pairs them: "Received", "Accepted"… */
function frontDates(header: Root | Element): { term: Element; value: Element }[] {
  return selectAll('.article-dates > div', header).flatMap((pair) => {
    const term = select('dt', pair);
    const value = select('dd', pair);
    return term && value ? [{ term, value }] : [];
  });
}

/** The accepted date (YYYY-MM-DD) from the front matter. */
function acceptedDate(article: Root): string {
  const accepted = frontDates(article).find(({ term }) => toString(term).trim() === 'Accepted');
  const time = accepted && select('time', accepted.value);
  const date = time && prop(time, 'dateTime');
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail('dist/article/index.html', 'the front matter has no accepted date');
  return date;
}

function references(article: Root, origin: Origin): string[] {
  const list = required(article, 'section.whole-article-references', origin);
  return [
    ...blocks(elements(list.children).filter((el) => el.tagName !== 'ol'), origin),
    ...selectAll('li.reference', list).map((li) => {
      const id = prop(li, 'id') ?? '';
      const key = id.slice(wholeArticleReferenceId('').length);
      const text = select('.reference-text', li);
      if (id !== wholeArticleReferenceId(key) || !key || !text) fail(origin, `a reference entry without a key or text`);
      const lang = prop(text, 'lang');
      const body = inline(text.children, origin);
      // The entry takes the references page's anchor, which every citation links to.
      return `reference(${typstString(referenceId(key))}, ${lang ? `text(lang: ${typstString(lang)}, ${body})` : body})`;
    }),
  ];
}

/** The content of a page's <meta name="…">, which the site writes from content/article.yaml. */
function metaContent(page: Root, name: string): string {
  const meta = select(`meta[name="${name}"]`, page);
  const content = meta && prop(meta, 'content');
  if (!content) fail('dist/article/index.html', `no <meta name="${name}">`);
  return content;
}

/** The PDF's metadata and running head, from the page's scholarly metadata and front matter. */
function metadata(article: Root): string {
  const authors = selectAll('header.article-front .author', article).map((el) => toString(el).trim());
  const families = selectAll('meta[name="citation_author"]', article).map((el) => (prop(el, 'content') ?? '').split(',')[0] ?? '');
  const year = metaContent(article, 'citation_publication_date').slice(0, 4);
  const [y, m, d] = acceptedDate(article).split('-').map(Number);
  const names = families.length > 1 ? `${families.slice(0, -1).join(', ')} and ${families.at(-1)}` : (families[0] ?? '');
  return `#let meta = (
  title: ${typstString(metaContent(article, 'citation_title'))},
  authors: ${typstStrings(authors)},
  subject: ${typstString(metaContent(article, 'citation_abstract'))},
  keywords: ${typstStrings(metaContent(article, 'citation_keywords').split(/;\s*/))},
  date: datetime(year: ${y}, month: ${m}, day: ${d}),
  running-head: ${typstString(`${names} (${year})`)},
)`;
}

/** The accepted date as a Unix timestamp, so the PDF's dates (and bytes) do not change from build to build. */
export function articleTimestamp(pages: BuiltPages): number {
  return Date.parse(`${acceptedDate(pages.article)}T00:00:00Z`) / 1000;
}

/**
 * The Typst source of the whole article: metadata, the template, then front matter, abstract, sections
 * (with their editor's notes), the reference list and the editor's note on reference corrections.
 */
export function articleTypst(pages: BuiltPages): string {
  const origin = 'dist/article/index.html';
  const article = required(pages.article, 'article.whole-article', origin);
  const body = [
    frontMatter(pages.article, origin),
    ...blocks(required(article, 'section.abstract', origin).children, origin),
    ...selectAll('section[data-section]', article).flatMap((section) =>
      blocks(section.children, `content/sections/${prop(section, 'dataSection')}.mdx`),
    ),
    ...references(pages.article, origin),
    ...selectAll('.editor-note', pages.references).map((note) => editorNote(note, 'dist/references/index.html')),
  ];
  return [metadata(pages.article), template, ...body.map((line) => `#${line}`)].join('\n\n');
}
