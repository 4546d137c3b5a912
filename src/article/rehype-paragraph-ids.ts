import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { paragraphId, type ParagraphPlace } from '../site/anchors.ts';
import { paragraphNumberLink } from './paragraph-number.ts';
import { writeRecord } from '../markdown/records.ts';
import { sectionSlugFromPath } from './section-slug.ts';

const isList = (el: Element) => el.tagName === 'ul' || el.tagName === 'ol';
const isHeading = (el: Element) => /^h[1-6]$/.test(el.tagName);

/**
 * Gives every article paragraph (top-level `<p>` and items of top-level lists) a stable id such as
 * `literature-p3`, prefixed with its section so ids stay unique on the whole-article page, and numbers
 * them as readers count and APA 7 cites them: from 1 after every heading, a list counting with the
 * paragraph just before it (a list straight after a heading counts on its own). The first element of each
 * numbered paragraph starts with the number's link (which carries the number in `data-paragraph`), and
 * list items carry their paragraph's number in `data-paragraph`. The numbers and headings are recorded (`paragraphs`) for the pages that name paragraphs.
 * Paragraphs inside components (editor's notes) are not article text and get none of this.
 */
export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const section = sectionSlugFromPath(file.path);
    const places: ParagraphPlace[] = [];
    let ids = 0;
    let number = 0;
    let heading: string | undefined;
    /** The paragraph a following list belongs to, if the last block was one. */
    let leadIn: Element | undefined;

    const mark = (el: Element, withLink: boolean) => {
      ids += 1;
      const id = paragraphId(section, ids);
      el.properties['id'] = id;
      el.properties['className'] = ['paragraph'];
      if (el.tagName === 'li') el.properties['dataParagraph'] = String(number);
      if (withLink) el.children.unshift(paragraphNumberLink(id, number), { type: 'text', value: ' ' });
      places.push({ id, number, ...(heading && { heading }) });
    };

    for (const node of tree.children) {
      if (node.type === 'text' && !node.value.trim()) continue;
      if (node.type !== 'element') {
        // A component between blocks (an editor's note) does not part a list from its lead-in.
        if ((node.type as string) !== 'mdxJsxFlowElement') leadIn = undefined;
        continue;
      }
      if (isHeading(node)) {
        number = 0;
        heading = toString(node).trim();
        leadIn = undefined;
      } else if (node.tagName === 'p') {
        number += 1;
        mark(node, true);
        leadIn = node;
      } else if (isList(node)) {
        const items = node.children.filter((item): item is Element => item.type === 'element' && item.tagName === 'li');
        if (!leadIn) number += 1;
        items.forEach((item, i) => mark(item, !leadIn && i === 0));
        leadIn ??= items[0];
      } else {
        leadIn = undefined;
      }
    }
    writeRecord(file, 'paragraphs', places);
  };
}
