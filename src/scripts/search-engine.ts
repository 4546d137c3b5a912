import { expandQuery } from '../lib/search/query.ts';
import { passagesOf, phraseLocations, rankPassages, type PageMatch, type Passage } from '../lib/search/passages.ts';
import type { GlossaryTerm } from '../glossary/schema.ts';

/** The slice of Pagefind's browser API this site uses. */
interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean; highlightParam?: string }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PageMatch> }[] } | null>;
}

const base = import.meta.env.BASE_URL;

/** Pagefind's browser module, from the built site (one module instance however often it is asked for). */
export function importPagefind(): Promise<Pagefind> {
  return import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>;
}

let loaded: Promise<{ pagefind: Pagefind; glossary: GlossaryTerm[] }> | undefined;

/**
 * Loads Pagefind and the glossary once, on first use. They come from the built site, so the
 * browser never asks another origin; nothing loads on a plain page view. Pagefind starts loading its
 * index as soon as its module arrives, without waiting for the glossary.
 */
export function loadSearch(): Promise<{ pagefind: Pagefind; glossary: GlossaryTerm[] }> {
  loaded ??= (async () => {
    const ready = importPagefind().then(async (pagefind) => {
      // The index is small: searching on the main thread spares a worker's start-up and its 40 KB script.
      await pagefind.options({ baseUrl: base, noWorker: true });
      await pagefind.init();
      return pagefind;
    });
    const glossary = fetch(`${base}glossary.json`).then((response) => response.json() as Promise<GlossaryTerm[]>);
    return { pagefind: await ready, glossary: await glossary };
  })();
  return loaded;
}

export interface SearchOutcome {
  /** The query as searched. */
  query: string;
  passages: Passage[];
  /** Phrases to mark on the page a result leads to. */
  highlight: string[];
}

/**
 * Searches for a query and all its glossary names, and returns passages best first. A filter such
 * as `{ section: 'Literature' }` or `{ kind: 'Reference' }` narrows the pages searched.
 */
export async function runSearch(raw: string, filters?: Record<string, string>): Promise<SearchOutcome> {
  const { pagefind, glossary } = await loadSearch();
  const { text, alternatives, term } = expandQuery(raw, glossary);
  const pages = new Map<string, PageMatch>();
  // One search at a time: Pagefind answers a result's data() from its latest search.
  for (const alternative of alternatives) {
    const response = await pagefind.search(alternative, filters ? { filters } : {});
    const fragments = await Promise.all((response?.results ?? []).map((result) => result.data()));
    for (const fragment of fragments) {
      const words = fragment.content.split(/\s+/);
      const { marked, starts } = phraseLocations(words, fragment.locations, alternative, !!term);
      if (starts.length === 0) continue;
      const page = pages.get(fragment.url) ?? { ...fragment, locations: [], starts: [] };
      page.locations = [...new Set([...page.locations, ...marked])];
      page.starts = [...new Set([...(page.starts ?? []), ...starts])];
      pages.set(fragment.url, page);
    }
  }
  const passages = rankPassages([...pages.values()].flatMap((page) => passagesOf(page)));
  return { query: text, passages, highlight: alternatives };
}
