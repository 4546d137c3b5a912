import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface CitationCheckOptions {
  /** Every key in the bibliography. */
  keys: Iterable<string>;
  /** Named in messages, so the editor knows where keys live. */
  bibliographyFile: string;
}

/** Citation syntax that survived rendering: `[@key]`, `[see @key, p. 3]`, `[@a; @b]`. */
const leftover = /\[[^\]]*?@([\p{L}\p{N}_:.#$%&+?<>~/-]+)[^\]]*\]/gu;

/**
 * Runs after rehype-citation and fails the build on any citation it left as raw text, which it does
 * silently for unknown keys and for citations inside emphasis, links, headings or code. The message
 * names the file and the key, and says which of the two went wrong.
 */
export default function rehypeCitationCheck({ keys, bibliographyFile }: CitationCheckOptions) {
  const known = new Set(keys);
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    visit(tree, 'text', (node, _index, parent) => {
      for (const [raw, key = ''] of node.value.matchAll(leftover)) {
        const where = parent && 'tagName' in parent ? ` inside <${parent.tagName}>` : '';
        problems.push(
          known.has(key.replace(/[.,;:]+$/, ''))
            ? `citation ${raw}${where} was not rendered: put citations in plain paragraph or list text, not in emphasis, links, headings or code`
            : `unknown citation key "@${key}" in ${raw}: no work in ${bibliographyFile} has that key`,
        );
      }
    });
    if (problems.length > 0) {
      throw new Error(`${file.path ?? 'content'}:\n  ${problems.join('\n  ')}`);
    }
  };
}
