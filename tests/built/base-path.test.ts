import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { chromium } from '@playwright/test';
import { withFixtureSite } from '../support/fixture-build.ts';
import { builtPages } from '../support/dist.ts';
import { checkLinks } from '../support/links.ts';
import { serveStatic } from '../support/static-server.ts';
import { chromiumLaunchOptions } from '../support/browser.ts';

const BASE = '/sco-pakistan/';

interface Findings {
  outside: string[];
  canonicals: { path: string; canonical: string[] }[];
  broken: string[];
  links: number;
  search: { results: number; first: string; href: string; offOrigin: string[] };
}

/** Builds the site for https://example.org/sco-pakistan/, serves it under that path, and looks at it. */
async function inspect(dist: string): Promise<Findings> {
  const pages = builtPages(dist).map(({ path, file }) => {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const urls = selectAll('[href], [src]', tree)
      .map((el) => String(el.properties['href'] ?? el.properties['src']))
      .filter((url) => !/^(mailto:|#|https?:)/.test(url));
    const canonical = selectAll('link[rel~="canonical"]', tree).map((el) => String(el.properties['href']));
    return { path, urls, canonical };
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
    return {
      outside: pages.flatMap(({ path, urls }) => urls.filter((url) => !url.startsWith(BASE)).map((url) => `${path}: ${url}`)),
      canonicals: pages.map(({ path, canonical }) => ({ path, canonical })),
      broken,
      links: checked.links,
      search: { results: await options.count(), first, href, offOrigin },
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

  it('searches, with results that stay under the sub-path and no request elsewhere', () => {
    expect(found.search.results).toBeGreaterThan(0);
    expect(found.search.first).toBe('Finding and Discussions');
    expect(found.search.href).toMatch(/^\/sco-pakistan\/finding-and-discussions\/\?(.*&)?pagefind-highlight=RATS(&|#)/);
    expect(found.search.offOrigin).toEqual([]);
  });
});
