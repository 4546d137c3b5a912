import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import {
  referenceCorrectionSchema,
  referenceSchema,
  type Reference,
  type ReferenceCorrection,
} from './schema.ts';

/** Where the reference list lives, relative to the project root. */
export const BIBLIOGRAPHY_FILE = 'content/references.json';
export const CORRECTIONS_FILE = 'content/reference-corrections.json';

/** Parses JSON, naming the file when it is not JSON at all. */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Describes a zod error as "file: item N (key) → field: problem" lines. */
function describe(error: z.ZodError, file: string, items: unknown): string {
  return error.issues
    .map((issue) => {
      const [index, ...field] = issue.path;
      const item = Array.isArray(items) && typeof index === 'number' ? items[index] : undefined;
      const key = item && typeof item === 'object' && 'id' in item ? ` (${String(item.id)})` : '';
      return `${file}: item ${String(index)}${key} → ${field.join('.') || '(whole item)'}: ${issue.message}`;
    })
    .join('\n');
}

/**
 * Reads and checks the reference list. Every way it can be wrong (not JSON, a field the schema does
 * not know, two works with one key) stops the build with the file and the key named, because
 * citation tools would otherwise drop or merge works silently.
 */
export function parseBibliography(text: string, file: string = BIBLIOGRAPHY_FILE): Reference[] {
  const raw = parseJson(text, file);
  const result = z.array(referenceSchema).min(1).safeParse(raw);
  if (!result.success) throw new Error(`The bibliography is invalid:\n${describe(result.error, file, raw)}`);
  const seen = new Set<string>();
  for (const reference of result.data) {
    if (seen.has(reference.id)) {
      throw new Error(`${file}: the key "${reference.id}" is used by two works; every work needs its own key`);
    }
    seen.add(reference.id);
  }
  return result.data;
}

/** Reads and checks the corrections list against the bibliography's keys. */
export function parseCorrections(text: string, keys: Set<string>, file: string = CORRECTIONS_FILE): ReferenceCorrection[] {
  const raw = parseJson(text, file);
  const result = z.array(referenceCorrectionSchema).safeParse(raw);
  if (!result.success) throw new Error(`The reference corrections are invalid:\n${describe(result.error, file, raw)}`);
  for (const correction of result.data) {
    if (!keys.has(correction.key)) {
      throw new Error(`${file}: a correction names "${correction.key}", which is not a key in ${BIBLIOGRAPHY_FILE}`);
    }
  }
  return result.data;
}

/** The project's reference list, read from disk (the build runs from the project root). */
export function loadBibliography(root: string = process.cwd()): Reference[] {
  return parseBibliography(readFileSync(join(root, BIBLIOGRAPHY_FILE), 'utf8'));
}

/** The corrections this edition made to the printed reference list. */
export function loadCorrections(root: string = process.cwd()): ReferenceCorrection[] {
  const keys = new Set(loadBibliography(root).map((reference) => reference.id));
  return parseCorrections(readFileSync(join(root, CORRECTIONS_FILE), 'utf8'), keys);
}
