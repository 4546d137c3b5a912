import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { glossaryTermSchema, type GlossaryTerm } from './schema.ts';

/** Where the glossary lives, relative to the project root. */
export const GLOSSARY_FILE = 'content/glossary.yaml';

/**
 * Reads and checks the glossary: valid YAML, every entry to the schema, no abbreviation twice and no
 * name claimed by two abbreviations (search could not tell which one a reader meant).
 */
export function parseGlossary(text: string, file: string = GLOSSARY_FILE): GlossaryTerm[] {
  let raw: unknown;
  try {
    raw = load(text);
  } catch (error) {
    throw new Error(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  const result = z.array(glossaryTermSchema).min(1).safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const [index, ...field] = issue.path;
      const entry = Array.isArray(raw) && typeof index === 'number' ? (raw[index] as { term?: unknown } | undefined) : undefined;
      const term = entry?.term ? ` (${String(entry.term)})` : '';
      return `${file}: entry ${String(index)}${term} → ${field.join('.') || '(whole entry)'}: ${issue.message}`;
    });
    throw new Error(`The glossary is invalid:\n${lines.join('\n')}`);
  }
  const owners = new Map<string, string>();
  for (const entry of result.data) {
    for (const name of [entry.term, entry.expansion, ...entry.variants]) {
      const key = name.toLowerCase();
      const owner = owners.get(key);
      if (owner) throw new Error(`${file}: "${name}" is listed under both ${owner} and ${entry.term}`);
      owners.set(key, entry.term);
    }
  }
  return result.data;
}

/** The project's glossary, read from disk (the build runs from the project root). */
export function loadGlossary(root: string = process.cwd()): GlossaryTerm[] {
  return parseGlossary(readFileSync(join(root, GLOSSARY_FILE), 'utf8'));
}
