import type { Element, ElementContent } from 'hast';
import type { TermUse } from './match.ts';
import type { GlossaryTerm } from './schema.ts';

/** The `<abbr>` that explains a term at its first use: focusable, so keyboard and touch reach its title. */
function abbrElement(text: string, entry: GlossaryTerm): Element {
  return {
    type: 'element',
    tagName: 'abbr',
    properties: { title: entry.expansion, tabIndex: 0, className: ['term'] },
    children: [{ type: 'text', value: text }],
  };
}

/**
 * Splits `text` so that the first use of each abbreviation not yet in `explained` becomes an `<abbr>`
 * with its expansion, and adds those terms to `explained`; later uses stay plain. `uses` are the term
 * uses `findTermUses` found in `text`. Returns undefined when the text explains nothing new.
 */
export function explainFirstUses(
  text: string,
  uses: TermUse[],
  terms: GlossaryTerm[],
  explained: Set<string>,
): ElementContent[] | undefined {
  const first = uses.filter((use) => use.form === 'abbreviation' && !explained.has(use.term));
  if (first.length === 0) return undefined;
  const children: ElementContent[] = [];
  let at = 0;
  for (const use of first) {
    if (explained.has(use.term)) continue;
    explained.add(use.term);
    const entry = terms.find((candidate) => candidate.term === use.term);
    if (!entry) continue;
    if (use.start > at) children.push({ type: 'text', value: text.slice(at, use.start) });
    children.push(abbrElement(text.slice(use.start, use.end), entry));
    at = use.end;
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
  return children;
}
