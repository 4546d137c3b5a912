import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { sectionSlugFromPath } from '../lib/section-slug.ts';

/** The id a section's n-th paragraph carries (1-based). Shared with the tests and the citation index. */
export function paragraphId(section: string, n: number): string {
  return `${section}-p${n}`;
}

function isElement(node: RootContent | ElementContent, ...names: string[]): node is Element {
  return node.type === 'element' && names.includes(node.tagName);
}

/**
 * Gives every article paragraph (top-level `<p>` and items of top-level lists) a stable id such as
 * `literature-p3`, prefixed with its section so ids stay unique on the whole-article page.
 * Paragraphs inside components (editor's notes) are not article text and get none.
 */
export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const section = sectionSlugFromPath(file.path);
    let n = 0;
    const number = (el: Element) => {
      n += 1;
      el.properties['id'] = paragraphId(section, n);
      el.properties['className'] = ['paragraph'];
    };
    for (const node of tree.children) {
      if (isElement(node, 'p')) number(node);
      else if (isElement(node, 'ul', 'ol')) {
        for (const item of node.children) if (isElement(item, 'li')) number(item);
      }
    }
  };
}
