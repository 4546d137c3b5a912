/** Marks, in "On this page", the heading whose part of the page is being read. */
const toc = document.querySelector('[data-on-this-page]');
const links = toc ? Array.from(toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) : [];
const headings = links
  .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
  .filter((heading): heading is HTMLElement => heading !== null);

function mark(): void {
  // The last heading above a line a third of the way down the viewport.
  const line = window.innerHeight / 3;
  let current = 0;
  headings.forEach((heading, i) => {
    if (heading.getBoundingClientRect().top <= line) current = i;
  });
  links.forEach((link, i) => (i === current ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current')));
}

if (headings.length > 1) {
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
  mark();
}
