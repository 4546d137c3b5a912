import type { GlossaryTerm } from '../../glossary/schema.ts';

/** The longest query the search accepts; longer input is cut, not refused. */
export const MAX_QUERY_LENGTH = 200;

/** Trims, folds white space and caps a reader's input; an empty result means "no search". */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** What to ask the index for one reader's query. */
export interface ExpandedQuery {
  /** The reader's query, normalised. */
  text: string;
  /** Every query to run: the reader's, and for a glossary term all its names. */
  alternatives: string[];
  /** The glossary term the query names, if any. */
  term?: GlossaryTerm;
}

const fold = (text: string) => text.toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/**
 * Expands a query that names a glossary term (by abbreviation, plural included, or by any of its names,
 * in any case) into all of that term's names, so "RATS" also finds "Regional Counter-Terrorism
 * Structure" and the other way round. Any other query is run as typed.
 */
export function expandQuery(raw: string, glossary: GlossaryTerm[]): ExpandedQuery {
  const text = normaliseQuery(raw);
  const folded = fold(text);
  const term = glossary.find((entry) =>
    [entry.term, `${entry.term}s`, entry.expansion, ...entry.variants].some((name) => fold(name) === folded),
  );
  if (!term) return { text, alternatives: text ? [text] : [] };
  const alternatives = [...new Set([text, term.term, term.expansion, ...term.variants])];
  return { text, alternatives, term };
}
