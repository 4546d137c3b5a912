/**
 * On arrival from a search result (`?pagefind-highlight=…`, one value per word or phrase its excerpt
 * marked), marks those words on the page, brings the first mark in the result's passage into view and
 * offers a bar, in the flow of the page so it covers no text, that names what was marked and clears it.
 *
 * This replaces Pagefind's pagefind-highlight.js (mark.js, 44 KB), which marks parts of words: for
 * "US" it marked "us" inside "focus" and "thus", and it could not mark a name across the hyphen or
 * the line breaks of the page's own markup.
 */
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import { markRanges } from './marks.ts';

const BLOCKS = 'p, li, dd, dt, h1, h2, h3, h4, h5, h6, td, th, blockquote, figcaption';
const SKIP = 'script, style, [data-pagefind-ignore], .highlight-bar';

/** The element a URL fragment names, if any; a malformed fragment ("#%E0%A4%A") names none. */
function fragmentTarget(): HTMLElement | null {
  try {
    return document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  } catch {
    return null;
  }
}

/** Marks every place in `root` where one of `forms` stands, block by block, and returns the marks. */
function markAll(root: Element, forms: string[]): HTMLElement[] {
  const byBlock = new Map<Element, Text[]>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || parent.closest(SKIP) || !text.data.trim()) continue;
    const block = parent.closest(BLOCKS) ?? parent;
    byBlock.set(block, [...(byBlock.get(block) ?? []), text]);
  }
  const marks: HTMLElement[] = [];
  for (const nodes of byBlock.values()) {
    const offsets: number[] = [];
    let joined = '';
    for (const node of nodes) {
      offsets.push(joined.length);
      joined += node.data;
    }
    // Right to left, so splitting a text node leaves the offsets of earlier ranges intact.
    for (const { start, end } of markRanges(joined, forms).reverse()) {
      for (let i = nodes.length - 1; i >= 0; i -= 1) {
        const node = nodes[i];
        const offset = offsets[i] ?? 0;
        if (!node || offset >= end || offset + node.data.length <= start) continue;
        const from = Math.max(start - offset, 0);
        const to = Math.min(end - offset, node.data.length);
        if (!node.data.slice(from, to).trim()) continue;
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        const mark = document.createElement('mark');
        mark.className = 'pagefind-highlight';
        range.surroundContents(mark);
        marks.unshift(mark);
      }
    }
  }
  return marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

const params = new URLSearchParams(window.location.search);
const forms = params.getAll(HIGHLIGHT_PARAM);
const main = document.querySelector('main');
const bodies = Array.from(document.querySelectorAll('[data-pagefind-body]'));
const marks = (bodies.length ? bodies : main ? [main] : []).flatMap((root) => markAll(root, forms));

if (main && marks.length) {
  const target = fragmentTarget();
  const marked = [...new Set(marks.map((mark) => mark.textContent ?? ''))];
  const bar = document.createElement('div');
  bar.className = 'highlight-bar';
  bar.setAttribute('role', 'status');
  const words = document.createElement('bdi');
  words.textContent = marked.join(', ');
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.textContent = 'Clear marks';
  clear.addEventListener('click', () => {
    for (const mark of document.querySelectorAll('mark.pagefind-highlight')) mark.replaceWith(...Array.from(mark.childNodes));
    main.normalize();
    const url = new URL(window.location.href);
    url.searchParams.delete(HIGHLIGHT_PARAM);
    history.replaceState(null, '', url);
    bar.remove();
  });
  const label = document.createElement('span');
  label.append(`Search terms marked (${marks.length}): `, words);
  bar.append(label, clear);
  // In the flow just above the passage the result opened (outside any list), so the bar covers no text.
  let place: Element | null = target && main.contains(target) ? target : null;
  while (place?.parentElement && /^(UL|OL|DL|TABLE|TBODY|TR)$/.test(place.parentElement.tagName)) place = place.parentElement;
  if (place) place.before(bar);
  else main.prepend(bar);
  // The bar and the first mark of the passage in view together where they fit, else the mark alone.
  const first = marks.find((mark) => target?.contains(mark)) ?? marks[0];
  bar.scrollIntoView({ block: 'start' });
  if (first && first.getBoundingClientRect().bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
}
