import { expect, test } from '@playwright/test';
import { headerResults as results, searchHeader as search } from './search-helpers.ts';

test('RATS puts Finding and Discussions first, with the term marked in the excerpt', async ({ page }) => {
  await page.goto('/');
  await search(page, 'RATS');
  const first = results(page).first();
  await expect(first.locator('.search-result-where')).toHaveText('Finding and Discussions');
  await expect(first.locator('mark').filter({ hasText: 'RATS' }).first()).toBeVisible();
  await expect(first).toHaveAttribute('href', /\/finding-and-discussions\/\?(.*&)?pagefind-highlight=RATS(&.*)?#finding-and-discussions-p1$/);
});

test('CPEC finds passages in several sections', async ({ page }) => {
  await page.goto('/literature/');
  await search(page, 'CPEC');
  const where = await results(page).locator('.search-result-where').allTextContents();
  const sections = new Set(where.map((w) => w.split(' › ')[0]?.replace(/ (Reference|Front matter)$/, '')));
  expect(sections).toContain('Finding and Discussions');
  expect(sections).toContain('Material and Methods');
  expect(sections).toContain('Abstract');
  expect(sections.size).toBeGreaterThanOrEqual(4);
});

test("an acronym's expansion and its variants find it, and the other way round", async ({ page }) => {
  await page.goto('/');
  await search(page, 'Regional Anti-Terrorism Structure');
  await expect(results(page).first().locator('.search-result-where')).toHaveText('Finding and Discussions');
  await expect(results(page).filter({ hasText: 'Regional Counter-Terrorism Structure' }).first()).toBeVisible();

  await search(page, 'Regional Structure for Combating Terrorism');
  await expect(results(page).filter({ hasText: 'RATS' }).first()).toBeVisible();

  await search(page, 'RATS');
  const excerpts = await results(page).locator('.search-result-excerpt').allTextContents();
  expect(excerpts.some((text) => text.includes('Regional Structure for Combating Terrorism'))).toBe(true);
  expect(excerpts.some((text) => text.includes('Regional Counter-Terrorism Structure'))).toBe(true);
  // "RATS" is a whole word here: "rather" and "rational" are not matches.
  await expect(results(page).locator('mark', { hasText: /^rat(her|ional)/i })).toHaveCount(0);
});

test('a Cyrillic word finds its reference, and the result lands on the entry', async ({ page }) => {
  await page.goto('/');
  await search(page, 'сотрудничества');
  const reference = results(page).filter({ hasText: 'Максим, С. (2011)' });
  await expect(reference).toHaveCount(1);
  await expect(reference.locator('.search-result-kind')).toHaveText('Reference');
  await reference.click();
  await expect(page).toHaveURL(/\/references\/\?pagefind-highlight=.*#ref-maksim2011$/);
  await expect(page.locator('#ref-maksim2011')).toBeInViewport();
});

test('following a result marks the term on the page, and the marks can be cleared', async ({ page }) => {
  await page.goto('/');
  await search(page, 'RATS');
  await results(page).first().click();
  await expect(page).toHaveURL(/\/finding-and-discussions\/\?/);
  const marks = page.locator('main mark.pagefind-highlight');
  await expect(marks.filter({ hasText: 'RATS' }).first()).toBeVisible();
  expect(await marks.count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator('#finding-and-discussions-p1 mark.pagefind-highlight').first()).toBeInViewport();
  await expect(page.locator('.highlight-bar')).toContainText('RATS');
  await page.getByRole('button', { name: 'Clear marks' }).click();
  await expect(marks).toHaveCount(0);
  await expect(page).not.toHaveURL(/pagefind-highlight/);
  await expect(page.locator('main')).toContainText('Regional Anti-Terrorism Structure (RATS)');
});

test('keyboard only: "/" and Ctrl+K focus search, arrows choose, Enter opens, Escape closes', async ({ page }) => {
  await page.goto('/introduction/');
  await page.keyboard.press('/');
  const input = page.locator('#site-search');
  await expect(input).toBeFocused();
  await page.keyboard.type('CPEC');
  await expect(page.locator('#site-search-results')).toHaveAttribute('data-query', 'CPEC');
  await expect(results(page).first()).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = results(page).nth(1);
  await expect(second).toHaveClass(/is-active/);
  await expect(input).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id')) ?? '');
  await page.keyboard.press('ArrowUp');
  await expect(results(page).first()).toHaveClass(/is-active/);
  await page.keyboard.press('Escape');
  await expect(page.locator('form[data-site-search] [data-search-panel]')).toBeHidden();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).toHaveValue('CPEC');

  await input.blur();
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await results(page).first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').split('?')[0]}`));
});

test('the index loads only when search is about to be used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/literature/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.includes('pagefind') || path.endsWith('glossary.json'))).toEqual([]);
  await page.locator('#site-search').focus();
  await expect.poll(() => requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await expect.poll(() => requests.some((path) => path.endsWith('.pf_meta'))).toBe(true);
});

test('hostile input that matches nothing is harmless and answered with a friendly "no results"', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto('/');
  const message = page.locator('form[data-site-search] [data-search-message]');
  for (const query of ['<img src=x onerror=alert(1)>', '.*[(?', '"><script>alert(1)</script>', '🙂🙂', 'x'.repeat(1000)]) {
    await search(page, query);
    await expect(message).toContainText('No results for');
  }
  const input = page.locator('#site-search');
  await input.fill('   ');
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('form[data-site-search] img, form[data-site-search] script')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the search page reads ?q= and ?in=, filters by section and kind, and keeps both in the URL', async ({ page }) => {
  await page.goto('/search/?q=CPEC');
  const list = page.locator('#search-page-results a.search-result');
  await expect(list.first()).toBeVisible();
  await expect(page.locator('#search-query')).toHaveValue('CPEC');
  await page.getByLabel('In', { exact: true }).selectOption({ label: 'References' });
  await expect(list).toHaveCount(2);
  await expect(list.locator('.search-result-kind')).toHaveText(['Reference', 'Reference']);
  await expect(page).toHaveURL(/[?&]in=kind%3AReference/);
  await page.getByLabel('In', { exact: true }).selectOption({ label: 'Material and Methods' });
  await expect(list).toHaveCount(1);
  await page.locator('#search-query').fill('NATO');
  await expect(page).toHaveURL(/[?&]q=NATO/);
  await expect(page).toHaveURL(/[?&]in=section%3AMaterial\+and\+Methods/);

  await page.goto('/search/?q=CPEC&in=kind%3AReference');
  await expect(page.getByLabel('In', { exact: true })).toHaveValue('kind:Reference');
  await expect(list).toHaveCount(2);
});

