import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * The last line of defence for citations: after the build, any raw `[@` left in a page (from a page
 * template, say, where no citation plugin runs) fails the build, naming the page.
 */
export default function citationAudit(): AstroIntegration {
  return {
    name: 'sco:citation-audit',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const distDir = fileURLToPath(dir);
        const problems: string[] = [];
        for (const file of await htmlFiles(distDir)) {
          const html = await readFile(file, 'utf8');
          // "[@key]", "[see @key, p. 3]", "[@a; @b]"; not JSON such as ["@type": …].
          const raw = /\[(?:[^\]<"]*[\s;])?@[\p{L}\p{N}_-]+[^\]<"]*\]/u.exec(html);
          if (raw) problems.push(`${file.slice(distDir.length)}: ${raw[0]}`);
        }
        if (problems.length > 0) {
          throw new Error(`Unrendered citations in the built site:\n  ${problems.join('\n  ')}`);
        }
      },
    },
  };
}
