/** The parts of a Pagefind result fragment that passages are built from. */
export interface PageMatch {
  url: string;
  content: string;
  anchors: { element: string; id: string; text?: string | undefined; location: number }[];
  /** Word positions of matched words to mark (indexes into `content` split on white space). */
  locations: number[];
  /** Where each match begins (a phrase counts once); defaults to `locations`. */
  starts?: number[];
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** A piece of an excerpt: plain text, or a matched word to mark. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One search result as fine as a passage: a paragraph, list item, reference or heading. */
export interface Passage {
  /** The page URL with the passage's anchor. */
  url: string;
  /** The section or page it belongs to, e.g. "Finding and Discussions", "References". */
  section: string;
  /** "Article", "Reference", "Glossary" or "Front matter". */
  kind: string;
  /** The nearest heading above the passage. */
  heading: string;
  excerpt: ExcerptPart[];
  /** How many matches (words or whole phrases) the passage holds. */
  hits: number;
}

const passageAnchor = /(-p\d+|^ref-[\w-]+|^term-[\w-]+|^abstract|^keywords)$/;
const headingElement = /^h[1-6]$/;

/** Lowercase, punctuation stripped: how a word compares when checking a phrase. */
export function foldWord(word: string): string {
  return word.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Folds a word but keeps its case: abbreviations compare case-sensitively ("US" is not "us"). */
const bareWord = (word: string) => word.replace(/[^\p{L}\p{N}]+/gu, '');
const isAbbreviation = (word: string) => (bareWord(word).match(/\p{Lu}/gu) ?? []).length >= 2;

/**
 * Filters Pagefind's match locations for one query. A phrase keeps only the places where the whole
 * phrase stands (its words in order, a hyphenated word such as "Counter-Terrorism" counting as its
 * parts), so "Regional Structure for Combating Terrorism" does not match "regional" alone. With
 * `exact`, a single word keeps only whole-word matches (an abbreviation case-sensitively, plural
 * allowed): Pagefind would otherwise also match "RATS" to "rather" as the reader types. Without it, a
 * single word keeps every location: Pagefind's stemming and prefix matching decided those.
 */
export function phraseLocations(
  words: string[],
  locations: number[],
  phrase: string,
  exact = false,
): { marked: number[]; starts: number[] } {
  const wanted = phrase.split(/\s+/).map(foldWord).filter(Boolean);
  if (wanted.length === 0) return { marked: [], starts: [] };
  if (wanted.length === 1) {
    if (!exact) return { marked: locations, starts: locations };
    const target = isAbbreviation(phrase) ? bareWord(phrase) : foldWord(phrase);
    const fold = isAbbreviation(phrase) ? bareWord : foldWord;
    const kept = locations.filter((location) => {
      const word = fold(words[location] ?? '');
      return word === target || word === `${target}s`;
    });
    return { marked: kept, starts: kept };
  }
  const span = (i: number) => {
    let matched = 0;
    let at = i;
    while (matched < wanted.length && at < words.length) {
      const word = foldWord(words[at] ?? '');
      let joined = '';
      let used = 0;
      while (matched + used < wanted.length && joined.length < word.length) joined += wanted[matched + used++];
      if (joined !== word) return 0;
      matched += used;
      at += 1;
    }
    return matched === wanted.length ? at - i : 0;
  };
  const kept = new Set<number>();
  const starts: number[] = [];
  for (const location of [...new Set(locations)].sort((a, b) => a - b)) {
    const length = span(location);
    if (length > 0) starts.push(location);
    for (let k = 0; k < length; k += 1) kept.add(location + k);
  }
  return { marked: [...kept].sort((a, b) => a - b), starts };
}

/**
 * Splits a matched page into passages at its paragraph, reference and term anchors, and gives each
 * passage with matches an excerpt around its first match, matched words marked.
 */
export function passagesOf(page: PageMatch, excerptWords = 30): Passage[] {
  const words = page.content.split(/\s+/);
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  const headings = anchors.filter((a) => headingElement.test(a.element));
  const starts = anchors.filter((a) => passageAnchor.test(a.id) || headingElement.test(a.element));
  const section = page.filters['section']?.[0] ?? page.meta['title'] ?? '';
  const kind = page.filters['kind']?.[0] ?? '';
  const groups = new Map<string, { start: number; end: number; heading: string; hits: number[] }>();
  const marked = new Set(page.locations);
  for (const location of page.starts ?? page.locations) {
    const index = starts.findLastIndex((a) => a.location <= location);
    const anchor = starts[index];
    const heading = headings.findLast((h) => h.location <= location);
    const id = anchor?.id ?? heading?.id ?? '';
    const start = anchor?.location ?? heading?.location ?? 0;
    const end = starts[index + 1]?.location ?? words.length;
    const group = groups.get(id) ?? { start, end, heading: heading?.text ?? page.meta['title'] ?? '', hits: [] };
    group.hits.push(location);
    groups.set(id, group);
  }
  return [...groups].map(([id, group]) => {
    const first = Math.min(...group.hits);
    const from = Math.max(group.start, Math.min(first - 8, group.end - excerptWords));
    const to = Math.min(group.end, from + excerptWords);
    const excerpt: ExcerptPart[] = [];
    const plain = (text: string) => {
      const last = excerpt.at(-1);
      if (last && !last.mark) last.text += text;
      else excerpt.push({ text, mark: false });
    };
    if (from > group.start) plain('… ');
    for (let i = from; i < to; i += 1) {
      const word = words[i] ?? '';
      if (marked.has(i)) excerpt.push({ text: word, mark: true });
      else plain(word);
      if (i < to - 1) plain(' ');
    }
    if (to < group.end) plain(' …');
    const url = id ? `${page.url}#${id}` : page.url;
    return { url, section, kind, heading: group.heading, excerpt, hits: group.hits.length };
  });
}

/** The glossary describes terms rather than using them, so its entries rank below the article's text. */
const kindWeight: Record<string, number> = { Glossary: 0.5 };

/** Orders passages best first: most matches (weighted by kind), then in the order Pagefind ranked pages. */
export function rankPassages(passages: Passage[]): Passage[] {
  const score = (passage: Passage) => passage.hits * (kindWeight[passage.kind] ?? 1);
  return passages
    .map((passage, order) => ({ passage, order }))
    .sort((a, b) => score(b.passage) - score(a.passage) || a.order - b.order)
    .map(({ passage }) => passage);
}
