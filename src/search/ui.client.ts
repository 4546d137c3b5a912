import { runSearch, loadSearch, type SearchOutcome } from './engine.client.ts';
import { normaliseQuery } from './query.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import type { Passage } from './passages.ts';

/** The header's list shows the best few, so it stays short; the search page shows more on request. */
const PAGE_SIZE = { popup: 8, inline: 30 };
/** How long an answer may take before the reader is told that search is loading. */
const LOADING_AFTER_MS = 300;

/** A result link that marks, on arrival, exactly the words its excerpt marks, and opens at the passage. */
function resultHref(passage: Passage): string {
  const [path = '', hash = ''] = passage.url.split('#');
  const params = new URLSearchParams(passage.marked.map((words) => [HIGHLIGHT_PARAM, words]));
  return `${path}${passage.marked.length ? `?${params}` : ''}${hash ? `#${hash}` : ''}`;
}

/** Builds one result, a link, with text nodes only: nothing from the index or the reader becomes markup. */
function resultItem(passage: Passage, id: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.id = id;
  link.className = 'search-result';
  link.href = resultHref(passage);
  const where = document.createElement('span');
  where.className = 'search-result-where';
  where.textContent = passage.heading && passage.heading !== passage.section ? `${passage.section} › ${passage.heading}` : passage.section;
  if (passage.kind && passage.kind !== 'Article' && passage.kind !== passage.section) {
    const kind = document.createElement('span');
    kind.className = 'search-result-kind';
    kind.textContent = passage.kind;
    where.append(' ', kind);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'search-result-excerpt';
  for (const part of passage.excerpt) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  link.append(where, excerpt);
  item.append(link);
  return item;
}

/** The reader's query inside <bdi>, so right-to-left or control characters cannot reorder the sentence around it. */
function quoted(query: string): Node[] {
  const bdi = document.createElement('bdi');
  bdi.textContent = query;
  return ['“', bdi, '”'].map((part) => (typeof part === 'string' ? document.createTextNode(part) : part));
}

/**
 * Turns a search form into a live search: results, real links to passages, appear as the reader types.
 * In the header (a combobox with a list of links) arrow keys move through them, Enter opens one and
 * Escape closes the list. Forms marked `data-inline` (the search page) keep their results open, show
 * more on request and keep the query and filter in the URL.
 */
export function enhanceSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const list = form.querySelector<HTMLUListElement>('[data-search-results]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const message = form.querySelector<HTMLElement>('[data-search-message]');
  const panel = form.querySelector<HTMLElement>('[data-search-panel]');
  const filter = form.querySelector<HTMLSelectElement>('select[name="in"]');
  const more = form.querySelector<HTMLAnchorElement>('[data-search-more]');
  const showMore = form.querySelector<HTMLButtonElement>('[data-search-show-more]');
  if (!input || !list || !status || !message || !panel || form.dataset['enhanced']) return;
  form.dataset['enhanced'] = 'true';
  const inline = form.hasAttribute('data-inline');
  if (!inline) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
  }
  void loadSearch().catch(() => undefined);

  let active = -1;
  let latest = 0;
  let outcome: SearchOutcome | undefined;

  const links = () => Array.from(list.querySelectorAll<HTMLAnchorElement>('a.search-result'));
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    if (!inline) input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const setActive = (index: number) => {
    const all = links();
    active = all.length ? Math.max(-1, Math.min(index, all.length - 1)) : -1;
    all.forEach((link, i) => link.classList.toggle('is-active', i === active));
    const current = all[active];
    if (current && !inline) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  /** Says something in the panel (and to screen readers); `parts` may hold the reader's query as <bdi>. */
  const say = (parts: (string | Node)[], announce = parts.map((part) => (typeof part === 'string' ? part : part.textContent)).join('')) => {
    message.replaceChildren(...parts);
    message.hidden = parts.length === 0;
    status.textContent = announce;
  };
  const searchUrl = (query: string) => {
    const url = new URL(more?.href ?? window.location.href);
    url.search = '';
    url.searchParams.set('q', query);
    if (filter?.value) url.searchParams.set('in', filter.value);
    return url;
  };
  const render = (shownCount: number) => {
    if (!outcome) return;
    const { passages, query } = outcome;
    const shown = passages.slice(0, shownCount);
    const first = list.childElementCount;
    list.replaceChildren(...shown.map((passage, i) => resultItem(passage, `${list.id}-${i}`)));
    if (more) {
      more.hidden = inline || passages.length <= shown.length;
      more.href = searchUrl(query).href;
      more.textContent = `All ${passages.length} results on the search page`;
    }
    if (showMore) {
      showMore.hidden = passages.length <= shown.length;
      showMore.textContent = `Show ${Math.min(PAGE_SIZE.inline, passages.length - shown.length)} more`;
    }
    if (passages.length) {
      const count = `${passages.length} ${passages.length === 1 ? 'passage' : 'passages'} found for `;
      say([count, ...quoted(query), shown.length < passages.length ? `; the first ${shown.length} shown.` : '.']);
    } else if (outcome.suggestion) {
      const suggestion = outcome.suggestion;
      const link = document.createElement('a');
      link.href = searchUrl(suggestion).href;
      link.className = 'search-suggestion';
      link.textContent = suggestion;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = suggestion;
        input.focus();
        void search();
      });
      say(['No results for ', ...quoted(query), '. Did you mean ', link, '?']);
    } else {
      say(['No results for ', ...quoted(query), '. Try fewer words, another word, or an abbreviation such as RATS or CPEC.']);
    }
    // Which query the shown results answer, for tests and the benchmark to wait on.
    list.dataset['query'] = query;
    setOpen(true);
    return first;
  };
  const search = async () => {
    const query = normaliseQuery(input.value);
    const ticket = ++latest;
    if (inline) {
      const url = new URL(window.location.href);
      for (const [key, value] of [['q', query], ['in', filter?.value ?? '']] as const) {
        if (value) url.searchParams.set(key, value);
        else url.searchParams.delete(key);
      }
      history.replaceState(null, '', url);
    }
    if (!query) {
      outcome = undefined;
      list.replaceChildren();
      delete list.dataset['query'];
      say([]);
      if (more) more.hidden = true;
      if (showMore) showMore.hidden = true;
      setOpen(inline);
      return;
    }
    const loading = setTimeout(() => {
      if (ticket !== latest) return;
      say(['Loading search…']);
      setOpen(true);
    }, LOADING_AFTER_MS);
    const [key, value] = (filter?.value ?? '').split(':');
    try {
      const answer = await runSearch(query, key && value ? { [key]: value } : undefined);
      if (ticket !== latest) return;
      outcome = answer;
      render(inline ? PAGE_SIZE.inline : PAGE_SIZE.popup);
      setActive(-1);
    } catch {
      if (ticket !== latest) return;
      outcome = undefined;
      list.replaceChildren();
      delete list.dataset['query'];
      if (more) more.hidden = true;
      if (showMore) showMore.hidden = true;
      say(['Search is unavailable: part of it could not be loaded. Type again to retry; the contents and the glossary still lead to every passage.']);
      setOpen(true);
    } finally {
      clearTimeout(loading);
    }
  };

  input.addEventListener('input', () => void search());
  filter?.addEventListener('change', () => void search());
  showMore?.addEventListener('click', () => {
    const first = render(list.childElementCount + PAGE_SIZE.inline) ?? 0;
    links()[first]?.focus();
  });
  input.addEventListener('keydown', (event) => {
    const count = links().length;
    if (inline) return;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setOpen(true);
      setActive(active + 1 >= count ? 0 : active + 1);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      links()[active]?.click();
    } else if (event.key === 'Escape' && !panel.hidden) {
      // First Escape closes the list; a second one lets the browser clear the box.
      event.preventDefault();
      setOpen(false);
    }
  });
  if (!inline) {
    list.addEventListener('mousemove', (event) => {
      const link = (event.target as Element).closest('a.search-result');
      if (link) setActive(links().indexOf(link as HTMLAnchorElement));
    });
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
    });
    input.addEventListener('focus', () => input.value.trim() && (list.childElementCount || !message.hidden) && setOpen(true));
  }
  if (input.value.trim()) void search();
}
