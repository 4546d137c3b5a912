/**
 * Runs in <head> before first paint: marks the page as scripted (so no-JavaScript notices hide without
 * a jump) and applies the theme a reader chose earlier, so a page never flashes the other one. Kept as a
 * string so the config can hash it for the Content-Security-Policy.
 */
export const HEAD_SCRIPT =
  "document.documentElement.classList.add('js');try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}";
