import { z } from 'astro/zod';
import type { VFile } from 'vfile';

/**
 * What the rehype plugins record about a section while rendering it, for the pages built from many
 * sections (references, glossary, timeline, paragraph numbers). Each record is declared once here: the plugin writes it with
 * `writeRecord` into the section's frontmatter, and pages read it back, checked, with `readRecords`.
 */

/** A paragraph's number and the heading it counts from (rehype-paragraph-ids); see `ParagraphPlace`. */
export const paragraphPlaceSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  heading: z.string().optional(),
});

/** Where one citation stands: which work, in which section and paragraph (rehype-citation-links). */
export const citationPlaceSchema = z.object({
  key: z.string(),
  section: z.string(),
  paragraph: z.string(),
  /** The citation's own id, where "Cited in" lands. */
  id: z.string(),
});

/** A paragraph that uses a glossary term, by its abbreviation or one of its names (rehype-glossary-terms). */
export const termPlaceSchema = z.object({ term: z.string(), paragraph: z.string() });

/** A dated event as a section states it (rehype-timeline-events). */
export const timelineEventPlaceSchema = z.object({
  id: z.string(),
  date: z.string(),
  label: z.string(),
  /** How the text words the date, where it is not a plain date ("By the early 1990s"). */
  display: z.string().optional(),
  /** The event came before its date ("Before the 1990s"). */
  before: z.boolean(),
  section: z.string(),
  paragraph: z.string(),
});

/** Every record of one section, under the frontmatter name its plugin writes it to. */
export const sectionRecordsSchema = z.object({
  paragraphs: z.array(paragraphPlaceSchema).default([]),
  citations: z.array(citationPlaceSchema).default([]),
  glossary: z.array(termPlaceSchema).default([]),
  timeline: z.array(timelineEventPlaceSchema).default([]),
});

export type ParagraphPlaceRecord = z.infer<typeof paragraphPlaceSchema>;
export type CitationPlace = z.infer<typeof citationPlaceSchema>;
export type TermPlace = z.infer<typeof termPlaceSchema>;
export type TimelineEventPlace = z.infer<typeof timelineEventPlaceSchema>;
export type SectionRecords = z.infer<typeof sectionRecordsSchema>;

/** Hands a record from a plugin to the pages, through the frontmatter Astro keeps for the rendered file. */
export function writeRecord<Name extends keyof SectionRecords>(file: VFile, name: Name, value: SectionRecords[Name]): void {
  const astro = (file.data.astro ??= {});
  astro.frontmatter = { ...astro.frontmatter, [name]: value };
}

/** Reads a rendered section's records back, checked against their declarations. */
export function readRecords(frontmatter: Record<string, unknown>): SectionRecords {
  return sectionRecordsSchema.parse(frontmatter);
}
