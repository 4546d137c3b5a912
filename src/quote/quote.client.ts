// The quote tools, loaded on first use by quote-start.client.ts: "Copy quote" for a selection of the
// article's text, "Cite this paragraph" from a paragraph's number (`quoteCite`), and with them one Tab
// stop per paragraph (src/article/paragraph-focus.client.ts). A copied link's quotation is found,
// scrolled to and marked by the browser itself (text fragments; styled as ::target-text); browsers
// without them land on the paragraph.
import { generateFragmentFromRange, GenerateFragmentStatus } from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { citationWithLink, link, quotationUrl, quotationWithSource, type ClipboardText, type TextFragment } from './clipboard-text.ts';
import { passageCitation, type CitationForms, type PassagePlace } from './passage-citation.ts';
import { PARAGRAPH_NUMBER } from './events.ts';
import styles from './quote.css?raw';
import '../article/paragraph-focus.client.ts';

// The tools' styles come with them, not with every page: a constructed sheet, which the
// Content-Security-Policy allows as it allows any script-made style.
const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

// The author-date part and the paragraph labels, as the CSL engine formed them at build time
// (src/pages/citation-forms.json.ts): fetched with the tools, not carried by every page.
const forms: Promise<CitationForms> = fetch(`${import.meta.env.BASE_URL}citation-forms.json`).then((response) => response.json());

/** What the edition adds inside the text: never part of a quotation. */
const APPARATUS = '.paragraph-link, .timeline-link, .editor-note, .editor-ref, .quote-control, .paragraph-cite';

/** A numbered paragraph or list item of the article's text, with what citing it needs. */
interface Paragraph {
  element: HTMLElement;
  number: number;
  /** The heading its number counts from. */
  heading: Element;
  /** The part of the page with one address: a section, or the abstract. */
  container: HTMLElement;
}

function paragraphOf(node: Node): Paragraph | undefined {
  const start = node instanceof Element ? node : node.parentElement;
  const element = start?.closest<HTMLElement>('.paragraph[id]');
  const container = element?.closest<HTMLElement>('[data-quote-page]');
  if (!element || !container) return undefined;
  const heading = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].findLast(
    (h) => h.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  // A paragraph's number is on its number link; a list item carries the number of its lead-in.
  const number = element.querySelector<HTMLElement>(':scope > a.paragraph-link')?.dataset['paragraph'] ?? element.dataset['paragraph'];
  return heading && { element, number: Number(number), heading, container };
}

const headingText = (heading: Element) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
const pageUrl = ({ container }: Paragraph) => new URL(container.dataset['quotePage'] ?? '', location.href).href;
const place = (first: Paragraph, last: Paragraph): PassagePlace => ({ heading: headingText(first.heading), first: first.number, last: last.number });
/** Where a panel or control goes: after the paragraph, or after the whole list for a list item. */
const blockOf = (element: HTMLElement) => element.closest<HTMLElement>('ul, ol') ?? element;

function announcer(): HTMLElement {
  const region = document.createElement('p');
  region.className = 'visually-hidden';
  region.setAttribute('role', 'status');
  document.body.append(region);
  return region;
}

/** Writes both flavours; where the async Clipboard API is refused, the copy command fills them instead. */
async function copy(text: ClipboardText): Promise<boolean> {
  try {
    const blob = (value: string, type: string) => new Blob([value], { type });
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob(text.plain, 'text/plain'), 'text/html': blob(text.html, 'text/html') })]);
    return true;
  } catch {
    const fill = (event: ClipboardEvent) => {
      event.clipboardData?.setData('text/plain', text.plain);
      event.clipboardData?.setData('text/html', text.html);
      event.preventDefault();
    };
    document.addEventListener('copy', fill);
    // Deprecated, but the only copy a page opened over plain http (no navigator.clipboard) or a browser
    // refusing clipboard.write has; the one-argument form is all this needs.
    const command: (name: 'copy') => boolean = document.execCommand.bind(document);
    try {
      return command('copy');
    } finally {
      document.removeEventListener('copy', fill);
    }
  }
}

// ---- Copy quote ----

/** A selection that can be quoted: its text, the paragraphs it starts and ends in, and its link. */
interface Quotation {
  text: string;
  first: Paragraph;
  last: Paragraph;
  url: string;
}

