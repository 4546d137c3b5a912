import { z } from 'astro/zod';

/** One abbreviation of the glossary (`content/glossary.yaml`). */
export const glossaryTermSchema = z.strictObject({
  /** The abbreviation as the text writes it, e.g. "RATS" or "MoU"; matched case-sensitively. */
  term: z.string().regex(/^[\p{L}][\p{L}.]*$/u, 'write the abbreviation alone, e.g. RATS'),
  /** The full name. */
  expansion: z.string().trim().min(3),
  /** Whether the article spells the expansion out, or the editor supplies it. */
  spelledOut: z.enum(['article', 'editor']),
  /** Other names the text uses for the same body; matched case-insensitively, like the expansion. */
  variants: z.array(z.string().trim().min(2)).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
