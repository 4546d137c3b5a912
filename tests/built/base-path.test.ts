import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { chromium } from '@playwright/test';
import { withFixtureSite } from '../support/fixture-build.ts';
import { builtPages } from '../support/dist.ts';
import { checkLinks } from '../support/links.ts';
import { serveStatic } from '../support/static-server.ts';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { savedItem } from '../support/embedded-metadata.ts';

const BASE = '/sco-pakistan/';

interface Findings {
  outside: string[];
  canonicals: { path: string; canonical: string[] }[];
  /** The URL Zotero saves from each page of the edition. */
  savedUrls: { path: string; url: string }[];
  broken: string[];
  links: number;
  search: { results: number; first: string; href: string; offOrigin: string[] };
  offline: { precached: string[]; manifest: Record<string, unknown>; pdfHref: string; heading: string };
}

/** Builds the site for https://example.org/sco-pakistan/, serves it under that path, and looks at it. */
async function inspect(dist: string): Promise<Findings> {
  const pages = builtPages(dist).map(({ path, file }) => {
    const html = readFileSync(file, 'utf8');
    const tree = fromHtml(html);
    const urls = selectAll('[href], [src]', tree)
      .map((el) => String(el.properties['href'] ?? el.properties['src']))
      .filter((url) => !/^(mailto:|#|https?:)/.test(url));
    const canonical = selectAll('link[rel~="canonical"]', tree).map((el) => String(el.properties['href']));
    return { path, urls, canonical, saved: savedItem(html, `https://example.org/sco-pakistan${path}`).item };
  });
  const { broken, checked } = checkLinks(dist, BASE);
  const { server, origin } = await serveStatic(dist, BASE);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const offOrigin: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) offOrigin.push(request.url());
    });
    await page.goto(`${origin}${BASE}literature/`);
    await page.locator('#site-search').fill('RATS');
    await page.locator('#site-search-results[data-query="RATS"]').waitFor();
    const options = page.locator('#site-search-results a.search-result');
    const first = (await options.first().locator('.search-result-where').textContent()) ?? '';
    const href = (await options.first().getAttribute('href')) ?? '';
    const results = await options.count();
    // Offline under the sub-path: the worker's scope is SITE_BASE and it holds the whole site.
    const pdfHref = (await page.locator('.pdf-download a').getAttribute('href')) ?? '';
    await page.locator('.site-footer').getByText('Available offline').waitFor({ timeout: 20_000 });
    await page.context().setOffline(true);
    await page.goto(`${origin}${BASE}references/`);
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const precached = JSON.parse(/^const PRECACHE = (.*);$/m.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))?.[1] ?? '{}').urls as string[];
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
    return {
      offline: { precached, manifest, pdfHref, heading },
      outside: pages.flatMap(({ path, urls }) => urls.filter((url) => !url.startsWith(BASE)).map((url) => `${path}: ${url}`)),
      canonicals: pages.map(({ path, canonical }) => ({ path, canonical })),
      savedUrls: pages.filter(({ saved }) => saved.itemType === 'journalArticle').map(({ path, saved }) => ({ path, url: saved.url })),
      broken,
      links: checked.links,
      search: { results, first, href, offOrigin },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

describe('a build for a sub-path deployment (SITE_BASE=/sco-pakistan/)', () => {
  let found: Findings;
  beforeAll(async () => {
    found = await withFixtureSite({ SITE_URL: 'https://example.org', SITE_BASE: BASE }, inspect);
  }, 180_000);

  it('puts every same-site link and asset under SITE_BASE', () => {
    expect(found.outside).toEqual([]);
  });

  it('resolves every link and #fragment when served under that path', () => {
    expect(found.links).toBeGreaterThan(400);
    expect(found.broken).toEqual([]);
  });

  it('gives every page a canonical URL on SITE_URL under SITE_BASE', () => {
    for (const { path, canonical } of found.canonicals) {
      if (path === '/404.html') continue;
      expect(canonical, path).toEqual([`https://example.org/sco-pakistan${path}`]);
    }
  });

  it("saves to Zotero, from every page of the edition, the article's home on SITE_URL under SITE_BASE", () => {
    expect(found.savedUrls.map(({ path }) => path)).toEqual(expect.arrayContaining(['/', '/literature/', '/glossary/']));
    for (const { path, url } of found.savedUrls) expect(url, path).toBe('https://example.org/sco-pakistan/');
  });

  it('searches, with results that stay under the sub-path and no request elsewhere', () => {
    expect(found.search.results).toBeGreaterThan(0);
    expect(found.search.first).toBe('Finding and Discussions');
    expect(found.search.href).toMatch(/^\/sco-pakistan\/finding-and-discussions\/\?(.*&)?pagefind-highlight=RATS(&|#)/);
    expect(found.search.offOrigin).toEqual([]);
  });

  it('reads offline under the sub-path, from a worker and manifest scoped to it, with the PDF there too', () => {
    expect(found.offline.heading).toBe('References');
    expect(found.offline.precached.length).toBeGreaterThan(30);
    expect(found.offline.precached.filter((url) => !url.startsWith(BASE))).toEqual([]);
    expect(found.offline.precached).toContain(`${BASE}pagefind/pagefind.js`);
    expect(found.offline.manifest).toMatchObject({ start_url: BASE, scope: BASE, id: BASE });
    const icons = found.offline.manifest['icons'] as { src: string }[];
    expect(icons.filter((icon) => !icon.src.startsWith(BASE))).toEqual([]);
    expect(found.offline.pdfHref).toBe(`${BASE}article.pdf`);
  });
});
