/**
 * The theme choice: light, dark, or automatic (the system's, following it as it changes), remembered
 * for every page; the inline script in <head> applies a light or dark choice before paint. Automatic
 * is the absence of a choice, so the stylesheet's `color-scheme: light dark` follows the system alone.
 */
type Theme = 'auto' | 'light' | 'dark';

const choice = document.querySelector<HTMLElement>('[data-theme-choice]');
const select = choice?.querySelector<HTMLSelectElement>('[data-theme-select]');
const root = document.documentElement;

const chosenTheme = (): Theme => (root.dataset['theme'] === 'light' || root.dataset['theme'] === 'dark' ? root.dataset['theme'] : 'auto');

if (choice && select) {
  select.value = chosenTheme();
  choice.hidden = false;
  select.addEventListener('change', () => {
    const theme = select.value as Theme;
    if (theme === 'auto') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
    try {
      if (theme === 'auto') localStorage.removeItem('theme');
      else localStorage.setItem('theme', theme);
    } catch {
      // Private modes may refuse storage: the choice then lasts for this page only.
    }
  });
}
