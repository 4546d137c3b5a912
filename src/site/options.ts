/** Where a build without SITE_URL points its absolute URLs: the local preview that `npm start` serves. */
export const LOCAL_SITE = 'http://localhost:4321';

/** Where the built site will live: its origin and the sub-path under it. */
export interface SiteOptions {
  site: string;
  base: string;
}

/**
 * Reads the deployment origin (SITE_URL) and sub-path (SITE_BASE) from the environment, so one
 * config serves a local preview, a root deployment and a sub-path deployment alike.
 * Bad values stop the build with the variable named, rather than producing broken links.
 */
export function siteOptions(env: Record<string, string | undefined>): SiteOptions {
  const site = env['SITE_URL'] || LOCAL_SITE;
  if (!URL.canParse(site) || !/^https?:$/.test(new URL(site).protocol)) {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org, got "${site}"`);
  }
  const raw = (env['SITE_BASE'] || '/').trim();
  if (!/^[\w\-./]*$/.test(raw) || raw.includes('..')) {
    throw new Error(`SITE_BASE must be a path such as /sco-pakistan/, got "${raw}"`);
  }
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return { site, base: trimmed ? `/${trimmed}/` : '/' };
}
