/**
 * A section's slug is its file name (`content/sections/literature.mdx` → `literature`): the same
 * string Astro's glob loader uses as the entry id, so plugins and pages agree without a lookup.
 */
export function sectionSlugFromPath(path: string | undefined): string {
  const name = (path ?? '').split(/[\\/]/).pop() ?? '';
  const slug = name.replace(/\.mdx?$/, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(`Section file names must be lowercase words joined by "-" (e.g. literature.mdx): ${path}`);
  }
  return slug;
}
