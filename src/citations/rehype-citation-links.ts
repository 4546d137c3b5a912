import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { sectionSlugFromPath } from '../article/section-slug.ts';
import { writeRecord, type CitationPlace } from '../markdown/records.ts';
import { citationId, isParagraphId, previewId, referenceId } from '../site/anchors.ts';
import { languageOfText } from './language.ts';

export interface CitationLinkOptions {
  /** URL of the references page, base included, e.g. "/sco-pakistan/references/". */
  referencesHref: string;
}

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
      const ownId = citationId(section, n);
      node.properties['id'] = ownId;
      node.properties['className'] = ['citation'];
      const paragraph = [...ancestors]
        .reverse()
        .find((el): el is Element => el.type === 'element' && isParagraphId(el.properties['id']));
      if (!paragraph) {
        throw new Error(`${file.path}: a citation stands outside any paragraph or list item (${id})`);
      }
      for (const link of node.children) {
        if (link.type !== 'element' || link.tagName !== 'a') continue;
        const key = String(link.properties['href'] ?? '').replace(/^#bib-/, '');
        link.properties['href'] = `${referencesHref}#${referenceId(key)}`;
        link.properties['ariaDescribedBy'] = [previewId(key)];
        link.properties['dataCite'] = key;
        const lang = languageOfText(toString(link));
        if (lang) link.properties['lang'] = lang;
        places.push({ key, section, paragraph: String(paragraph.properties['id']), id: ownId });
      }
      return 'skip';
    });
    writeRecord(file, 'citations', places);
  };
}
