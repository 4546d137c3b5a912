import type { Element } from 'hast';

/**
 * A paragraph's number, placed at its start: a permalink whose digits CSS draws from `data-paragraph`,
 * so they are never part of the text, a copied selection or the search index. The quote tools turn it
 * into "cite this paragraph". Shown in the margin on wide screens, inline on narrow ones, and printed.
 * It is its paragraph's Tab stop; the arrow keys reach the paragraph's other links (paragraph-focus.client.ts).
 */
export function paragraphNumberLink(id: string, number: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: `#${id}`,
      className: ['paragraph-link'],
      dataParagraph: String(number),
      ariaLabel: `Paragraph ${number}`,
    },
    children: [],
  };
}
