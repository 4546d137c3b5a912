/**
 * On arrival from a search result (`?pagefind-highlight=…`), marks the searched words with Pagefind's
 * own highlighter, brings the first mark into view and offers a button to clear the marks. Pages
 * reached any other way load nothing.
 */
const PARAM = 'pagefind-highlight';
const params = new URLSearchParams(window.location.search);

if (params.has(PARAM)) {
  const base = import.meta.env.BASE_URL;
  void import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`).then(
    ({ default: PagefindHighlight }: { default: new (options: object) => unknown }) => {
      new PagefindHighlight({ highlightParam: PARAM, addStyles: false });
      const marks = () => document.querySelectorAll('mark.pagefind-highlight');
      const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
      const first = Array.from(marks()).find((mark) => !target || target.contains(mark)) ?? marks()[0];
      first?.scrollIntoView({ block: 'center' });

      const bar = document.createElement('div');
      bar.className = 'highlight-bar';
      bar.setAttribute('role', 'status');
      const label = document.createElement('span');
      label.textContent = `Search terms marked: ${params.getAll(PARAM)[0] ?? ''}`;
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
      bar.append(label, clear);
      document.querySelector('main')?.prepend(bar);
    },
  );
}
