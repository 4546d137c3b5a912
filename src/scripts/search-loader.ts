/**
 * Every page's search entry point, kept tiny: the search code and its index load only when the reader
 * is about to search (the box gets focus). "/" and Ctrl/Cmd+K focus the box from anywhere.
 */
const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

if (form && input) {
  input.addEventListener('focus', () => void import('./search-ui.ts').then(({ enhanceSearch }) => enhanceSearch(form)), {
    once: true,
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const slash = event.key === '/' && !typing;
    const shortcut = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (slash || shortcut) {
      event.preventDefault();
      input.focus();
    }
  });
}
