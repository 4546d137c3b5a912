import { mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';
import { editContent, withFixtureSite } from '../support/fixture-build.ts';
import { serveStatic } from '../support/static-server.ts';
import { formatSize } from '../../src/pdf/pdf-download.ts';

// The one spec that needs the service worker: every other runs with it blocked (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const offlineNote = (page: Page) => page.locator('.site-footer').getByText('Available offline');

/** The footer says "Available offline" once the service worker holds the whole site. */
async function keptOffline(page: Page) {
  await expect(offlineNote(page)).toBeVisible({ timeout: 20_000 });
  await expect(offlineNote(page)).toHaveCount(1);
}

/** Types a query into the header search and waits for its results. */
async function search(page: Page, query: string) {
  const input = page.getByRole('search').getByLabel('Search the article');
  await input.click();
  await input.fill(query);
  await expect(page.locator('#site-search-results')).toHaveAttribute('data-query', query);
}

/** Searches and opens the first result. */
async function openFirstResult(page: Page, query: string) {
  await search(page, query);
  await page.locator('#site-search-results a.search-result').first().click();
  await expect(page).toHaveURL(new RegExp(`pagefind-highlight=${query}`));
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
}

test('after one visit, every page, the references, the downloads and search work with the network off', async ({ page, context }) => {
  await page.goto('/literature/');
  await keptOffline(page);
  await context.setOffline(true);

  await page.goto('/conclusion/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conclusion');
  await keptOffline(page);
  await page.goto('/references/');
  await expect(page.locator('li.reference')).toHaveCount(31);

  const bibtex = page.waitForEvent('download');
  await page.getByRole('link', { name: 'BibTeX' }).click();
  expect(readFileSync(await (await bibtex).path(), 'utf8')).toContain('@');

  const pdfLink = page.getByRole('link', { name: 'The whole article as a PDF' });
  const offered = await page.locator('.pdf-download').textContent();
  const pdf = page.waitForEvent('download');
  await pdfLink.click();
  const bytes = readFileSync(await (await pdf).path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(offered).toContain(formatSize(bytes.length));

  await openFirstResult(page, 'Gwadar');
  await expect(page).toHaveURL(/\/finding-and-discussions\//);

  // A page the site does not have gets the site's own 404 page, not the browser's offline error.
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test.describe('with service workers blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('pages, search and the PDF work as before, and nothing claims to be offline', async ({ page, context }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    for (const path of ['/', '/literature/', '/article/', '/references/']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.waitForLoadState('load');
    const response = await page.request.get(String(await page.getByRole('link', { name: 'The whole article as a PDF' }).getAttribute('href')));
    expect(response.ok()).toBe(true);
    await openFirstResult(page, 'Gwadar');
    await expect(offlineNote(page)).toBeHidden();
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    expect(errors).toEqual([]);

    // Offline reading is the worker's doing: without it, the next page does not load.
    await context.setOffline(true);
    await expect(page.goto('/conclusion/')).rejects.toThrow();
  });
});

test('Chromium finds the edition installable, with the article as its name', async ({ baseURL }) => {
  // Installability is not judged in an incognito profile, which every Playwright context is; a
  // persistent profile in a temporary folder is not one.
  const profile = mkdtempSync(join(tmpdir(), 'sco-install-'));
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
  try {
    const installable = await context.newPage();
    await installable.goto(`${baseURL}/`);
    await keptOffline(installable);
    const cdp = await context.newCDPSession(installable);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, data } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    const manifest = JSON.parse(data ?? '{}') as { name?: string; icons?: { src: string }[] };
    expect(manifest.name).toBe(await installable.getByRole('heading', { level: 1 }).textContent());
    for (const icon of manifest.icons ?? []) expect((await installable.request.get(new URL(icon.src, url).href)).ok()).toBe(true);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a new build replaces the old one on the next visit, never mixed with it', async ({ browser }) => {
  test.setTimeout(240_000);
  // One origin serving the current build, then a rebuild whose Conclusion has a new title (shown in
  // every page's list of sections) by swapping what the server's folder points at.
  const folder = mkdtempSync(join(tmpdir(), 'sco-rebuild-'));
  const live = join(folder, 'site');
  symlinkSync(distDir, live);
  const { server, origin } = await serveStatic(live);
  const context = await browser.newContext();
  const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
  const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
  try {
    await withFixtureSite(
      {},
      async (rebuilt) => {
        try {
          const first = await context.newPage();
          await first.goto(`${origin}/introduction/`);
          await keptOffline(first);
          const [oldCache] = await cacheNames(first);

          // In one step, as a host deploys: removing the link and making it anew left a moment with no site
          // at all, and a request the browser made then (its worker's script, say) found nothing there.
          symlinkSync(rebuilt, `${live}.next`);
          renameSync(`${live}.next`, live);
          // While a page of the old build is open, every page still comes whole from the old build.
          await first.goto(`${origin}/conclusion/`);
          await expect(first.getByRole('heading', { level: 1 })).toHaveText('Conclusion');
          await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
          await expect.poll(() => first.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), { timeout: 30_000 }).toBe(true);
          await first.goto(`${origin}/literature/`);
          await expect(sections(first).getByRole('link', { name: /^Conclusion \d+ min/ })).toBeVisible();
          await search(first, 'second build');
          await expect(first.locator('#site-search-results .search-result-where', { hasText: 'second build' })).toHaveCount(0);
          await first.close();

          // The next visit gets the new build, pages and search index alike, and only its cache is left.
          const next = await context.newPage();
          await next.goto(`${origin}/conclusion/`);
          await expect(next.getByRole('heading', { level: 1 })).toHaveText('Conclusion of the second build');
          await keptOffline(next);
          await expect.poll(() => cacheNames(next)).toHaveLength(1);
          expect(await cacheNames(next)).not.toContain(oldCache);
          await context.setOffline(true);
          await next.goto(`${origin}/literature/`);
          await expect(sections(next).getByRole('link', { name: /^Conclusion of the second build/ })).toBeVisible();
          await search(next, 'second build');
          await expect(next.locator('#site-search-results .search-result-where').first()).toHaveText('Conclusion of the second build');
        } finally {
          // The browser goes before the rebuilt site is deleted: a request it still makes of its own (the
          // worker's update check, say) must not meet the site half deleted.
          await context.close();
        }
      },
      (content) => editContent(content, 'sections/conclusion.mdx', (text) => text.replace('title: Conclusion', 'title: Conclusion of the second build')),
    );
  } finally {
    await context.close();
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
