/**
 * Every page's search entry point, kept tiny: the search code and its index load only when the reader
 * is about to search (a search box gets focus). "/" and Ctrl/Cmd+K focus the header box from anywhere.
 */
// Bundled on its own ("?worker&url" gives a self-contained module and its URL), so starting search is
// adding a script element: no bundler import helper ships with every page.
import searchCode from './search-start.ts?worker&url';

const input = document.querySelector<HTMLInputElement>('form[data-site-search] input[type="search"]');
let started = false;

function startSearch(): void {
  if (started) return;
  started = true;
  const preload = document.createElement('link');
  preload.rel = 'modulepreload';
  preload.href = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = searchCode;
  document.head.append(preload, script);
}

// The header box starts search when it gets focus; the search page's box, which has focus from the
// start, when the reader types (or the page fills it from ?q=).
for (const box of document.querySelectorAll('form[role="search"] input[type="search"]')) {
  box.addEventListener(box.closest('[data-search-page]') ? 'input' : 'focus', startSearch, { once: true });
}
if (input) {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
    }
  });
}
