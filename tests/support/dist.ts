import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export const distDir = resolve(import.meta.dirname, '../../dist');

/** Every built HTML page, as a site path ("/literature/") with its file. Fails if nothing was built. */
export function builtPages(dir: string = distDir): { path: string; file: string }[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run build\` first`);
  const pages: { path: string; file: string }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, full).split('\\').join('/');
        pages.push({ path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}`, file: full });
      }
    }
  };
  walk(dir);
  return pages;
}

/** A built page parsed into a tree. `path` is a site path such as "/literature/". */
export function readPage(path: string): Root {
  const file = join(distDir, path, path.endsWith('.html') ? '' : 'index.html');
  return fromHtml(readFileSync(file, 'utf8'));
}

/** Elements the edition adds around the authors' text: editor's notes, their marks, ¶ permalinks, printed forms of citations. */
const editorial = new Set(['editor-note', 'editor-ref', 'paragraph-link', 'timeline-link', 'printed-as']);

function isEditorial(node: Element): boolean {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.some((c) => editorial.has(String(c)));
}

/** A copy of `tree` without the elements `drop` picks. */
export function without<T extends Root | Element>(tree: T, drop: (el: Element) => boolean): T {
  const strip = (node: Root | Element) => {
    node.children = node.children.filter((child) => !(child.type === 'element' && drop(child)));
    for (const child of node.children) if (child.type === 'element') strip(child);
  };
  const copy = structuredClone(tree);
  strip(copy);
  return copy;
}

/** A copy of `tree` without editorial apparatus, leaving the authors' text. */
export function withoutEditorial<T extends Root | Element>(tree: T): T {
  return without(tree, isEditorial);
}

/** The text of every element matching `selector`, whitespace collapsed. */
export function textsOf(tree: Root | Element, selector: string): string[] {
  return selectAll(selector, tree).map((el) => toText(el).replace(/\s+/g, ' ').trim());
}
