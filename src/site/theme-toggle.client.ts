/**
 * The theme button: switches between light and dark and remembers the choice for every page (the
 * inline script in <head> applies it before paint). Until a reader chooses, the system theme applies.
 */
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const root = document.documentElement;
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

const isDark = () => (root.dataset['theme'] ? root.dataset['theme'] === 'dark' : systemDark.matches);

if (button) {
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  button.hidden = false;
  sync();
  systemDark.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      // Private modes may refuse storage: the choice then lasts for this page only.
    }
    sync();
  });
}
