// The start of the quote tools, in every page's module and kept tiny: on a page with numbered paragraphs
// the tools load on first use (a selection, or a number focused or clicked). Once run, they watch selections and move between numbers with the arrow keys
// themselves, and open a paragraph's citation with `quoteCite` (src/quote/globals.d.ts). They are bundled on their own
// ("?worker&url" gives a self-contained module and its URL) and imported by that URL, so no bundler
// import helper ships with every page.
import quoteCode from './quote.client.ts?worker&url';
import { PARAGRAPH_NUMBER } from './events.ts';

// Only pages with numbered paragraphs (a section, the whole article, the abstract) take part. Each
// section's first number is its Tab stop (rehype-paragraph-ids gives the others tabindex="-1").
if (document.querySelector(PARAGRAPH_NUMBER)) {
  let loaded: Promise<unknown> | undefined;
  const load = () => (loaded ??= import(/* @vite-ignore */ quoteCode));
  addEventListener('focusin', (event) => (event.target as Element).matches(PARAGRAPH_NUMBER) && load());
  // A click offers the paragraph's citation, with its permalink; a middle click still opens the permalink.
  addEventListener('click', (event) => {
    const number = (event.target as Element).closest(PARAGRAPH_NUMBER);
    if (number) {
      event.preventDefault();
      void load().then(() => quoteCite(number));
    }
  });
  document.addEventListener('selectionchange', () => getSelection()?.isCollapsed || load());
}
