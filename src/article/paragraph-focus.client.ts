/**
 * One Tab stop per paragraph of the article's text. A numbered paragraph (with the list that counts with
 * it) holds its number, citations, first uses of terms and timeline markers: Tab enters it once, at the
 * link last used there (its number at first), and the left and right arrow keys move between its links.
 * Literature's text has 22 links and 6 Tab stops; the Introduction's single paragraph, 26 links and 1 stop.
 * Without JavaScript every link stays a Tab stop. Loaded with the quote tools, on a reader's first focus
 * or selection.
 */
import styles from './paragraph-focus.css?raw';
import { PARAGRAPH_NUMBER } from '../quote/events.ts';

const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/** What a reader can focus inside a paragraph. */
const LINKS = 'a[href], [tabindex]:not([tabindex="-1"])';
// Left and right only: up and down (and Home and End) keep scrolling the page, as readers expect.
const KEYS = 'ArrowRight ArrowLeft';

/** The links of each numbered paragraph, in reading order; a list item without a number joins the paragraph before it. */
function paragraphsOf(root: ParentNode): HTMLElement[][] {
  const paragraphs: HTMLElement[][] = [];
  for (const element of root.querySelectorAll<HTMLElement>('.paragraph[id]')) {
    const numbered = element.querySelector(`:scope > ${PARAGRAPH_NUMBER}`) !== null;
    const current = paragraphs.at(-1);
    const links = [...element.querySelectorAll<HTMLElement>(LINKS)];
    if (numbered || !current) paragraphs.push(links);
    else current.push(...links);
  }
  return paragraphs.filter((links) => links.length > 0);
}

const paragraphOfLink = new Map<Element, HTMLElement[]>();
for (const links of paragraphsOf(document)) {
  links.forEach((link, i) => {
    paragraphOfLink.set(link, links);
    link.tabIndex = i === 0 ? 0 : -1;
    if (links.length > 1) link.setAttribute('aria-keyshortcuts', KEYS);
  });
}

// Shown to sighted keyboard readers only (screen readers hear aria-keyshortcuts and have their own link
// navigation): without it, the links after a paragraph's first would be there but not found.
const hint = document.createElement('p');
hint.className = 'paragraph-keys';
hint.setAttribute('aria-hidden', 'true');
hint.hidden = true;
document.body.append(hint);

/** Makes the focused `link` its paragraph's Tab stop and, for a keyboard reader, names the keys. */
function focusOn(link: HTMLElement): void {
  const links = paragraphOfLink.get(link);
  hint.hidden = true;
  if (!links) return;
  for (const other of links) other.tabIndex = other === link ? 0 : -1;
  if (links.length > 1 && link.matches(':focus-visible')) {
    hint.textContent = `Link ${links.indexOf(link) + 1} of ${links.length} in this paragraph: ← → move, Tab goes on`;
    hint.hidden = false;
  }
}
document.addEventListener('focusin', (event) => focusOn(event.target as HTMLElement));
// Focus is what loads this, so a reader may already be on a paragraph's link (a quick Tab, a slow
// network): it becomes its paragraph's Tab stop and its keys are named now, not only at the next move.
if (document.activeElement instanceof HTMLElement) focusOn(document.activeElement);
document.addEventListener('focusout', () => (hint.hidden = true));

const steps: Partial<Record<string, number>> = { ArrowRight: 1, ArrowLeft: -1 };
document.addEventListener('keydown', (event) => {
  const link = event.target as HTMLElement;
  const links = paragraphOfLink.get(link);
  if (!links || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  // With caret browsing, the caret passes through links and focuses them: its arrow keys move the caret.
  const selection = getSelection();
  if (selection?.type === 'Caret' && link.contains(selection.focusNode)) return;
  const step = steps[event.key];
  const next = step ? links[links.indexOf(link) + step] : undefined;
  if (!next) return;
  event.preventDefault();
  next.focus();
});