/** The selected text of a text node, or "" when the node lies outside the range. */
function selectedPart(node: Text, range: Range): string {
  if (!range.intersectsNode(node)) return '';
  const from = node === range.startContainer ? range.startOffset : 0;
  const to = node === range.endContainer ? range.endOffset : node.length;
  return node.data.slice(from, to);
}

/**
 * The quotation a range selects, when all of its text stands in numbered paragraphs under one heading
 * of one section (or the abstract); otherwise nothing. Apparatus (numbers, timeline marks, editor's
 * notes) is left out, and each paragraph or list item starts a new line.
 */
function quotationOf(range: Range): Quotation | undefined {
  const root = range.commonAncestorContainer;
  const nodes: Text[] = [];
  if (root instanceof Text) nodes.push(root);
  else {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) nodes.push(node);
  }
  const parts = nodes
    .filter((node) => !node.parentElement?.closest(APPARATUS))
    .map((node) => ({ node, text: selectedPart(node, range), paragraph: paragraphOf(node) }))
    .filter((part) => part.text.trim());
  const first = parts[0]?.paragraph;
  const last = parts.at(-1)?.paragraph;
  if (!first || !last) return undefined;
  const sameBlock = parts.every(({ paragraph }) => paragraph && paragraph.container === first.container && paragraph.heading === first.heading);
  if (!sameBlock) return undefined;
  let text = '';
  parts.forEach(({ text: part, paragraph }, i) => {
    text += i > 0 && paragraph?.element !== parts[i - 1]?.paragraph?.element ? `\n${part}` : part;
  });
  text = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  const generated = generateFragmentFromRange(range.cloneRange());
  const fragment: TextFragment | undefined = generated.status === GenerateFragmentStatus.SUCCESS ? generated.fragment : undefined;
  return { text, first, last, url: quotationUrl(pageUrl(first), first.element.id, fragment) };
}

const control = document.createElement('div');
control.className = 'quote-control';
const copyQuote = document.createElement('button');
copyQuote.type = 'button';
copyQuote.textContent = 'Copy quote';
control.append(copyQuote);
const quoteStatus = announcer();

let shown: Quotation | undefined;
/** The selection the reader put the control away for (Escape): not offered again until it changes. */
let dismissed = '';
const key = ({ text, first }: Quotation) => `${first.element.id} ${text}`;
let pointerDown = false;
let pressing = false;
let tabOffered = false;
let settle = 0;

function hideQuoteControl(): void {
  control.remove();
  shown = undefined;
}

function showQuoteControl(quotation: Quotation, range: Range): void {
  closeParagraphCitation();
  shown = quotation;
  tabOffered = false;
  copyQuote.textContent = 'Copy quote';
  blockOf(quotation.last.element).after(control);
  // Below the end of the selection: clear of the browser's own selection menu, which opens above it.
  const line = [...range.getClientRects()].at(-1) ?? range.getBoundingClientRect();
  const box = (control.offsetParent ?? document.body).getBoundingClientRect();
  const left = Math.min(Math.max(line.right - box.left - control.offsetWidth / 2, 0), box.width - control.offsetWidth);
  control.style.top = `${line.bottom - box.top + 6}px`;
  control.style.left = `${left}px`;
  quoteStatus.textContent = '';
  requestAnimationFrame(() => (quoteStatus.textContent = 'Copy quote is available: press Tab.'));
}

function update(): void {
  if (pressing || control.contains(document.activeElement)) return;
  const selection = getSelection();
  const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const quotation = range && quotationOf(range);
  if (!range || !quotation) return hideQuoteControl();
  if ((shown && key(shown) === key(quotation)) || key(quotation) === dismissed) return;
  dismissed = '';
  showQuoteControl(quotation, range);
}

