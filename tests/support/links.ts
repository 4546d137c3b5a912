import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { builtPages } from './dist.ts';

/** The ids a built file offers as #fragments (cached per file). */
const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    ids = new Set(selectAll('[id]', tree).map((el) => String(el.properties['id'])));
    idCache.set(file, ids);
  }
  return ids;
}

/** The file a site path is served from, or undefined when there is none. */
function fileFor(dir: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inside = decodeURIComponent(path.slice(base.length));
  const direct = join(dir, inside);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(dir, inside, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * Follows every same-site href and src in a built site (under `base`) and every #fragment, and
 * reports the ones that lead nowhere, as "page: link".
 */
export function checkLinks(dir: string, base: string): {
  checked: { pages: number; links: number; fragments: number };
  broken: string[];
} {
  const broken: string[] = [];
  const checked = { pages: 0, links: 0, fragments: 0 };
  for (const { path, file } of builtPages(dir)) {
    checked.pages += 1;
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const pagePath = `${base}${path.slice(1)}`;
    for (const el of selectAll('a[href], link[href], script[src], img[src]', tree)) {
      const raw = String(el.properties['href'] ?? el.properties['src']);
      if (/^(mailto:|https?:|data:)/.test(raw)) continue;
      checked.links += 1;
      const url = new URL(raw, `http://site${pagePath}`);
      const target = fileFor(dir, base, url.pathname);
      if (!target) {
        broken.push(`${path}: ${raw}`);
        continue;
      }
      if (url.hash) {
        checked.fragments += 1;
        if (!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path}: ${raw}`);
      }
    }
  }
  return { checked, broken };
}