test('without JavaScript the search page says so and offers the glossary and the sections, not a dead form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=RATS');
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.locator('#search-query')).toBeHidden();
  await expect(page.getByRole('main').getByRole('link', { name: 'Glossary' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Finding and Discussions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finding and Discussions');
  await context.close();
});

test('the keywords on the home page link to their searches', async ({ page }) => {
  await page.goto('/');
  await page.locator('.keywords').getByRole('link', { name: 'CPEC' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=CPEC$/);
  await expect(page.locator('#search-page-results a.search-result').first()).toContainText('CPEC');
});

test('the first use of each abbreviation is an <abbr> that keyboard users can read', async ({ page }) => {
  await page.goto('/finding-and-discussions/');
  const abbrs = page.locator('main abbr.term');
  const terms = await abbrs.allTextContents();
  expect(new Set(terms).size).toBe(terms.length);
  expect(terms).toEqual(expect.arrayContaining(['SCO', 'RATS', 'CPEC', 'NATO', 'CSTO', 'MoU', 'BRI', 'US']));
  const rats = abbrs.filter({ hasText: 'RATS' });
  await expect(rats).toHaveAttribute('title', 'Regional Anti-Terrorism Structure');
  await rats.focus();
  await expect(rats).toBeFocused();
  const tip = await rats.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(tip).toContain('Regional Anti-Terrorism Structure');
});

test('the glossary lists every term with links to the passages that use it', async ({ page }) => {
  await page.goto('/glossary/');
  const entries = page.locator('.glossary-entry');
  expect(await entries.count()).toBeGreaterThanOrEqual(13);
  const rats = page.locator('#term-rats');
  await expect(rats).toContainText('Regional Anti-Terrorism Structure');
  await expect(rats).toContainText('Regional Counter-Terrorism Structure; Regional Structure for Combating Terrorism');
  await rats.getByRole('link', { name: 'Finding and Discussions, para. 1' }).click();
  await expect(page).toHaveURL(/\/finding-and-discussions\/#finding-and-discussions-p1$/);
  await page.goto('/glossary/');
  await expect(page.locator('#term-saarc')).toContainText('supplied by the editor');
  await page.locator('#term-saarc').getByRole('link', { name: /^Reference:/ }).click();
  await expect(page).toHaveURL(/\/references\/#ref-idrees2017$/);
});

