import { runSearch, loadSearch, type SearchOutcome } from './search-engine.ts';
import type { Passage } from '../lib/search/passages.ts';

const HIGHLIGHT_PARAM = 'pagefind-highlight';
/** The header's list shows the best few, so it never needs its own scrolling; the search page shows more. */
const MAX_RESULTS = { popup: 8, inline: 30 };

/** A result link that marks the searched phrases on arrival, keeping the passage anchor. */
function resultHref(passage: Passage, highlight: string[]): string {
  const [path = '', hash = ''] = passage.url.split('#');
  const params = new URLSearchParams(highlight.map((phrase) => [HIGHLIGHT_PARAM, phrase]));
  return `${path}?${params}${hash ? `#${hash}` : ''}`;
}

/**
 * Builds one result with text nodes only: nothing from the index or the reader becomes markup. An
 * option holds no link (a listbox option may not nest controls); choosing it follows its data-href.
 */
function resultOption(passage: Passage, highlight: string[], id: string): HTMLLIElement {
  const option = document.createElement('li');
  option.id = id;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.className = 'search-result';
  option.dataset['href'] = resultHref(passage, highlight);
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
  option.append(where, excerpt);
  return option;
}

/**
 * Turns a search form into a live search: results appear as the reader types (a combobox with a
 * listbox of passages), arrow keys move through them, Enter opens one, Escape closes the list.
 * Forms marked `data-inline` (the search page) keep their results open and mirror the query in `?q=`.
 */
export function enhanceSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const list = form.querySelector<HTMLUListElement>('[data-search-results]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const panel = form.querySelector<HTMLElement>('[data-search-panel]') ?? list;
  const filter = form.querySelector<HTMLSelectElement>('select[name="in"]');
  if (!input || !list || !status || !panel || form.dataset['enhanced']) return;
  form.dataset['enhanced'] = 'true';
  const inline = form.hasAttribute('data-inline');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  void loadSearch();

  let active = -1;
  let latest = 0;

  const options = () => Array.from(list.querySelectorAll<HTMLLIElement>('[role="option"]'));
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const setActive = (index: number) => {
    const all = options();
    active = all.length ? Math.max(-1, Math.min(index, all.length - 1)) : -1;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const more = form.querySelector<HTMLAnchorElement>('[data-search-more]');
  const show = (outcome: SearchOutcome) => {
    const shown = outcome.passages.slice(0, inline ? MAX_RESULTS.inline : MAX_RESULTS.popup);
    if (more) {
      more.hidden = outcome.passages.length <= shown.length;
      more.href = `${more.pathname}?q=${encodeURIComponent(outcome.query)}`;
      more.textContent = `All ${outcome.passages.length} results on the search page`;
    }
    list.replaceChildren(...shown.map((passage, i) => resultOption(passage, outcome.highlight, `${list.id}-${i}`)));
    // Which query the shown results answer, for tests and the benchmark to wait on.
    list.dataset['query'] = outcome.query;
    status.textContent = shown.length
      ? `${outcome.passages.length} ${outcome.passages.length === 1 ? 'passage' : 'passages'} found${outcome.passages.length > shown.length ? `; the best ${shown.length} shown` : ''}.`
      : `No results for “${outcome.query}”. Try another word, or an abbreviation such as RATS or CPEC.`;
    setActive(-1);
    setOpen(true);
  };
  const search = async () => {
    const query = input.value;
    const ticket = ++latest;
    if (inline) {
      const url = new URL(window.location.href);
      if (query.trim()) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      setOpen(inline);
      return;
    }
    const [key, value] = (filter?.value ?? '').split(':');
    const outcome = await runSearch(query, key && value ? { [key]: value } : undefined);
    if (ticket === latest) show(outcome);
  };

  input.addEventListener('input', () => void search());
  filter?.addEventListener('change', () => void search());
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setOpen(true);
      setActive(active + 1 >= count ? 0 : active + 1);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      follow(options()[active]);
    } else if (event.key === 'Escape' && !inline && !panel.hidden) {
      // First Escape closes the list; a second one lets the browser clear the box.
      event.preventDefault();
      setOpen(false);
    }
  });
  const follow = (option: Element | undefined) => {
    const href = option instanceof HTMLElement ? option.dataset['href'] : undefined;
    if (href) window.location.assign(href);
  };
  // Keep focus in the box while a result is pressed, so the list stays open for the click.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => follow((event.target as Element).closest('[role="option"]') ?? undefined));
  list.addEventListener('mousemove', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    if (option) setActive(options().indexOf(option as HTMLLIElement));
  });
  if (!inline) {
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
    });
    input.addEventListener('focus', () => input.value.trim() && list.childElementCount && setOpen(true));
  }
  if (input.value.trim()) void search();
}
