import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of a built site, as paths relative to `dir` with "/" separators, sorted. */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
