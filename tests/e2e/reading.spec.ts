import { expect, test, type Page } from '@playwright/test';

const pages = ['/', '/introduction/', '/literature/', '/material-and-methods/', '/finding-and-discussions/', '/conclusion/', '/references/', '/glossary/', '/timeline/', '/search/', '/article/'];

const background = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);

test('every page reads at 320 px without horizontal scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('the text keeps a comfortable measure and line height on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/finding-and-discussions/');
  const { chars, lineHeight } = await page.locator('#finding-and-discussions-p1').evaluate((el) => {
    const style = getComputedStyle(el);
    // The average width of the paragraph's own characters, measured on one unbroken line.
    const probe = document.createElement('span');
    probe.style.whiteSpace = 'nowrap';
    probe.style.position = 'absolute';
    probe.textContent = (el.textContent ?? '').slice(0, 200);
    el.append(probe);
    const perChar = probe.getBoundingClientRect().width / 200;
    probe.remove();
    return { chars: el.getBoundingClientRect().width / perChar, lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
  });
  expect(chars).toBeGreaterThan(60);
  expect(chars).toBeLessThan(80);
  expect(lineHeight).toBeGreaterThanOrEqual(1.5);
});

test('a wide screen shows the contents as a sidebar with the current section marked, and its reading time', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/literature/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav).toBeVisible();
  const current = nav.locator('a[aria-current="page"]');
  await expect(current).toContainText('Literature');
  await expect(current.locator('.nav-time')).toHaveText(/^\d+ min$/);
  await expect(nav.getByRole('link', { name: 'Function and Working of SCO' })).toBeVisible();
  await expect(page.locator('.reading-time')).toHaveText(/^\d+ min read · [\d,]+ words( · ◷ dates lead to the timeline)?$/);
});

test('a phone shows the contents as a menu that opens and leads to a section', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/introduction/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav).toBeHidden();
  await page.getByText('Contents', { exact: true }).click();
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: /^Conclusion/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conclusion');
  await context.close();
});

test('"On this page" marks the heading being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/literature/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Literature');
  await page.locator('#function-and-working-of-sco').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Function and Working of SCO');
});

test('the skip link takes keyboard users straight to the text', async ({ page }) => {
  await page.goto('/conclusion/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the text' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every paragraph starts with its number, a permalink that lands on the marked paragraph', async ({ page }) => {
  await page.goto('/literature/');
  const number = page.locator('#literature-p2 .paragraph-link');
  await expect(number).toBeVisible();
  await expect(number).toHaveAttribute('href', '#literature-p2');
  // A click with Ctrl or Cmd opens it as a link; a plain click offers its citation (tests/e2e/quote.spec.ts).
  await page.goto('/literature/#literature-p2');
  expect(await background(page, '#literature-p2')).not.toBe('rgba(0, 0, 0, 0)');

  await page.goto('/article/#conclusion-p1');
  await expect(page.locator('#conclusion-p1')).toBeInViewport();
  // Every paragraph is numbered; list items count with the paragraph before them.
  await expect(page.locator('p.paragraph:not(:has(> .paragraph-link))')).toHaveCount(0);
  await expect(page.locator('li.paragraph > .paragraph-link')).toHaveCount(0);
});

test('the theme offers light, dark and automatic, shows the choice, persists, and never flashes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // Record the theme at the moment <body> first exists: before first paint, before any deferred script.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'system';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/introduction/');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('auto');
  await expect(theme.locator('option:checked')).toHaveText('Automatic');
  const light = await background(page, 'body');
  await theme.selectOption('dark');
  const dark = await background(page, 'body');
  expect(dark).not.toBe(light);

  await page.goto('/references/');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  expect(await background(page, 'body')).toBe(dark);
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');

  // A chosen theme holds against the system; automatic follows the system as it changes.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page, 'body')).toBe(light);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('auto');
  expect(await background(page, 'body')).toBe(dark);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page, 'body')).toBe(light);

  await page.goto('/glossary/');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('auto');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('system');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page, 'body')).toBe(dark);
});

test('without JavaScript the theme follows the system and the chooser is not offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden();
  expect(await background(page, 'body')).toBe('rgb(22, 24, 28)');
  await context.close();
});

test('the whole article prints without navigation, with citations as text and the reference list', async ({ page }) => {
  await page.goto('/article/');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-nav-menu', '.on-this-page', '.site-footer']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  // Paragraph numbers print, so a printed page can be cited as the screen is.
  await expect(page.locator('#literature-p19 .paragraph-link')).toBeVisible();
  const citation = page.locator('a[data-cite="zeb2006"]').first();
  const [citationColor, textColor] = await Promise.all([
    citation.evaluate((el) => getComputedStyle(el).color),
    page.locator('#finding-and-discussions-p1').evaluate((el) => getComputedStyle(el).color),
  ]);
  expect(citationColor).toBe(textColor);
  expect(await citation.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
  await expect(page.locator('#references')).toBeVisible();
  await expect(page.locator('.whole-article-references .reference')).toHaveCount(31);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(20_000);
});

test('a printed section or reference list leaves out page navigation and "Cited in" backlinks', async ({ page }) => {
  await page.goto('/literature/');
  await expect(page.locator('.prev-next')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.prev-next')).toBeHidden();
  await expect(page.locator('#literature-p1')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/references/');
  await expect(page.locator('.cited-in').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cited-in').first()).toBeHidden();
  await expect(page.locator('.reference').first()).toBeVisible();
});

test('"Cite this article" gives the APA reference, copies it, and offers BibTeX and RIS', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/');
  const cite = page.getByRole('region', { name: 'Cite this article' });
  await expect(cite.locator('#cite-apa')).toHaveText(
    /^Afridi, S\. J\., Ali, Q\., & Chang, X\. \(2024\)\. The Shanghai Cooperation Organization \(SCO\) Encourages Pakistan to Focus on Regional Security and Potential Development\. http:\/\/localhost:\d+\/$/,
  );
  await cite.getByRole('button', { name: 'Copy APA reference' }).click();
  await expect(cite.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Afridi, S\. J\., Ali, Q\., & Chang, X\. \(2024\)/);
  for (const name of ['BibTeX', 'RIS']) {
    const href = await cite.getByRole('link', { name, exact: true }).getAttribute('href');
    const response = await page.request.get(href ?? '');
    expect(response.ok(), name).toBe(true);
  }
  // Beside the reference, the way into a reference manager: the RIS file it points to keeps the five keywords.
  await expect(cite.getByText('Save to Zotero or your reference manager')).toBeVisible();
  const ris = await page.request.get((await cite.getByRole('link', { name: 'RIS', exact: true }).getAttribute('href')) ?? '');
  expect((await ris.text()).match(/^KW {2}- .+$/gm)).toHaveLength(5);
  await context.close();
});
