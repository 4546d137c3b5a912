import { expect, test, type Page } from '@playwright/test';

// Keyboard readers meet one Tab stop per paragraph of the text, and reach every link in it with the
// arrow keys; without JavaScript every link is a Tab stop (tests/engines: every page reads in full).

const pages = ['/', '/introduction/', '/literature/', '/material-and-methods/', '/finding-and-discussions/', '/conclusion/', '/article/'];

/** A name for the focused element that tells links apart, or "" when nothing in the page has focus. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const paragraph = el.closest('.paragraph[id]');
    const at = paragraph ? [...paragraph.querySelectorAll('a[href], [tabindex]')].indexOf(el) : -1;
    return paragraph ? `¶ ${paragraph.id} ${at}` : `${el.tagName} ${el.getAttribute('href') ?? ''} ${el.textContent?.slice(0, 30) ?? ''}`;
  });

for (const path of pages) {
  test(`${path}: each paragraph is one Tab stop, and the arrow keys reach every link in it`, async ({ page }) => {
    await page.goto(path);
    // Every link in the text, as it is without JavaScript: each one a Tab stop.
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('.paragraph[id]')].flatMap((paragraph) =>
        [...paragraph.querySelectorAll<HTMLElement>('a[href], [tabindex]')].filter((el) => el.tabIndex >= 0).map((_, i) => `¶ ${paragraph.id} ${i}`),
      ),
    );
    // The first Tab loads the tools that make each paragraph one Tab stop; they say so when ready
    // (tests/e2e/quote.spec.ts). A reader's next Tab meets them, however slowly they arrived.
    await page.keyboard.press('Tab');
    await expect(page.locator('a.paragraph-link').first()).toHaveAttribute('aria-expanded', 'false');
    // Tab through the whole page, once.
    const stops: string[] = [];
    for (let seen = new Set<string>(); ; ) {
      const name = await focused(page);
      if (!name || seen.has(name)) break;
      seen.add(name);
      if (name.startsWith('¶')) stops.push(name);
      await page.keyboard.press('Tab');
    }
    expect(stops.length, `${stops.length} Tab stops in the text, against ${links.length} links`).toBeLessThanOrEqual(Math.max(1, Math.floor(links.length / 2)));

    // From each stop, the right arrow walks its paragraph's links; together they are every link.
    const reached: string[] = [];
    for (const stop of stops) {
      const [, id] = stop.split(' ');
      await page.locator(`#${id} a.paragraph-link`).first().or(page.locator(`#${id} a[href]`).first()).focus();
      for (let previous = ''; ; ) {
        const name = await focused(page);
        if (name === previous) break;
        reached.push(name);
        previous = name;
        await page.keyboard.press('ArrowRight');
      }
    }
    expect(reached.sort()).toEqual([...links].sort());
  });
}

test('the keys are named while a keyboard reader is on a paragraph link; Tab returns to the link last used there', async ({ page }) => {
  await page.goto('/finding-and-discussions/');
  const numbers = page.locator('a.paragraph-link');
  while (!(await numbers.first().evaluate((n) => n === document.activeElement))) await page.keyboard.press('Tab');
  const keys = page.locator('.paragraph-keys');
  const count = await page.locator('#finding-and-discussions-p1').locator('a[href], [tabindex]').count();
  await expect(keys).toHaveText(`Link 1 of ${count} in this paragraph: ← → move, Tab goes on`);
  await expect(numbers.first()).toHaveAttribute('aria-keyshortcuts', /ArrowRight/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(keys).toHaveText(`Link 3 of ${count} in this paragraph: ← → move, Tab goes on`);
  const third = await focused(page);
  await page.keyboard.press('ArrowLeft');
  await expect(keys).toContainText('Link 2 of');
  // Up and down still scroll the page, focus staying where it is.
  const second = await focused(page);
  const top = await page.evaluate(() => scrollY);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(top);
  expect(await focused(page)).toBe(second);
  await page.keyboard.press('ArrowRight');
  // On to the next paragraph, and back: focus returns to the third link, not the number.
  await page.keyboard.press('Tab');
  await expect(numbers.nth(1)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe(third);
  // The note goes with the focus.
  await page.mouse.click(5, 5);
  await expect(keys).toBeHidden();
});
