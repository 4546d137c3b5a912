import { foldWord } from './query.ts';
import { ABSTRACT_ID, eventId, isParagraphId, referenceId, termId } from '../site/anchors.ts';
import type { SearchKind } from '../markdown/search-kinds.ts';

/** The parts of a Pagefind result fragment that passages are built from. */
export interface PageMatch {
  url: string;
  content: string;
  anchors: { element: string; id: string; text?: string | undefined; location: number }[];
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Where one form of the query was found on a page: Pagefind's word locations for that form. */
export interface FormHits {
  /** The units of the query this form stands for (two for a joined form such as "counterterrorism"). */
  units: number[];
  form: string;
  /** Whether this is the reader's own wording, not a glossary name they did not type. */
  typed: boolean;
  /** Pagefind's locations: indexes into `content` split on white space. */
  locations: number[];
}

/** One place a passage answers part of the query: words `start` to `end` (exclusive). */
export interface Match {
  start: number;
  end: number;
  units: number[];
  typed: boolean;
}

/** A piece of an excerpt: plain text, or a matched word or phrase to mark. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One search result as fine as a passage: a paragraph, list item, reference, term or timeline event. */
export interface Passage {
  /** The page URL with the passage's anchor. */
  url: string;
  /** The section or page it belongs to, e.g. "Finding and Discussions", "References". */
  section: string;
  /** What the passage is; empty for a page the index did not tag. */
  kind: SearchKind | '';
  /** The nearest heading above the passage. */
  heading: string;
  excerpt: ExcerptPart[];
  /** The words and phrases marked in the excerpt, as written there: what the page marks on arrival. */
  marked: string[];
  /** How many matches the passage holds. */
  hits: number;
  /** How many other words stand between the closest matches that answer the whole query (0: side by side). */
  gap: number;
  /** How many of the query's units it matches as the reader wrote them (not only by a glossary name). */
  typed: number;
}

/**
 * Elements that begin a passage: paragraphs, references, glossary terms, the abstract, and the timeline
 * page's events (an event's anchor inside a section's paragraph does not split the paragraph).
 */
const isParagraph: (id: string) => boolean = isParagraphId;
const isPassageStart = ({ id, element }: PageMatch['anchors'][number]) =>
  isParagraph(id) ||
  [referenceId(''), termId('')].some((prefix) => id.startsWith(prefix)) ||
  [ABSTRACT_ID, 'keywords'].includes(id) ||
  (element === 'li' && id.startsWith(eventId('')));
const headingElement = /^h[1-6]$/;
const edgePunctuation = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A word without a possessive ending, folded: "Jinping’s" and "Jinping" compare equal. */
const bare = (word: string) => foldWord(word.replace(/['’]s?(?=[^\p{L}\p{N}]*$)/u, ''));
/** An abbreviation ("RATS", "MoU") compares case-sensitively, so "US" is not "us". */
const isAbbreviation = (word: string) => (word.match(/\p{Lu}/gu) ?? []).length >= 2;
const caseKept = (word: string) => word.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * How many words of `words`, from `at`, spell `phrase` exactly: its words in order, a hyphenated
 * or joined word in the text counting as its parts ("Counter-Terrorism" and "counterterrorism" both
 * spell "counter terrorism"), case and possessives aside, an abbreviation as written (plural allowed).
 * 0 where the phrase does not stand there.
 */
export function phraseLength(words: string[], at: number, phrase: string): number {
  const parts = phrase.split(/[\s\-‐‑–]+/).filter((part) => foldWord(part));
  if (parts.length === 1 && isAbbreviation(phrase)) {
    const word = caseKept(words[at] ?? '');
    const wanted = caseKept(phrase);
    return word === wanted || word === `${wanted}s` ? 1 : 0;
  }
  const wanted = parts.map(bare);
  let matched = 0;
  let i = at;
  while (matched < wanted.length && i < words.length) {
    const word = bare(words[i] ?? '');
    let joined = '';
    let used = 0;
    while (matched + used < wanted.length && joined.length < word.length) joined += wanted[matched + used++];
    if (!word || joined !== word) return 0;
    matched += used;
    i += 1;
  }
  return matched === wanted.length ? i - at : 0;
}

/**
 * Whether Pagefind's match of a reader's word is one a reader would recognise: the word, or one of its
 * hyphenated parts, begins like the query word (Pagefind matches by stem and by prefix). Pagefind also
 * answers a word it cannot find with unrelated ones ("terorism" gave "T."); those are dropped, and
 * the reader is offered "Did you mean" instead.
 */
export function plausibleMatch(word: string, query: string): boolean {
  const wanted = foldWord(query);
  const stem = wanted.slice(0, Math.max(Math.min(wanted.length, 3), wanted.length - 3));
  return [word, ...word.split(/[-‐‑–]/)].some((part) => foldWord(part).startsWith(stem));
}

/** Turns Pagefind's locations for each form of the query into matches on one page's words. */
export function matchesOn(words: string[], hits: FormHits[], phraseUnits: Set<number>): Match[] {
  const matches = new Map<string, Match>();
  for (const { units, form, typed, locations } of hits) {
    const phrase = units.some((unit) => phraseUnits.has(unit));
    for (const location of locations) {
      let start = location;
      let end = location + 1;
      if (phrase) {
        // Pagefind locates each word of the phrase; keep the places where the whole phrase begins.
        const length = phraseLength(words, location, form);
        if (!length) continue;
        end = location + length;
      } else if (units.length > 1 ? !foldWord(words[location] ?? '').startsWith(foldWord(form)) : !plausibleMatch(words[location] ?? '', form)) continue;
      const key = `${start}:${units.join(',')}`;
      const known = matches.get(key);
      if (!known || end - start > known.end - known.start) matches.set(key, { start, end, units, typed: typed || !!known?.typed });
      else known.typed ||= typed;
    }
  }
  return [...matches.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The closest run of `matches` that covers every unit of the query: where it starts and ends, and how many
 * words in it are not matches (0 when the words stand side by side). Infinity if no run covers all.
 */
export function closestSpan(matches: Match[], unitCount: number): { gap: number; start: number; end: number } {
  let best = { gap: Infinity, start: matches[0]?.start ?? 0, end: matches[0]?.end ?? 0 };
  matches.forEach((first, i) => {
    const covered = new Set<number>();
    const matched = new Set<number>();
    let end = first.start;
    for (const match of matches.slice(i)) {
      for (const unit of match.units) covered.add(unit);
      for (let word = match.start; word < match.end; word += 1) matched.add(word);
      end = Math.max(end, match.end);
      if (covered.size === unitCount) {
        const gap = end - first.start - matched.size;
        if (gap < best.gap) best = { gap, start: first.start, end };
        break;
      }
    }
  });
  return best;
}

/**
 * The stretches of a passage an excerpt shows: one of `excerptWords` around the closest matches when
 * they fit in it, else a short stretch around each cluster of them, joined by "…", so every word of
 * the query shows marked.
 */
function excerptStretches(
  group: { start: number; end: number; matches: Match[] },
  closest: number,
  closestEnd: number,
  excerptWords: number,
): [number, number][] {
  if (closestEnd - closest + 8 <= excerptWords) {
    const from = Math.max(group.start, Math.min(closest - 8, group.end - excerptWords));
    return [[from, Math.min(group.end, from + excerptWords)]];
  }
  // The first match of each unit in the closest run: enough to show every word, few enough to read.
  const wanted = new Set(group.matches.flatMap((m) => m.units));
  const shown = group.matches.filter((m) => {
    if (m.start < closest || m.end > closestEnd || !m.units.some((unit) => wanted.has(unit))) return false;
    for (const unit of m.units) wanted.delete(unit);
    return true;
  });
  const clusters: [number, number][] = [];
  for (const match of shown) {
    const last = clusters.at(-1);
    if (last && match.start - last[1] <= 8) last[1] = Math.max(last[1], match.end);
    else clusters.push([match.start, match.end]);
  }
  const pad = Math.max(2, Math.floor((excerptWords - clusters.reduce((sum, [a, b]) => sum + b - a, 0)) / (2 * clusters.length)));
  const stretches: [number, number][] = [];
  for (const [a, b] of clusters) {
    const last = stretches.at(-1);
    const from = Math.max(group.start, a - pad);
    if (last && from <= last[1]) last[1] = Math.min(group.end, b + pad);
    else stretches.push([from, Math.min(group.end, b + pad)]);
  }
  return stretches;
}

/**
 * Splits a matched page into passages at its paragraph, reference, term and event anchors, keeps those
 * that hold every unit of the query, and gives each an excerpt around its closest group of matches,
 * the matched words marked (punctuation around them left unmarked, as the page marks them).
 */
export function passagesOf(page: PageMatch, matches: Match[], unitCount: number, excerptWords = 30): Passage[] {
  const words = page.content.split(/\s+/);
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  const headings = anchors.filter((a) => headingElement.test(a.element));
  const starts = anchors.filter((a) => isPassageStart(a) || headingElement.test(a.element));
  const section = page.filters['section']?.[0] ?? page.meta['title'] ?? '';
  const kind = (page.filters['kind']?.[0] ?? '') as SearchKind | '';
  const groups = new Map<string, { start: number; end: number; heading: string; matches: Match[] }>();
  for (const match of matches) {
    const index = starts.findLastIndex((a) => a.location <= match.start);
    const anchor = starts[index];
    const heading = headings.findLast((h) => h.location <= match.start);
    const id = anchor?.id ?? '';
    const group = groups.get(id) ?? {
      start: anchor?.location ?? 0,
      end: starts[index + 1]?.location ?? words.length,
      heading: heading?.text ?? page.meta['title'] ?? '',
      matches: [],
    };
    group.matches.push(match);
    groups.set(id, group);
  }
  const passages: Passage[] = [];
  for (const [id, group] of groups) {
    const { gap, start: closest, end: closestEnd } = closestSpan(group.matches, unitCount);
    if (gap === Infinity) continue;
    const stretches = excerptStretches(group, closest, closestEnd, excerptWords);
    const marks = new Map<number, number>();
    const excerpt: ExcerptPart[] = [];
    const add = (text: string, mark: boolean) => {
      const last = excerpt.at(-1);
      if (!text) return;
      if (last && last.mark === mark && !mark) last.text += text;
      else excerpt.push({ text, mark });
    };
    const marked = new Set<string>();
    stretches.forEach(([from, to], index) => {
      marks.clear();
      for (const match of group.matches) if (match.start < to && match.end > from) marks.set(Math.max(match.start, from), Math.min(match.end, to));
      if (index > 0) add(' … ', false);
      else if (from > group.start) add('… ', false);
      for (let i = from; i < to; ) {
        const end = marks.get(i);
        if (end === undefined) {
          add(words[i] ?? '', false);
          i += 1;
        } else {
          const text = words.slice(i, end).join(' ');
          const core = text.replace(edgePunctuation, '');
          const lead = text.slice(0, text.indexOf(core));
          add(lead, false);
          add(core, true);
          add(text.slice(lead.length + core.length), false);
          if (core) marked.add(core);
          i = end;
        }
        if (i < to) add(' ', false);
      }
      if (index === stretches.length - 1 && to < group.end) add(' …', false);
    });
    passages.push({
      url: id ? `${page.url}#${id}` : page.url,
      section,
      kind,
      heading: group.heading,
      excerpt,
      marked: [...marked],
      hits: group.matches.length,
      gap,
      typed: new Set(group.matches.filter((match) => match.typed).flatMap((match) => match.units)).size,
    });
  }
  return passages;
}

/**
 * The article's own words rank first; then the reference list, the timeline's editorial labels, and
 * the glossary, which describes terms rather than using them.
 */
const kindWeight: Partial<Record<SearchKind | '', number>> = { Reference: 0.8, Timeline: 0.6, Glossary: 0.4 };

/** Closeness in steps a reader would notice: side by side, a word or two apart, in one sentence, further. */
const closeness = (gap: number) => (gap === 0 ? 0 : gap <= 3 ? 1 : gap <= 12 ? 2 : gap <= 40 ? 3 : 4);

/**
 * Orders passages best first: words standing closest together, then those matching the reader's own
 * words (not only a glossary name), then most matches (weighted by kind), then Pagefind's page order.
 */
export function rankPassages(passages: Passage[]): Passage[] {
  const score = (passage: Passage) => passage.hits * (kindWeight[passage.kind] ?? 1);
  return passages
    .map((passage, order) => ({ passage, order }))
    .sort(
      (a, b) =>
        closeness(a.passage.gap) - closeness(b.passage.gap) ||
        b.passage.typed - a.passage.typed ||
        score(b.passage) - score(a.passage) ||
        a.order - b.order,
    )
    .map(({ passage }) => passage);
}

