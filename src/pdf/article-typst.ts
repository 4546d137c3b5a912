import { readFileSync } from 'node:fs';
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { noteId, paragraphNumber, referenceId, wholeArticleReferenceId } from '../site/anchors.ts';
import { typstArray, typstJoin, typstString, typstStrings } from './typst-syntax.ts';

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

/** Where a piece of the page comes from, for error messages: a section's file or a page. */
type Origin = string;

const classes = (el: Element): string[] => {
  const value = el.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};
const hasClass = (el: Element, name: string) => classes(el).includes(name);
const prop = (el: Element, name: string): string | undefined => {
  const value = el.properties[name];
  return value === undefined || value === null ? undefined : String(value);
};
const elements = (nodes: ElementContent[]) => nodes.filter((node): node is Element => node.type === 'element');
const describe = (el: Element) => `<${el.tagName}${classes(el).map((c) => `.${c}`).join('')}>`;

function fail(origin: Origin, message: string): never {
  throw new Error(`${origin}: ${message}. The PDF edition (src/pdf/) cannot typeset it; add it to src/pdf/article-typst.ts.`);
}

function required(tree: Root | Element, selector: string, origin: Origin): Element {
  const found = select(selector, tree);
  if (!found) fail(origin, `the built page has no ${selector}`);
  return found;
}

/**
 * The PDF label a link leads to: the site's own anchor of a reference entry or an editor's note, which
 * the PDF gives the same entry or note.
 */
function internalTarget(href: string): string | undefined {
  const fragment = href.includes('#') ? decodeURIComponent(href.slice(href.indexOf('#') + 1)) : '';
  return [referenceId(''), noteId('')].some((prefix) => fragment.startsWith(prefix) && fragment.length > prefix.length) ? fragment : undefined;
}

/** Inline HTML as one Typst code expression. */
function inline(nodes: ElementContent[], origin: Origin): string {
  const parts: string[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      // HTML collapses runs of white space (not no-break spaces); so does the PDF.
      const text = node.value.replace(/[ \t\n\r\f]+/g, ' ');
      if (text) parts.push(typstString(text));
    } else if (node.type === 'element') {
      const part = inlineElement(node, origin);
      if (part) parts.push(part);
    }
  }
  return typstJoin(parts);
}

function inlineElement(el: Element, origin: Origin): string | undefined {
  const body = () => inline(el.children, origin);
  const lang = prop(el, 'lang');
  const content = (() => {
    switch (el.tagName) {
      case 'a': {
        // The web edition's own navigation: the PDF numbers paragraphs in the margin and has no timeline.
        if (hasClass(el, 'paragraph-link') || hasClass(el, 'timeline-link')) return undefined;
        const href = prop(el, 'href') ?? '';
        const target = internalTarget(href);
        if (target) return `link(label(${typstString(target)}), ${body()})`;
        if (/^(mailto:|https?:)/.test(href)) return `link(${typstString(href)}, ${body()})`;
        return fail(origin, `a link to ${href} has no place in the PDF`);
      }
      case 'i':
      case 'em':
      case 'cite':
        return `emph(${body()})`;
      case 'b':
      case 'strong':
        return `strong(${body()})`;
      case 'sup':
        return `super(${body()})`;
      case 'sub':
        return `sub(${body()})`;
      case 'mark':
        return `marked(${body()})`;
      case 'q':
        return typstJoin([typstString('“'), body(), typstString('”')]);
      case 'br':
        return 'linebreak()';
      case 'span':
      case 'abbr':
      case 'time':
        return body();
      default:
        return fail(origin, `${describe(el)} in running text`);
    }
  })();
  return content && lang ? `text(lang: ${typstString(lang)}, ${content})` : content;
}

/** A paragraph, numbered in the margin when the web edition numbers it ("literature-p3"). */
function paragraph(el: Element, origin: Origin): string {
  const id = prop(el, 'id');
  const body = inline(el.children, origin);
  return id && hasClass(el, 'paragraph') ? `para(${typstString(paragraphNumber(id))}, ${body})` : `par(${body})`;
}

/** Block-level HTML of a section, the abstract or an editor's note, as Typst code lines. */
function blocks(nodes: ElementContent[], origin: Origin, headingOffset = 1): string[] {
  const lines: string[] = [];
  for (const el of elements(nodes)) {
    if (el.tagName === 'h2' || el.tagName === 'h3' || el.tagName === 'h4') {
      const level = Number(el.tagName.slice(1)) - headingOffset;
      lines.push(`heading(level: ${level}, ${inline(el.children, origin)})`);
    } else if (el.tagName === 'p') {
      if (!hasClass(el, 'reading-time')) lines.push(paragraph(el, origin));
    } else if (el.tagName === 'ul' || el.tagName === 'ol') {
      const items = elements(el.children).map((item) => paragraph(item, origin));
      lines.push(`${el.tagName === 'ul' ? 'list' : 'enum'}(${items.join(', ')})`);
    } else if (hasClass(el, 'editor-note')) {
      lines.push(editorNote(el, origin));
    } else {
      fail(origin, `${describe(el)} between paragraphs`);
    }
  }
  return lines;
}

function editorNote(el: Element, origin: Origin): string {
  const anchor = prop(el, 'id') ?? '';
  const [heading, ...body] = elements(el.children);
  if (!anchor.startsWith(noteId('')) || !heading) fail(origin, `an editor's note without an id or a heading`);
  return `editor-note(${typstString(anchor)}, ${inline(heading.children, origin)}, ${typstJoin(blocks(body, origin))})`;
}

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
