/**
 * Prefixes a site path with the configured base (SITE_BASE), so every link works whether the site is
 * served from the root or from a sub-path. `path` is relative to the site root, e.g. `literature/`.
 */
export function withBase(path = '', base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

/** The URL of a section's own page. */
export function sectionHref(slug: string): string {
  return withBase(`${slug}/`);
}

/**
 * The absolute address of a site path on the deployment origin (SITE_URL), for canonical links,
 * metadata and citations: `absoluteUrl('article/', Astro.site)`.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(withBase(path), site).href;
}

/** The search page, opened on `query`: what a keyword or glossary entry links to. */
export function searchHref(query: string): string {
  return `${withBase('search/')}?q=${encodeURIComponent(query)}`;
}
