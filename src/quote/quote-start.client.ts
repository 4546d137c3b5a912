// The start of the quote tools, in every page's module and kept tiny: the tools load on first use (a
// selection, a number clicked, or focus first moved). Once run, they watch selections, make each
// paragraph one Tab stop with the arrow keys inside it, and open a paragraph's citation with `quoteCite`
// (src/quote/globals.d.ts). They are bundled on their own ("?worker&url" gives a self-contained module
// and its URL) and imported by that URL, so no bundler import helper ships with every page.
import quoteCode from './quote.client.ts?worker&url';
import { PARAGRAPH_NUMBER } from './events.ts';

// The tools do nothing on a page without numbered paragraphs, so no check for them is paid here.
let loaded: Promise<unknown> | undefined;
const load = () => (loaded ??= import(/* @vite-ignore */ quoteCode));
// Keyboard readers get the tools (and a Tab stop per paragraph) as they first move focus.
addEventListener('focusin', load);
// A click offers the paragraph's citation, with its permalink; a middle click still opens the permalink.
addEventListener('click', (event) => {
  const number = (event.target as Element).closest(PARAGRAPH_NUMBER);
  if (number) {
    event.preventDefault();
    void load().then(() => quoteCite(number));
  }
});
// Caught on its way to the document: a selection loads the tools.
addEventListener('selectionchange', () => getSelection()?.isCollapsed || load(), true);
