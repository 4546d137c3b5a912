import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { paragraphId } from '../site/anchors.ts';
import { sectionSlugFromPath } from './section-slug.ts';

/** The "¶" permalink at the end of a paragraph: shown on hover and focus, kept out of search and print. */
function permalink(id: string, n: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${id}`, className: ['paragraph-link'], ariaLabel: `Link to paragraph ${n}`, dataPagefindIgnore: '' },
    children: [{ type: 'text', value: '¶' }],
  };
}

/**
 * Gives every article paragraph (top-level `<p>` and items of top-level lists) a stable id such as
 * `literature-p3`, prefixed with its section so ids stay unique on the whole-article page, and a "¶"
 * permalink. Paragraphs inside components (editor's notes) are not article text and get neither.
 */
export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const section = sectionSlugFromPath(file.path);
    let n = 0;
    const number = (el: Element) => {
      n += 1;
      const id = paragraphId(section, n);
      el.properties['id'] = id;
      el.properties['className'] = ['paragraph'];
      el.children.push({ type: 'text', value: ' ' }, permalink(id, n));
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
