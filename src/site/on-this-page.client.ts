/**
 * Marks, in "On this page", the heading whose part of the page is being read, names it in the narrow
 * screens' bar, and folds the bar away once a reader has chosen a heading.
 */
const toc = document.querySelector<HTMLDetailsElement>('[data-on-this-page]');
const readingLabel = toc?.querySelector<HTMLElement>('[data-on-this-page-current]');
const links = toc ? Array.from(toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) : [];
const headings = links
  .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
  .filter((heading): heading is HTMLElement => heading !== null);

function mark(): void {
  // The last heading above a line a third of the way down the viewport.
  const line = window.innerHeight / 3;
  let reading = 0;
  headings.forEach((heading, i) => {
    if (heading.getBoundingClientRect().top <= line) reading = i;
  });
  links.forEach((link, i) => (i === reading ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current')));
  if (readingLabel) {
    readingLabel.textContent = links[reading]?.textContent ?? '';
    readingLabel.hidden = false;
  }
}

if (toc && headings.length > 1) {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  for (const link of links) link.addEventListener('click', () => (toc.open = false));
  mark();
}
