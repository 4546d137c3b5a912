import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Reference } from './schema.ts';

/** Where the printed form of every citation this edition restyles is kept, relative to the project root. */
export const PRINTED_CITATIONS_FILE = 'content/printed-citations.json';

/** A work's key and the citation as the print gives it, parentheses included: "(Mariani, Oct, 2013)". */
export type PrintedCitations = Map<string, string>;

const printedCitationsSchema = z.record(
  z.string(),
  z.string().regex(/^\(.+\)$/, 'write the citation as printed, parentheses included, e.g. "(Mariani, Oct, 2013)"'),
);

/** Reads and checks the printed forms: a JSON object from bibliography keys to printed citations. */
export function parsePrintedCitations(text: string, keys: Set<string>, file: string = PRINTED_CITATIONS_FILE): PrintedCitations {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const result = printedCitationsSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(
      `${file} is invalid:\n${result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(whole file)'}: ${issue.message}`).join('\n')}`,
    );
  }
  for (const key of Object.keys(result.data)) {
    if (!keys.has(key)) throw new Error(`${file}: "${key}" is not a key in content/references.json`);
  }
  return new Map(Object.entries(result.data));
}

/** The project's printed forms, read from disk and checked against the bibliography's keys. */
export function loadPrintedCitations(references: Reference[], root: string = process.cwd()): PrintedCitations {
  const keys = new Set(references.map((reference) => reference.id));
  return parsePrintedCitations(readFileSync(join(root, PRINTED_CITATIONS_FILE), 'utf8'), keys);
}

/**
 * Whether an APA label cannot be what the print says. The print names the month in a citation whenever
 * the reference list gives one, and never tells two works apart by a letter after the year; APA 7 drops
 * the month and adds the letter.
 */
export function labelRestylesPrint(reference: Reference, label: string): boolean {
  const [, month] = reference.issued['date-parts'][0];
  return month !== undefined || /\d{4}[a-z]\)?$/.test(label);
}

/**
 * What is wrong with a citation's printed form, if anything: missing where the label restyles the print,
 * or given where the label already reads as printed. `label` is the citation as rendered, "(Mariani, 2013)".
 */
export function printedFormProblem(reference: Reference, label: string, printed: string | undefined): string | undefined {
  if (printed === undefined && labelRestylesPrint(reference, label)) {
    return `the citation ${label} of "${reference.id}" restyles the print (a month dropped or a letter added): give its printed form in ${PRINTED_CITATIONS_FILE}`;
  }
  if (printed !== undefined && printed === label) {
    return `the printed form ${printed} of "${reference.id}" in ${PRINTED_CITATIONS_FILE} is the citation's own label: remove it`;
  }
  return undefined;
}

/**
 * Follows each restyled citation in rendered section HTML with its printed form,
 * "(Mariani, 2013) [printed as (Mariani, Oct, 2013)]": for the whole article, the edition's print view.
 * Citations are rehype-citation-links' `<a data-cite="key">label</a>)`, so the form goes after the ")".
 */
export function withPrintedForms(html: string, printed: PrintedCitations): string {
  return html.replace(/(data-cite="([a-z0-9]+)"[^>]*>[^<]*<\/a>\))/g, (citation: string, _: string, key: string) => {
    const form = printed.get(key);
    return form ? `${citation}<span class="printed-as"> [printed as ${form}]</span>` : citation;
  });
}
