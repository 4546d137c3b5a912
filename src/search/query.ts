import type { GlossaryTerm } from '../glossary/schema.ts';

/** The longest query the search accepts; longer input is cut, not refused. */
export const MAX_QUERY_LENGTH = 200;

/** Invisible controls that only reorder or hide text (bidirectional overrides and the like). */
const controls = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Trims, drops invisible controls, folds white space and caps a reader's input; an empty result
 * means "no search".
 */
export function normaliseQuery(raw: string): string {
  return raw.replace(controls, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * One thing a passage must hold to answer the query: a word, a "quoted phrase" or a glossary term.
 * It is found by any of its `forms`; the first is the reader's own.
 */
export interface QueryUnit {
  forms: string[];
  /** Quoted or a glossary term: found only as written, its words together and in order (no prefixes). */
  phrase: boolean;
  /** A glossary term: its abbreviation matches as a whole word and case-sensitively ("RATS", not "rather"). */
  term?: GlossaryTerm;
}

/** What to ask the index for one reader's query. */
export interface ParsedQuery {
  /** The reader's query, normalised. */
  text: string;
  /** Every unit a passage must hold, in the reader's order. */
  units: QueryUnit[];
  /**
   * Two neighbouring plain words written as one ("counter terrorism" as "counterterrorism"): a match
   * of `form` stands for both units `first` and `first + 1`.
   */
  joined: { first: number; form: string }[];
}

/** Lowercase, punctuation stripped: how two words compare ("Jinping's" is "jinpings"). */
export function foldWord(word: string): string {
  return word.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]+/gu, '');
}

const foldName = (text: string) => text.split(/[\s\-‐‑–]+/).map(foldWord).filter(Boolean).join(' ');

/** Every name a glossary term goes by, plural abbreviation included. */
const namesOf = (entry: GlossaryTerm) => [entry.term, `${entry.term}s`, entry.expansion, ...entry.variants];

/**
 * Splits a query into what a passage must hold. "Quoted phrases" stay whole; elsewhere the longest
 * run of words that names a glossary term (by abbreviation or any name, in any case) becomes that term,
 * found by all its names, so "RATS Pakistan" also finds "Regional Counter-Terrorism Structure … Pakistan";
 * every other word stands alone, in any order.
 */
export function parseQuery(raw: string, glossary: GlossaryTerm[]): ParsedQuery {
  const text = normaliseQuery(raw);
  const units: QueryUnit[] = [];
  const joined: ParsedQuery['joined'] = [];
  const byName = new Map<string, GlossaryTerm>();
  for (const entry of glossary) for (const name of namesOf(entry)) byName.set(foldName(name), entry);
  const longestName = Math.max(1, ...[...byName.keys()].map((name) => name.split(' ').length));

  // Quoted parts alternate with unquoted ones; an unclosed quote runs to the end.
  text.split('"').forEach((part, index) => {
    const inQuotes = index % 2 === 1;
    const words = part.split(' ').filter((word) => foldWord(word));
    if (words.length === 0) return;
    if (inQuotes) {
      units.push({ forms: [words.join(' ')], phrase: true });
      return;
    }
    for (let i = 0; i < words.length; ) {
      let taken = 0;
      for (let length = Math.min(longestName, words.length - i); length >= 1 && !taken; length -= 1) {
        const typed = words.slice(i, i + length).join(' ');
        const term = byName.get(foldName(typed));
        if (term) {
          const forms = [...new Map([typed, term.term, term.expansion, ...term.variants].map((form) => [foldName(form), form])).values()];
          units.push({ forms, phrase: true, term });
          taken = length;
        }
      }
      if (taken) {
        i += taken;
        continue;
      }
      const word = words[i] ?? '';
      const previous = units.at(-1);
      // Only two plain words typed side by side may be one word in the text.
      if (i > 0 && previous && !previous.phrase && !previous.term) joined.push({ first: units.length - 1, form: `${previous.forms[0]}${word}` });
      units.push({ forms: [word], phrase: false });
      i += 1;
    }
  });
  return { text, units, joined };
}
