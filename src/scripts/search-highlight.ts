/**
 * On arrival from a search result (`?pagefind-highlight=…`), marks the searched words with Pagefind's
 * own highlighter, brings the first mark into view and offers a button to clear the marks. Pages
 * reached any other way load nothing.
 */
const PARAM = 'pagefind-highlight';
const params = new URLSearchParams(window.location.search);

function highlight(): void {
  const Highlighter = (window as { PagefindHighlight?: new (options: object) => unknown }).PagefindHighlight;
  if (!Highlighter) return;
  new Highlighter({ highlightParam: PARAM, addStyles: false });
  const marks = () => document.querySelectorAll('mark.pagefind-highlight');
  const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  (Array.from(marks()).find((mark) => target?.contains(mark)) ?? marks()[0])?.scrollIntoView({ block: 'center' });

  const bar = document.createElement('div');
  bar.className = 'highlight-bar';
  bar.setAttribute('role', 'status');
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.textContent = 'Clear marks';
  clear.addEventListener('click', () => {
    for (const mark of marks()) mark.replaceWith(...Array.from(mark.childNodes));
    const url = new URL(window.location.href);
    url.searchParams.delete(PARAM);
    history.replaceState(null, '', url);
    bar.remove();
  });
  bar.append(`Search terms marked: ${params.getAll(PARAM)[0] ?? ''}`, clear);
  document.querySelector('main')?.prepend(bar);
}

if (params.has(PARAM)) {
  // A plain script element: Pagefind's highlighter is not part of this site's bundle.
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  script.addEventListener('load', highlight);
  document.head.append(script);
}
