import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date in quotes, "YYYY-MM-DD"');

/** One affiliation line, with the superscript numbers the print edition puts before it. */
const affiliationSchema = z.strictObject({
  marks: z.array(z.number().int().positive()).min(1),
  name: z.string().trim().min(1),
});

const authorSchema = z.strictObject({
  /** The name as printed. */
  name: z.string().trim().min(1),
  /** Given names and family name, for citations ("Afridi, S. J."). */
  given: z.string().trim().min(1),
  family: z.string().trim().min(1),
  /** The superscript after the name in print, pointing at an affiliation line. */
  mark: z.number().int().positive(),
});

/** The article's own metadata (`content/article.yaml`): everything the home page and citations need. */
export const articleSchema = z
  .strictObject({
    type: z.string().trim().min(1),
    title: z.string().trim().min(1),
    /** The editor's short title for the header of every page; the full title stays on the home page and in metadata. */
    shortTitle: z.string().trim().min(1).max(32, 'keep the short title to one header line, 32 characters at most'),
    authors: z.array(authorSchema).min(1),
    affiliations: z.array(affiliationSchema).min(1),
    correspondence: z.strictObject({ email: z.email() }),
    received: isoDate,
    accepted: isoDate,
    keywords: z.array(z.string().trim().min(1)).min(1),
    abstract: z.string().trim().min(1),
  })
  .superRefine((article, ctx) => {
    article.authors.forEach((author, i) => {
      if (author.name !== `${author.given} ${author.family}`) {
        ctx.addIssue({
          code: 'custom',
          path: ['authors', i, 'family'],
          message: `"${author.given}" and "${author.family}" must spell the printed name "${author.name}"`,
        });
      }
      const lines = article.affiliations.filter((a) => a.marks.includes(author.mark));
      if (lines.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['authors', i, 'mark'],
          message: `${author.name}'s mark ${author.mark} must appear in exactly one affiliation's "marks" (found ${lines.length})`,
        });
      }
    });
  });

export type ArticleData = z.infer<typeof articleSchema>;
