import type { GlossaryTerm } from './schema.ts';

/** One place a glossary term is used in a text: the abbreviation itself or one of its names. */
export interface TermUse {
  term: string;
  /** Whether the text used the abbreviation ("RATS") or a name ("Regional Counter-Terrorism Structure"). */
  form: 'abbreviation' | 'name';
  start: number;
  end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A name's pattern: its first letter in either case (it may open a sentence), the rest as written but for
 * apostrophes, which the text sets typographically ("People’s") and the glossary may write straight.
 */
function namePattern(name: string): string {
  const first = name.charAt(0);
  const rest = escape(name.slice(1)).replace(/['’]/g, "['’]");
  return `[${escape(first.toLowerCase())}${escape(first.toUpperCase())}]${rest}`;
}

/**
 * Finds every use of the glossary's terms in `text`. Abbreviations match case-sensitively and as
 * whole words (a plural "s" allowed: "IGOs"); names match as written but for their first letter, so
 * "international relations" in the prose is not the discipline "International Relations". Longer
 * names win where two overlap.
 */
export function findTermUses(text: string, terms: GlossaryTerm[]): TermUse[] {
  const uses: TermUse[] = [];
  for (const entry of terms) {
    const abbreviation = new RegExp(`(?<![\\p{L}\\p{N}])${escape(entry.term)}s?(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(abbreviation)) {
      uses.push({ term: entry.term, form: 'abbreviation', start: match.index, end: match.index + match[0].length });
    }
    for (const name of [entry.expansion, ...entry.variants]) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${namePattern(name)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of text.matchAll(pattern)) {
        uses.push({ term: entry.term, form: 'name', start: match.index, end: match.index + match[0].length });
      }
    }
  }
  uses.sort((a, b) => a.start - b.start || b.end - a.end);
  return uses.filter((use, i) => !uses.slice(0, i).some((other) => other.start <= use.start && use.end <= other.end));
}
