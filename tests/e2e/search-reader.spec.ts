import { expect, test, type Page } from '@playwright/test';
import { headerResults, pageResults, searchHeader, searchPage } from './search-helpers.ts';

/** Marks on the page, as text. */
const pageMarks = (page: Page) => page.locator('main mark.pagefind-highlight').allTextContents();

test('results are links: a new tab opens the passage, marked, and Tab reaches them on the search page', async ({ page, context }) => {
  await page.goto('/');
  await searchHeader(page, 'Gwadar');
  const first = headerResults(page).first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/finding-and-discussions\/\?pagefind-highlight=Gwadar#finding-and-discussions-p\d+$/);
  const [tab] = await Promise.all([context.waitForEvent('page'), first.click({ modifiers: ['Control'] })]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/finding-and-discussions/');
  await expect(tab.locator('mark.pagefind-highlight').first()).toHaveText('Gwadar');
  await expect(page).toHaveURL(/\/$/);

  await searchPage(page, 'Gwadar');
  await page.locator('#search-query').focus();
  const stops: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => document.activeElement?.className ?? ''));
  }
  expect(stops).toContain('search-result');
});

test('the search page shows every result with "show more", and the header links there only when there are more', async ({ page }) => {
  await searchPage(page, 'SCO');
  const total = Number((await page.locator('form[data-search-page] [data-search-message]').textContent())?.match(/^(\d+)/)?.[1]);
  expect(total).toBeGreaterThan(30);
  await expect(pageResults(page)).toHaveCount(30);
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  while (await more.isVisible()) await more.click();
  await expect(pageResults(page)).toHaveCount(total);
  await expect(page.locator('form[data-search-page] [data-search-message]')).toContainText(`${total} passages found`);

  await page.goto('/');
  await searchHeader(page, 'SCO');
  const all = page.locator('form[data-site-search] [data-search-more]');
  await expect(all).toBeVisible();
  await expect(all).toHaveText(`All ${total} results on the search page`);
  await searchHeader(page, 'Xi Jinping');
  await expect(headerResults(page)).toHaveCount(1);
  await expect(all).toBeHidden();
  await searchHeader(page, 'SCO');
  await all.click();
  await expect(page).toHaveURL(/\/search\/\?q=SCO$/);
  await expect(pageResults(page)).toHaveCount(30);
});

test('a long query is capped in the box, the URL and the message', async ({ page }) => {
  const long = `Gwadar ${'port '.repeat(100)}`;
  await page.goto(`/search/?q=${encodeURIComponent(long)}`);
  const value = await page.locator('#search-query').inputValue();
  expect(value.length).toBeLessThanOrEqual(200);
  await expect(page.locator('#search-page-results')).toHaveAttribute('data-query', value);
  expect(new URL(page.url()).searchParams.get('q')?.length).toBeLessThanOrEqual(200);
  expect((await page.locator('form[data-search-page] [data-search-message] bdi').textContent())?.length).toBeLessThanOrEqual(200);
});

test('on a 360 px phone the header results lie fully on the screen', async ({ browser }) => {
  for (const width of [320, 360, 414]) {
    const context = await browser.newContext({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/literature/');
    await page.locator('#site-search').tap();
    await searchHeader(page, 'Pakistan India');
    const boxes = await headerResults(page).evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box.left, `${width} px`).toBeGreaterThanOrEqual(0);
      expect(box.right, `${width} px`).toBeLessThanOrEqual(width);
    }
    await context.close();
  }
});

