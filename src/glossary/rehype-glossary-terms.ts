import type { Element, ElementContent, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { findTermUses } from './match.ts';
import type { GlossaryTerm } from './schema.ts';

/** A paragraph that uses a glossary term, by its abbreviation or one of its names. */
export interface TermPlace {
  term: string;
  paragraph: string;
}

export interface GlossaryTermOptions {
  terms: GlossaryTerm[];
}

/** The `<abbr>` that explains a term at its first use: focusable, so keyboard and touch reach its title. */
export function abbrElement(text: string, entry: GlossaryTerm): Element {
  return {
    type: 'element',
    tagName: 'abbr',
    properties: { title: entry.expansion, tabIndex: 0, className: ['term'] },
    children: [{ type: 'text', value: text }],
  };
}

const skipped = new Set(['a', 'abbr', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Marks the first use of each abbreviation in a section as an `<abbr>` with its expansion, and records
 * which paragraphs use each term in any of its forms (frontmatter `glossary`), for the glossary page.
 * Runs after paragraph ids; leaves citation links, headings and code alone.
 */
export default function rehypeGlossaryTerms({ terms }: GlossaryTermOptions) {
  const byTerm = new Map(terms.map((entry) => [entry.term, entry]));
  return (tree: Root, file: VFile) => {
    const explained = new Set<string>();
    const places: TermPlace[] = [];
    const seen = new Set<string>();
    visitParents(tree, 'text', (node: Text, ancestors) => {
      const parent = ancestors.at(-1);
      if (!parent || ancestors.some((a) => a.type === 'element' && skipped.has(a.tagName))) return;
      const paragraph = ancestors.find(
        (a): a is Element => a.type === 'element' && /-p\d+$/.test(String(a.properties['id'] ?? '')),
      );
      if (!paragraph) return;
      const uses = findTermUses(node.value, terms);
      for (const use of uses) {
        const key = `${use.term} ${String(paragraph.properties['id'])}`;
        if (!seen.has(key)) places.push({ term: use.term, paragraph: String(paragraph.properties['id']) });
        seen.add(key);
      }
      const first = uses.filter((use) => use.form === 'abbreviation' && !explained.has(use.term));
      if (first.length === 0) return;
      const children: ElementContent[] = [];
      let at = 0;
      for (const use of first) {
        if (explained.has(use.term)) continue;
        explained.add(use.term);
        const entry = byTerm.get(use.term);
        if (!entry) continue;
        if (use.start > at) children.push({ type: 'text', value: node.value.slice(at, use.start) });
        children.push(abbrElement(node.value.slice(use.start, use.end), entry));
        at = use.end;
      }
      if (at < node.value.length) children.push({ type: 'text', value: node.value.slice(at) });
      const siblings = parent.children as ElementContent[];
      siblings.splice(siblings.indexOf(node), 1, ...children);
      return children.length;
    });
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, glossary: places };
  };
}
