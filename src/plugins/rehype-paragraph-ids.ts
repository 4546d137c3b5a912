import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { sectionSlugFromPath } from '../lib/section-slug.ts';

/** The id a section's n-th paragraph carries (1-based). Shared with the tests and the citation index. */
export function paragraphId(section: string, n: number): string {
  return `${section}-p${n}`;
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
      if (node.type !== 'element') continue;
      if (node.tagName === 'p') number(node);
      if (node.tagName === 'ul' || node.tagName === 'ol') {
        for (const item of node.children) if (item.type === 'element' && item.tagName === 'li') number(item);
      }
    }
  };
}