test('what an excerpt marks is what the page marks on arrival, joined forms and glossary names included', async ({ page }) => {
  for (const query of ['counter terrorism', 'RATS Pakistan', 'Xi Jinping', 'US']) {
    await page.goto('/');
    await searchHeader(page, query);
    for (let i = 0; i < Math.min(3, await headerResults(page).count()); i += 1) {
      const link = headerResults(page).nth(i);
      const excerptMarks = new Set((await link.locator('mark').allTextContents()).map((mark) => mark.replace(/\s+/g, ' ')));
      const href = (await link.getAttribute('href')) ?? '';
      await page.goto(href);
      await expect(page.locator('.highlight-bar')).toBeVisible();
      const id = decodeURIComponent(href.split('#')[1] ?? '');
      const inPassage = await page.locator(`[id="${id}"] mark.pagefind-highlight`).allTextContents();
      // Every word the excerpt marked is marked in the passage it opens, and the page marks nothing else.
      for (const mark of excerptMarks) expect(inPassage.map((m) => m.replace(/\s+/g, ' ')), `${query} → ${href}`).toContain(mark);
      for (const mark of await pageMarks(page)) expect([...excerptMarks].map((m) => m.toLowerCase()), `${query} → ${href}`).toContain(mark.replace(/\s+/g, ' ').toLowerCase());
      await page.goBack();
      await searchHeader(page, query);
    }
  }
  // "US" marks the abbreviation only, never "us" inside other words.
  expect((await pageMarks(page)).every((mark) => mark === 'US')).toBe(true);
});

test('marks read clearly in the dark theme, on the tinted passage too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/finding-and-discussions/?pagefind-highlight=RATS#finding-and-discussions-p1');
  const mark = page.locator('#finding-and-discussions-p1 mark.pagefind-highlight').first();
  await expect(mark).toBeVisible();
  const contrast = await mark.evaluate((el) => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) =>
      [r, g, b].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const style = getComputedStyle(el);
    let host: Element | null = el.parentElement;
    while (host && getComputedStyle(host).backgroundColor === 'rgba(0, 0, 0, 0)') host = host.parentElement;
    const around = luminance(rgb(getComputedStyle(host ?? document.body).backgroundColor));
    const back = luminance(rgb(style.backgroundColor));
    return { text: ratio(luminance(rgb(style.color)), back), againstPassage: ratio(back, around) };
  });
  expect(contrast.text).toBeGreaterThanOrEqual(7);
  // The mark stands out from the passage behind it (a faint tint on a tint would not).
  expect(contrast.againstPassage).toBeGreaterThanOrEqual(3);
});

test('the bar names what was marked and covers no text, on a phone and on a wide screen', async ({ browser }) => {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 700 } });
    const page = await context.newPage();
    await page.goto('/conclusion/?pagefind-highlight=counterterrorism#conclusion-p1');
    const bar = page.locator('.highlight-bar');
    await expect(bar).toContainText('counterterrorism');
    await expect(page.locator('#conclusion-p1 mark.pagefind-highlight').first()).toBeInViewport();
    // In the flow of the page: nothing of the text lies under it, however the reader scrolls.
    const covered = await page.evaluate(() => {
      const bar = document.querySelector('.highlight-bar')!.getBoundingClientRect();
      return Array.from(document.querySelectorAll('main p, main li, main h1, main h2')).filter((el) => {
        const box = el.getBoundingClientRect();
        return !el.closest('.highlight-bar') && box.bottom > bar.top && box.top < bar.bottom && box.right > bar.left && box.left < bar.right;
      }).length;
    });
    expect(covered, `${width} px`).toBe(0);
    expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    await context.close();
  }
});

test('a malformed URL breaks nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/finding-and-discussions/?pagefind-highlight=SCO#%E0%A4%A');
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
  await page.goto('/finding-and-discussions/?pagefind-highlight=%E0%A4%A&pagefind-highlight=#%');
  await page.goto(`/finding-and-discussions/?${'pagefind-highlight=a&'.repeat(500)}`);
  await page.goto('/search/?q=%E0%A4%A&in=%ZZ');
  await expect(page.locator('#search-query')).toBeVisible();
  await page.goto('/search/?in=kind%3ANothing&q=Gwadar');
  await expect(page.getByLabel('In', { exact: true })).toHaveValue('');
  await expect(pageResults(page).first()).toBeVisible();
  expect(errors).toEqual([]);
});
