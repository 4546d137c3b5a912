import type { Element, ElementContent, Root } from 'hast';
import { select } from 'hast-util-select';
import { isCitationId, noteId, referenceId, wholeArticleReferenceId } from '../site/anchors.ts';
import { typstJoin, typstString } from './typst-syntax.ts';

/*
 * The web edition's rendered HTML as Typst code: running text, paragraphs (numbered as the site numbers
 * them), headings, lists and editor's notes. Anything else stops the build with where it came from, so
 * the PDF never silently drops what a page shows.
 */

/** Where a piece of the page comes from, for error messages: a section's file or a page. */
export type Origin = string;

const classes = (el: Element): string[] => {
  const value = el.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};
const hasClass = (el: Element, name: string) => classes(el).includes(name);
export const prop = (el: Element, name: string): string | undefined => {
  const value = el.properties[name];
  return value === undefined || value === null ? undefined : String(value);
};
export const elements = (nodes: ElementContent[]) => nodes.filter((node): node is Element => node.type === 'element');
const describe = (el: Element) => `<${el.tagName}${classes(el).map((c) => `.${c}`).join('')}>`;

export function fail(origin: Origin, message: string): never {
  throw new Error(`${origin}: ${message}. The PDF edition (src/pdf/) cannot typeset it; teach src/pdf/html-to-typst.ts how.`);
}

export function required(tree: Root | Element, selector: string, origin: Origin): Element {
  const found = select(selector, tree);
  if (!found) fail(origin, `the built page has no ${selector}`);
  return found;
}

/**
 * The PDF label a link leads to: the site's own anchor of a reference entry or an editor's note, which
 * the PDF gives the same entry or note.
 */
function internalTarget(href: string): string | undefined {
  const raw = href.includes('#') ? decodeURIComponent(href.slice(href.indexOf('#') + 1)) : '';
  // The whole article's citations point at its own list ("whole-ref-key"); the PDF's entries are "ref-key".
  const fragment = raw.startsWith(wholeArticleReferenceId('')) ? referenceId(raw.slice(wholeArticleReferenceId('').length)) : raw;
  return [referenceId(''), noteId('')].some((prefix) => fragment.startsWith(prefix) && fragment.length > prefix.length) ? fragment : undefined;
}

/** Inline HTML as one Typst code expression. */
export function inline(nodes: ElementContent[], origin: Origin): string {
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
        // Where a work is cited ("Literature ¶ 19", in the references' notes): the PDF numbers its
        // paragraphs in the margin, so the words find the place without a link.
        if (isCitationId(href.slice(href.indexOf('#') + 1))) return body();
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

/** A paragraph, numbered in the margin with the number the web edition shows beside it (its number link). */
function paragraph(el: Element, origin: Origin): string {
  const link = elements(el.children).find((child) => hasClass(child, 'paragraph-link'));
  const number = link && prop(link, 'dataParagraph');
  const body = inline(el.children, origin);
  return number && hasClass(el, 'paragraph') ? `para(${typstString(number)}, ${body})` : `par(${body})`;
}

/** Block-level HTML of a section, the abstract or an editor's note, as Typst code lines. */
export function blocks(nodes: ElementContent[], origin: Origin, headingOffset = 1): string[] {
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

/** An editor's note, labelled with its anchor so marks and links in the text lead to it. */
export function editorNote(el: Element, origin: Origin): string {
  const anchor = prop(el, 'id') ?? '';
  const [heading, ...body] = elements(el.children);
  if (!anchor.startsWith(noteId('')) || !heading) fail(origin, `an editor's note without an id or a heading`);
  return `editor-note(${typstString(anchor)}, ${inline(heading.children, origin)}, ${typstJoin(blocks(body, origin))})`;
}
