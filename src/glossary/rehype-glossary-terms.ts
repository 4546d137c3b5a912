import type { Element, ElementContent, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { writeRecord, type TermPlace } from '../markdown/records.ts';
import { isParagraphId } from '../site/anchors.ts';
import { explainFirstUses } from './first-use.ts';
import { findTermUses } from './match.ts';
import type { GlossaryTerm } from './schema.ts';

export interface GlossaryTermOptions {
  terms: GlossaryTerm[];
}

const skipped = new Set(['a', 'abbr', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Marks the first use of each abbreviation in a section as an `<abbr>` with its expansion, and records
 * which paragraphs use each term in any of its forms (frontmatter `glossary`), for the glossary page.
 * Runs after paragraph ids; leaves citation links, headings and code alone.
 */
export default function rehypeGlossaryTerms({ terms }: GlossaryTermOptions) {
  return (tree: Root, file: VFile) => {
    const explained = new Set<string>();
    const places: TermPlace[] = [];
    const seen = new Set<string>();
    visitParents(tree, 'text', (node: Text, ancestors) => {
      const parent = ancestors.at(-1);
      if (!parent || ancestors.some((a) => a.type === 'element' && skipped.has(a.tagName))) return;
      const paragraph = ancestors.find((a): a is Element => a.type === 'element' && isParagraphId(a.properties['id']));
      if (!paragraph) return;
      const uses = findTermUses(node.value, terms);
      for (const use of uses) {
        const key = `${use.term} ${String(paragraph.properties['id'])}`;
        if (!seen.has(key)) places.push({ term: use.term, paragraph: String(paragraph.properties['id']) });
        seen.add(key);
      }
      const children = explainFirstUses(node.value, uses, terms, explained);
      if (!children) return;
      const siblings = parent.children as ElementContent[];
      siblings.splice(siblings.indexOf(node), 1, ...children);
      return children.length;
    });
    writeRecord(file, 'glossary', places);
  };
}
