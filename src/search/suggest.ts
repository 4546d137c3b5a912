import { foldWord } from './query.ts';

/** The words of the indexed text, folded, each with its most frequent spelling and how often it occurs. */
export type Vocabulary = Map<string, { word: string; count: number; spellings: Map<string, number> }>;

/** Collects the vocabulary of the indexed pages from their text, as Pagefind stores it. */
export function vocabularyOf(contents: string[]): Vocabulary {
  const vocabulary: Vocabulary = new Map();
  for (const content of contents) {
    for (const raw of content.split(/[\s\-‐‑–/]+/)) {
      const word = raw.replace(/^[^\p{L}\p{N}]+|(['’]s)?[^\p{L}\p{N}]*$/gu, '');
      const folded = foldWord(word);
      if (folded.length < 3 || /\d/.test(folded)) continue;
      const entry = vocabulary.get(folded) ?? { word, count: 0, spellings: new Map<string, number>() };
      entry.count += 1;
      const seen = (entry.spellings.get(word) ?? 0) + 1;
      entry.spellings.set(word, seen);
      if (seen > (entry.spellings.get(entry.word) ?? 0)) entry.word = word;
      vocabulary.set(folded, entry);
    }
  }
  return vocabulary;
}

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, or `limit + 1` once past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    if (Math.min(...current) > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The word of the text closest to a word the text does not hold: fewest edits (one for short words,
 * up to three for long ones), then the most frequent. Undefined when nothing is close enough.
 */
export function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const folded = foldWord(word);
  if (folded.length < 3) return undefined;
  const limit = folded.length <= 4 ? 1 : folded.length <= 8 ? 2 : 3;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [candidate, entry] of vocabulary) {
    if (candidate === folded) return undefined;
    const distance = editDistance(folded, candidate, limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && entry.count > best.count)) {
      best = { word: entry.word, distance, count: entry.count };
    }
  }
  return best?.word;
}
