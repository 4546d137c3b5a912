/**
 * Every page's search entry point, kept tiny: the search code and its index load only when the reader
 * is about to search (a search box gets focus, or the reader types). "/" and Ctrl/Cmd+K focus the header
 * box from anywhere. A page opened from a search result loads the code that marks the searched words.
 */
// Bundled on their own ("?worker&url" gives a self-contained module and its URL), so starting one is
// adding a script element: no bundler import helper ships with every page.
import searchCode from './start.client.ts?worker&url';
import highlightCode from './highlight.client.ts?worker&url';

const input = document.querySelector<HTMLInputElement>('form[data-site-search] input[type="search"]');
let started = 0;

function load(src: string, onError?: () => void): void {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  if (onError) script.onerror = onError;
  document.head.append(script);
}

/** Shows a message in every search form that the search code has not taken over yet. */
function tell(text: string): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[role="search"]:not([data-enhanced])')) {
    const message = form.querySelector<HTMLElement>('[data-search-message]');
    const panel = form.querySelector<HTMLElement>('[data-search-panel]');
    if (!message || !panel || !form.querySelector<HTMLInputElement>('input[type="search"]')?.value.trim()) continue;
    message.hidden = panel.hidden = false;
    message.textContent = text;
    form.querySelector('[data-search-status]')?.replaceChildren(text);
  }
}

/**
 * Loads the search code once; past 300 ms the reader is told it is loading. If it fails, every search
 * form says so, and the next keystroke tries again (under a fresh URL: a browser remembers a failed module).
 */
function startSearch(): void {
  if (started > 0) return;
  started = -started + 1;
  setTimeout(() => started > 0 && tell('Loading search…'), 300);
  // Pagefind's module downloads alongside the search code, not after it.
  const preload = document.createElement('link');
  preload.rel = 'modulepreload';
  preload.href = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  document.head.append(preload);
  load(started > 1 ? `${searchCode}?retry=${started}` : searchCode, () => {
    started = -started;
    tell('Search is unavailable: its code could not be loaded. Type again to retry.');
  });
}

// The header box starts search when it gets focus; the search page's box, focused from the start, when
// the reader types, or at once when the page filled it from ?q= (before this ran, or after: it sends input).
for (const box of document.querySelectorAll<HTMLInputElement>('form[role="search"] input[type="search"]')) {
  if (!box.closest('[data-search-page]')) box.addEventListener('focus', startSearch);
  else if (box.value) startSearch();
  box.addEventListener('input', startSearch);
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
if (new URLSearchParams(window.location.search).has('pagefind-highlight')) load(highlightCode);
