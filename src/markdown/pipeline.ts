import type { RehypePlugins } from '@astrojs/markdown-remark';
import rehypeCitation from 'rehype-citation';
import { BIBLIOGRAPHY_FILE } from '../citations/bibliography.ts';
import { LOCALE, STYLE, useArticleCitationStyle } from '../citations/citation-style.ts';
import type { Reference } from '../citations/schema.ts';
import rehypeCitationCheck from '../citations/rehype-citation-check.ts';
import rehypeParagraphIds from '../article/rehype-paragraph-ids.ts';
import rehypeCitationLinks from '../citations/rehype-citation-links.ts';
import rehypeGlossaryTerms from '../glossary/rehype-glossary-terms.ts';
import rehypeTimelineEvents from '../timeline/rehype-timeline-events.ts';
import type { GlossaryTerm } from '../glossary/schema.ts';
import type { PrintedCitations } from '../citations/printed-citations.ts';

export interface PipelineOptions {
  /** The project root, which the bibliography path is relative to. */
  root: string;
  /** The site's base path, e.g. "/" or "/sco-pakistan/". */
  base: string;
  /** The checked bibliography, for the citation check's list of keys. */
  references: Reference[];
  /** The checked glossary, whose abbreviations are explained at first use. */
  glossary: GlossaryTerm[];
  /** The printed form of each work whose APA label differs from the print. */
  printed: PrintedCitations;
}

/**
 * The rehype steps every section goes through, in order: format citations, refuse any left raw,
 * number the paragraphs, point citations at the reference list and record where they stand, then
 * explain each abbreviation at its first use and record where each glossary term is used, and record
 * the dated events the text marks for the timeline.
 * One list, shared by the Astro config and the tests, so both run the same pipeline.
 */
export function articleRehypePlugins({ root, base, references, glossary, printed }: PipelineOptions): RehypePlugins {
  useArticleCitationStyle();
  return [
    [
      rehypeCitation,
      {
        bibliography: BIBLIOGRAPHY_FILE,
        path: root,
        csl: STYLE,
        lang: LOCALE,
        linkCitations: true,
        suppressBibliography: true,
      },
    ],
    [rehypeCitationCheck, { keys: references.map((reference) => reference.id), bibliographyFile: BIBLIOGRAPHY_FILE }],
    rehypeParagraphIds,
    [rehypeCitationLinks, { referencesHref: `${base}references/`, references, printed }],
    [rehypeGlossaryTerms, { terms: glossary }],
    rehypeTimelineEvents,
  ];
}
