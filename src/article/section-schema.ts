import { z } from 'astro/zod';

/** Front matter of one article section (`content/sections/*.mdx`). */
export const sectionSchema = z.strictObject({
  /** The heading as the reader sees it, in title case. */
  title: z.string().trim().min(1),
  /** Position in the article, 1-based; must be unique across sections. */
  order: z.number().int().positive(),
});

export type SectionData = z.infer<typeof sectionSchema>;
