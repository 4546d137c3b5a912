import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { sectionSlugFromPath } from '../article/section-slug.ts';
import { writeRecord, type CitationPlace } from '../markdown/records.ts';
import { citationId, isParagraphId, previewId, referenceId } from '../site/anchors.ts';
import { languageOfText } from './language.ts';
import { printedFormProblem, type PrintedCitations } from './printed-citations.ts';
import type { Reference } from './schema.ts';

export interface CitationLinkOptions {
  /** URL of the references page, base included, e.g. "/sco-pakistan/references/". */
  referencesHref: string;
  /** The bibliography, to tell which labels restyle the print. */
  references: Reference[];
  /** The printed form of each work whose APA label differs from the print. */
  printed: PrintedCitations;
}

/**
 * Turns rehype-citation's same-page links into links to the one reference list, and records every
 * citation's paragraph in the section's frontmatter (`citations`), from which the references page
 * builds its "Cited in" backlinks. Also gives citations ids that stay unique when every section
 * shares one page, and describes each link by its work's preview for screen readers. A citation whose
 * APA label restyles the print needs its printed form (which previews and the whole article show); one
 * missing or needless stops the build.
 */
export default function rehypeCitationLinks({ referencesHref, references, printed }: CitationLinkOptions) {
  const byKey = new Map(references.map((reference) => [reference.id, reference]));
  return (tree: Root, file: VFile) => {
    const section = sectionSlugFromPath(file.path);
    const places: CitationPlace[] = [];
    const problems: string[] = [];
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
      const keys: string[] = [];
      for (const link of node.children) {
        if (link.type !== 'element' || link.tagName !== 'a') continue;
        const key = String(link.properties['href'] ?? '').replace(/^#bib-/, '');
        keys.push(key);
        link.properties['href'] = `${referencesHref}#${referenceId(key)}`;
        link.properties['ariaDescribedBy'] = [previewId(key)];
        link.properties['dataCite'] = key;
        const lang = languageOfText(toString(link));
        if (lang) link.properties['lang'] = lang;
        places.push({ key, section, paragraph: String(paragraph.properties['id']), id: ownId });
      }
      // Only single-work citations can be compared with the print; the article has no other kind.
      const reference = keys.length === 1 ? byKey.get(keys[0]!) : undefined;
      if (reference) {
        const form = printed.get(reference.id);
        const problem = printedFormProblem(reference, toString(node), form);
        if (problem) problems.push(problem);
      }
      return 'skip';
    });
    if (problems.length > 0) throw new Error(`${file.path}:\n  ${problems.join('\n  ')}`);
    writeRecord(file, 'citations', places);
  };
}
