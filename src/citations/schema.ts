import { z } from 'astro/zod';

const name = z.union([
  z.strictObject({ family: z.string().min(1), given: z.string().min(1).optional() }),
  /** An institution or a name printed as one word, kept whole. */
  z.strictObject({ literal: z.string().min(1) }),
]);

/**
 * One work of the reference list, as CSL-JSON (`content/references.json`). Only the fields the
 * printed list can supply are allowed, so a misspelt field fails instead of silently vanishing.
 */
export const referenceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+$/, 'use lowercase letters and digits, e.g. giustozzi2008report'),
  type: z.enum(['article-journal', 'book', 'chapter', 'report', 'thesis', 'webpage']),
  author: z.array(name).min(1),
  issued: z.strictObject({
    'date-parts': z.tuple([z.tuple([z.number().int()]).or(z.tuple([z.number().int(), z.number().int().min(1).max(12)]))]),
  }),
  title: z.string().min(1),
  'container-title': z.string().min(1).optional(),
  page: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  'publisher-place': z.string().min(1).optional(),
  language: z.string().min(2).optional(),
});

export type Reference = z.infer<typeof referenceSchema>;

/** One author of a work: a person, or an institution written as one `literal` name. */
export type AuthorName = Reference['author'][number];

/** An author as reference managers and crawlers take it: "Family, Given", or the institution's name. */
export function authorName(name: AuthorName): string {
  return 'literal' in name ? name.literal : [name.family, name.given].filter(Boolean).join(', ');
}

/** A work as citation tools take it: a reference, or this article itself with its web address. */
export type CitableWork = Reference & { URL?: string; abstract?: string; keyword?: string };

/**
 * A correction this edition made to a garbled entry of the printed list, or a garble it keeps, shown to
 * readers. "spelling": a garbled word, month or name; "punctuation": a stray space or mark of the
 * typesetting; "order": fields printed the wrong way round; "kept": a garble left as printed, with no
 * `corrected` value.
 */
export const referenceCorrectionSchema = z
  .strictObject({
    key: z.string().min(1),
    kind: z.enum(['spelling', 'punctuation', 'order', 'kept']),
    field: z.string().min(1),
    source: z.string().min(1),
    corrected: z.string().optional(),
    why: z.string().min(1),
  })
  .refine((correction) => (correction.kind === 'kept') === (correction.corrected === undefined), {
    message: 'give "corrected" for every kind but "kept", and none for a garble kept as printed',
    path: ['corrected'],
  });

export type ReferenceCorrection = z.infer<typeof referenceCorrectionSchema>;