/** Offers "Copy quote" for the selection, now and whenever it changes. */
function watchSelection(): void {
  document.addEventListener('selectionchange', () => {
    clearTimeout(settle);
    if (!pointerDown) settle = window.setTimeout(update, 120);
  });
  for (const type of ['pointerup', 'pointercancel'] as const) {
    document.addEventListener(type, () => {
      if (!pointerDown) return;
      pointerDown = false;
      settle = window.setTimeout(update);
    });
  }
  document.addEventListener('pointerdown', (event) => {
    if (!control.contains(event.target as Node)) pointerDown = true;
  });
  document.addEventListener('keydown', (event) => {
    if (!shown) return;
    if (event.key === 'Escape') {
      dismissed = key(shown);
      hideQuoteControl();
    }
    else if (event.key === 'Tab' && !event.shiftKey && !tabOffered && !control.contains(document.activeElement)) {
      // The first Tab after selecting goes to "Copy quote"; later ones move on as usual.
      event.preventDefault();
      tabOffered = true;
      copyQuote.focus();
    }
  });
  control.addEventListener('focusout', () => window.setTimeout(update));
  // Pressing the button keeps the selection and focus where they are.
  copyQuote.addEventListener('pointerdown', (event) => {
    pressing = true;
    event.preventDefault();
  });
  copyQuote.addEventListener('click', () => {
    pressing = false;
    if (!shown) return;
    const { text, first, last, url } = shown;
    void forms.then((formed) => copy(quotationWithSource(text, passageCitation(formed, place(first, last)), url))).then((ok) => {
      copyQuote.textContent = ok ? 'Copied' : 'Copy quote';
      quoteStatus.textContent = ok ? 'Quote copied, with its citation and link.' : 'Could not copy: use your browser’s copy instead.';
    });
  });
  update();
}

// ---- Cite this paragraph ----

/** How the numbers count, said where a reader cites one (and on the whole-article page). */
const NUMBERING = 'Paragraphs count from each heading, as APA cites them; a list counts with the one before it.';

let panel: { element: HTMLElement; number: HTMLAnchorElement } | undefined;

function closeParagraphCitation(returnFocus = false): void {
  if (!panel) return;
  panel.element.remove();
  panel.number.setAttribute('aria-expanded', 'false');
  if (returnFocus) panel.number.focus();
  panel = undefined;
}

function button(label: string, text: ClipboardText, status: HTMLElement): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', () => {
    void copy(text).then((ok) => (status.textContent = ok ? 'Copied.' : 'Could not copy: select the text and copy it instead.'));
  });
  return element;
}

/** Opens (or closes) the citation and permanent link of the paragraph whose number was activated. */
async function toggleParagraphCitation(number: HTMLAnchorElement): Promise<void> {
  const reopening = panel?.number === number;
  closeParagraphCitation(reopening);
  hideQuoteControl();
  const paragraph = number.parentElement && paragraphOf(number.parentElement);
  if (reopening || !paragraph) return;
  const citation = passageCitation(await forms, place(paragraph, paragraph));
  const url = quotationUrl(pageUrl(paragraph), paragraph.element.id, undefined);
  const element = document.createElement('div');
  element.className = 'paragraph-cite';
  element.id = `${paragraph.element.id}-cite`;
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', `Cite paragraph ${paragraph.number}`);
  const citationLine = document.createElement('p');
  citationLine.className = 'paragraph-cite-text';
  citationLine.textContent = citation;
  const linkLine = document.createElement('p');
  linkLine.className = 'paragraph-cite-url';
  const permalink = document.createElement('a');
  permalink.href = url;
  permalink.textContent = url;
  linkLine.append(permalink);
  const actions = document.createElement('p');
  actions.className = 'paragraph-cite-actions';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  const copyCitation = button('Copy citation', citationWithLink(citation, url), status);
  actions.append(copyCitation, ' ', button('Copy link', link(url), status), ' ', status);
  const numbering = document.createElement('p');
  numbering.className = 'paragraph-cite-note';
  numbering.textContent = NUMBERING;
  element.append(citationLine, linkLine, actions, numbering);
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeParagraphCitation(true);
  });
  blockOf(paragraph.element).after(element);
  number.setAttribute('aria-expanded', 'true');
  number.setAttribute('aria-controls', element.id);
  panel = { element, number };
  copyCitation.focus();
}

// Said once they work: a number opens its paragraph's citation.
for (const number of document.querySelectorAll(PARAGRAPH_NUMBER)) number.setAttribute('aria-expanded', 'false');

watchSelection();
globalThis.quoteCite = (number) => {
  if (number instanceof HTMLAnchorElement) void toggleParagraphCitation(number);
};
