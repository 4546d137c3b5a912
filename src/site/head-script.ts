/**
 * Runs in <head> before first paint: marks the page as scripted (so no-JavaScript notices hide without
 * a jump) and applies the theme a reader chose earlier, so a page never flashes the other one. Served as
 * /page-start.js (src/pages/page-start.js.ts) and loaded as a blocking script in <head>.
 */
export const HEAD_SCRIPT =
  "document.documentElement.classList.add('js');try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}";
