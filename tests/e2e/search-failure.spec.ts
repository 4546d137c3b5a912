import { expect, test, type Page } from '@playwright/test';
import { headerResults } from './search-helpers.ts';

/** Each part search needs, as the requests that fetch it. */
const parts: Record<string, RegExp> = {
  'the search code': /\/_astro\/start\.client[^/]*\.js/,
  "Pagefind's module": /\/pagefind\/pagefind\.js/,
  "Pagefind's WebAssembly": /\/pagefind\/wasm\.[^/]*\.pagefind/,
  'the index metadata': /\/pagefind\/pagefind\.[^/]*\.pf_meta/,
  'an index chunk': /\/pagefind\/index\/[^/]*\.pf_index/,
  'a page fragment': /\/pagefind\/fragment\/[^/]*\.pf_fragment/,
  'the glossary': /\/glossary\.json/,
};

const message = (page: Page) => page.locator('form[data-site-search] [data-search-message]');

for (const [part, pattern] of Object.entries(parts)) {
  test(`when ${part} fails to load, search says it is unavailable, and the next keystroke tries again`, async ({ page }) => {
    let blocked = true;
    await page.route(pattern, (route) => (blocked ? route.abort('failed') : route.continue()));
    await page.goto('/literature/');
    const input = page.locator('#site-search');
    await input.click();
    await input.pressSequentially('Gwadar');
    await expect(message(page)).toContainText('Search is unavailable');
    await expect(message(page)).toBeVisible();
    await expect(page.locator('form[data-site-search] [role="status"]')).toContainText('Search is unavailable');

    blocked = false;
    await input.press('Backspace');
    await input.press('r');
    await expect(page.locator('#site-search-results')).toHaveAttribute('data-query', 'Gwadar');
    await expect(headerResults(page).first()).toBeVisible();
    await expect(message(page)).not.toContainText('unavailable');
  });
}

test('a slow answer shows that search is loading', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/pagefind\/pagefind\.[^/]*\.pf_meta/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/literature/');
  await page.locator('#site-search').fill('Gwadar');
  await expect(message(page)).toHaveText('Loading search…');
  release();
  await expect(page.locator('#site-search-results')).toHaveAttribute('data-query', 'Gwadar');
  await expect(headerResults(page).first()).toBeVisible();
});
