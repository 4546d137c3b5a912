import { parseQuery, type ParsedQuery } from './query.ts';
import { matchesOn, passagesOf, rankPassages, type FormHits, type PageMatch, type Passage } from './passages.ts';
import { closestWord, vocabularyOf, type Vocabulary } from './suggest.ts';
import type { GlossaryTerm } from '../glossary/schema.ts';

/** The slice of Pagefind's browser API this site uses. */
interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<Fragment> }[] } | null>;
}

/** A page as Pagefind returns it for one search: its text, anchors and the words that matched. */
interface Fragment extends PageMatch {
  locations: number[];
}

const base = import.meta.env.BASE_URL;

/**
 * Index files that failed to download. Pagefind 1.6 logs a failed index chunk and answers as if the
 * chunk held nothing, so a broken download would read as "No results"; watching its requests lets
 * search say it is unavailable instead.
 */
const failedIndexRequests = new Set<string>();
const fetchIndex = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  const watched = url.includes('/pagefind/');
  try {
    const response = await fetchIndex(input, init);
    if (watched && !response.ok) failedIndexRequests.add(url);
    return response;
  } catch (error) {
    if (watched) failedIndexRequests.add(url);
    throw error;
  }
};
let attempt = 0;
let loaded: Promise<{ pagefind: Pagefind; glossary: GlossaryTerm[] }> | undefined;

/** Rejects when a part of search does not answer in time, so a stalled download reads as a failure. */
const inTime = <T>(promise: Promise<T>, what: string, ms = 15_000) =>
  Promise.race([promise, new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`${what} did not load`)), ms))]);

/**
 * Loads Pagefind (its module, WebAssembly and index) and the glossary once, on first use, from the
 * built site. If any part fails, the next call tries again from scratch: a browser keeps a failed
 * module import, so a retry asks for the module under a fresh URL.
 */
export function loadSearch(): Promise<{ pagefind: Pagefind; glossary: GlossaryTerm[] }> {
  loaded ??= (async () => {
    const retry = attempt++ ? `?retry=${attempt}` : '';
    const ready = (import(/* @vite-ignore */ `${base}pagefind/pagefind.js${retry}`) as Promise<Pagefind>).then(async (pagefind) => {
      // The index is small: searching on the main thread spares a worker's start-up and its 40 KB script.
      await pagefind.options({ baseUrl: base, noWorker: true });
      await pagefind.init();
      return pagefind;
    });
    const glossary = fetch(`${base}glossary.json`).then((response) => {
      if (!response.ok) throw new Error(`glossary.json: ${response.status}`);
      return response.json() as Promise<GlossaryTerm[]>;
    });
    const [pagefind, terms] = await inTime(Promise.all([ready, glossary]), 'search');
    return { pagefind, glossary: terms };
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

export interface SearchOutcome {
  /** The query as searched. */
  query: string;
  passages: Passage[];
  /** When nothing matched: the query with each word the text lacks replaced by its closest word. */
  suggestion?: string;
}

/** Every form the query is looked up by, with the units each stands for. */
function formsOf(parsed: ParsedQuery): Omit<FormHits, 'locations'>[] {
  return [
    ...parsed.units.flatMap((unit, index) => unit.forms.map((form, k) => ({ units: [index], form, typed: k === 0 }))),
    ...parsed.joined.map(({ first, form }) => ({ units: [first, first + 1], form, typed: true })),
  ];
}

let vocabulary: Promise<Vocabulary> | undefined;

/** The indexed text's own words, read once from every page Pagefind holds. */
function indexVocabulary(pagefind: Pagefind): Promise<Vocabulary> {
  vocabulary ??= pagefind
    .search(null)
    .then((all) => Promise.all((all?.results ?? []).map((result) => result.data())))
    .then((pages) => vocabularyOf(pages.map((page) => page.content)));
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}

/**
 * Searches for every word, "quoted phrase" and glossary term of a query with Pagefind, and returns the
 * passages that hold them all, closest together first. A filter such as `{ section: 'Literature' }`
 * or `{ kind: 'Reference' }` narrows the pages searched.
 *
 * Pagefind finds the pages and the words (stemming, prefixes, case, diacritics); passages and phrases
 * are this site's own. Measured against Pagefind 1.6 on this article: its sub_results split pages only at
 * headings (a result would be a whole section, not a paragraph); its "quoted" search finds nothing
 * for "counter terrorism", which the text writes "Counter-Terrorism" and "counterterrorism"; and one
 * search of several words cannot say which word was found where, which ranking by closeness needs.
 */
export async function runSearch(raw: string, filters?: Record<string, string>): Promise<SearchOutcome> {
  try {
    return await searchWith(await loadSearch(), raw, filters);
  } catch (error) {
    // Pagefind may start without its WebAssembly or index and fail only when asked: start afresh next time.
    loaded = undefined;
    vocabulary = undefined;
    throw error;
  }
}

async function searchWith(
  { pagefind, glossary }: { pagefind: Pagefind; glossary: GlossaryTerm[] },
  raw: string,
  filters?: Record<string, string>,
): Promise<SearchOutcome> {
  const failures = failedIndexRequests.size;
  const parsed = parseQuery(raw, glossary);
  const phraseUnits = new Set(parsed.units.flatMap((unit, index) => (unit.phrase ? [index] : [])));
  const pages = new Map<string, { page: Fragment; order: number; hits: FormHits[] }>();
  const found = new Set<number>();
  for (const form of formsOf(parsed)) {
    const response = await pagefind.search(form.form, filters ? { filters } : {});
    const results = response?.results ?? [];
    const fragments = await Promise.all(results.map((result) => result.data()));
    fragments.forEach((page, order) => {
      const known = pages.get(page.url) ?? { page, order, hits: [] };
      known.order = Math.min(known.order, order);
      known.hits.push({ ...form, locations: page.locations });
      pages.set(page.url, known);
    });
  }
  if (failedIndexRequests.size > failures) throw new Error('Part of the search index could not be loaded');
  const candidates = [...pages.values()].sort((a, b) => a.order - b.order);
  const passages = candidates.flatMap(({ page, hits }) => {
    const matches = matchesOn(page.content.split(/\s+/), hits, phraseUnits);
    for (const match of matches) for (const unit of match.units) found.add(unit);
    return passagesOf(page, matches, parsed.units.length);
  });
  const outcome: SearchOutcome = { query: parsed.text, passages: rankPassages(passages) };
  if (passages.length === 0 && parsed.units.some((_, index) => !found.has(index))) {
    const words = await indexVocabulary(pagefind);
    const replaced = parsed.units.map((unit, index) => (found.has(index) || unit.phrase ? unit.forms[0] : closestWord(unit.forms[0] ?? '', words)));
    if (replaced.every(Boolean) && replaced.join(' ') !== parsed.text) outcome.suggestion = replaced.join(' ');
  }
  return outcome;
}
