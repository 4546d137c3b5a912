import { expect, test } from '@playwright/test';

test('on the whole article a citation leads to the page’s own reference list, and its preview names the printed form', async ({ page }) => {
  await page.goto('/article/');
  const citation = page.locator('a[data-cite="mariani2013"]');
  await citation.hover();
  await expect(page.locator('.citation-popover')).toContainText('Cited in the print as (Mariani, Oct, 2013)');
  await expect(page.locator('#literature-cite7 .printed-as')).toBeVisible();
  await citation.click();
  await expect(page).toHaveURL(/\/article\/#whole-ref-mariani2013$/);
  await expect(page.locator('#whole-ref-mariani2013')).toBeInViewport();
});

test('a section page gives the printed form in the preview, and the printed whole article in the line', async ({ page }) => {
  await page.goto('/literature/');
  await expect(page.locator('#literature-cite7 .printed-as')).toHaveCount(0);
  await page.locator('a[data-cite="mariani2013"]').focus();
  await expect(page.locator('.citation-popover')).toContainText('Cited in the print as (Mariani, Oct, 2013)');
  await page.goto('/article/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#literature-cite7 .printed-as')).toHaveText(' [printed as (Mariani, Oct, 2013)]');
  await expect(page.locator('#literature-cite7 .printed-as')).toBeVisible();
});

test('the timeline markers are dated, at least 24 × 24 px to touch, in order, and absent from print', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/introduction/');
  const markers = page.locator('#event-telegraph-union .timeline-link');
  await expect(markers).toHaveText(['◷ 1865', '◷ 1874']);
  for (const box of await markers.evaluateAll((links) => links.map((link) => link.getBoundingClientRect()))) {
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  await expect(markers.first()).toHaveAccessibleName('1865 on the timeline');
  await page.emulateMedia({ media: 'print' });
  await expect(markers.first()).toBeHidden();
});

test('at 375 px the header gives the short title on one line', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/', '/finding-and-discussions/']) {
    await page.goto(path);
    const title = page.locator('.site-title');
    await expect(title).toHaveText('The SCO and Pakistan');
    const { height, lineHeight } = await title.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(el).lineHeight),
    }));
    expect(height, path).toBeLessThan(lineHeight * 1.5);
  }
});

test('on a phone "On this page" is a bar above the text that opens, names the part being read, and folds after a choice', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/literature/');
  const bar = page.locator('.on-this-page');
  const summary = bar.locator('summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('On this page');
  const nav = page.getByRole('navigation', { name: 'On this page' });
  await expect(nav).toBeHidden();
  await summary.click();
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: 'Function and Working of SCO' }).click();
  await expect(page).toHaveURL(/#function-and-working-of-sco$/);
  await expect(nav).toBeHidden();
  await expect(summary).toContainText('Function and Working of SCO');
  // The bar stays in view as the text scrolls, without covering the heading it led to.
  await expect(summary).toBeInViewport();
  const [barBox, headingBox] = await Promise.all([bar.boundingBox(), page.locator('#function-and-working-of-sco').boundingBox()]);
  expect(headingBox!.y).toBeGreaterThanOrEqual(barBox!.y + barBox!.height - 1);
});

test('the footer sits under the text column, not the middle of the viewport', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/conclusion/');
  const [text, footer] = await Promise.all([page.locator('article.prose').boundingBox(), page.locator('.site-footer-text').boundingBox()]);
  expect(Math.abs(footer!.x - text!.x)).toBeLessThan(2);
  expect(Math.abs(footer!.width - text!.width)).toBeLessThan(2);
});
