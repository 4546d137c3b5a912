import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/urls.ts';

/** Lets every crawler in and points it at the sitemap, on SITE_URL under SITE_BASE. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
