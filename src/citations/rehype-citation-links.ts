import type { Element, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { sectionSlugFromPath } from '../article/section-slug.ts';

/** Where one citation stands: which work, in which section and paragraph. */
export interface CitationPlace {
  key: string;
  section: string;
  paragraph: string;
  /** The citation's own id, where "Cited in" lands. */
  id: string;
}

export interface CitationLinkOptions {
  /** URL of the references page, base included, e.g. "/sco-pakistan/references/". */
  referencesHref: string;
}

/** The id of a work's entry on the references page. */
export function referenceId(key: string): string {
  return `ref-${key}`;
}

/** The id of the hidden preview of a work that a page carries for its citations. */
export function previewId(key: string): string {
  return `preview-${key}`;
}

const cyrillic = /\p{Script=Cyrillic}/u;

/**
 * Turns rehype-citation's same-page links into links to the one reference list, and records every
 * citation's paragraph in the section's frontmatter (`citations`), from which the references page
 * builds its "Cited in" backlinks. Also gives citations ids that stay unique when every section
 * shares one page, and describes each link by its work's preview for screen readers.
 */
export default function rehypeCitationLinks({ referencesHref }: CitationLinkOptions) {
  return (tree: Root, file: VFile) => {
    const section = sectionSlugFromPath(file.path);
    const places: CitationPlace[] = [];
    let n = 0;
    visitParents(tree, 'element', (node, ancestors) => {
      const id = node.properties['id'];
      if (node.tagName !== 'span' || typeof id !== 'string' || !id.startsWith('citation--')) return;
      n += 1;
      const citationId = `${section}-cite${n}`;
      node.properties['id'] = citationId;
      node.properties['className'] = ['citation'];
      const paragraph = [...ancestors]
        .reverse()
        .find((el): el is Element => el.type === 'element' && /-p\d+$/.test(String(el.properties['id'] ?? '')));
      if (!paragraph) {
        throw new Error(`${file.path}: a citation stands outside any paragraph or list item (${id})`);
      }
      for (const link of node.children) {
        if (link.type !== 'element' || link.tagName !== 'a') continue;
        const key = String(link.properties['href'] ?? '').replace(/^#bib-/, '');
        link.properties['href'] = `${referencesHref}#${referenceId(key)}`;
        link.properties['ariaDescribedBy'] = [previewId(key)];
        link.properties['dataCite'] = key;
        const text = link.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        if (cyrillic.test(text)) link.properties['lang'] = 'ru';
        places.push({ key, section, paragraph: String(paragraph.properties['id']), id: citationId });
      }
      return 'skip';
    });
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, citations: places };
  };
}
