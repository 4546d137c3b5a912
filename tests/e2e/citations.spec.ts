import { expect, test, type Page } from '@playwright/test';

const sectionPaths = ['/introduction/', '/literature/', '/material-and-methods/', '/finding-and-discussions/', '/conclusion/', '/article/'];

/** The year label ("2008a") a reference list entry shows. */
async function entryYear(page: Page, key: string): Promise<string> {
  const text = await page.locator(`#ref-${key} .reference-text`).textContent();
  return /\((\d{4}[a-z]?)\)/.exec(text ?? '')?.[1] ?? '';
}

test('a citation in the Introduction leads to its marked entry, and "Cited in" leads back to it', async ({ page }) => {
  await page.goto('/introduction/');
  const citation = page.locator('a[data-cite="blank2021"]');
  await expect(citation).toHaveText('Blank, 2021');
  await citation.click();

  await expect(page).toHaveURL(/\/references\/#ref-blank2021$/);
  const entry = page.locator('#ref-blank2021');
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('Blank, S. (2021). After Afghanistan');
  // Marked on arrival: the :target style gives it a background.
  const background = await entry.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');

  await entry.getByRole('link', { name: 'Introduction, paragraph 1' }).click();
  await expect(page).toHaveURL(/\/introduction\/#introduction-cite5$/);
  await expect(page.locator('#introduction-cite5')).toBeInViewport();
  await expect(page.locator('#introduction-cite5')).toHaveText('(Blank, 2021)');
  const paragraph = page.locator('#introduction-p1');
  expect(await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('a work cited twice has lettered backlinks, each to its own citation', async ({ page }) => {
  await page.goto('/references/');
  const backlinks = page.locator('#ref-behera2019 .cited-in a');
  await expect(backlinks).toHaveCount(2);
  await expect(backlinks.nth(0)).toHaveAccessibleName('a: Introduction, paragraph 1');
  await expect(backlinks.nth(1)).toHaveAccessibleName('b: Literature, paragraph 2');
  await backlinks.nth(1).click();
  await expect(page.locator('a[data-cite="behera2019"]').locator('xpath=..')).toHaveAttribute('id', /^literature-cite/);
  await expect(page).toHaveURL(/\/literature\/#literature-cite\d+$/);
});

test('the preview opens on hover, stays while the pointer is over it, and closes with Escape', async ({ page }) => {
  await page.goto('/finding-and-discussions/');
  const citation = page.locator('a[data-cite="zeb2006"]');
  const preview = page.locator('.citation-popover');
  await expect(preview).toBeHidden();
  await citation.hover();
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Zeb, R. (2006). Pakistan and the Shanghai Cooperation Organization.');
  await preview.hover();
  await page.waitForTimeout(500);
  await expect(preview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});

test('the preview opens when a keyboard user focuses a citation, and is its accessible description', async ({ page }) => {
  await page.goto('/literature/');
  const citation = page.locator('a[data-cite="akiner2010"]');
  await expect(citation).toHaveAccessibleDescription(/Akiner, D\. S\. \(2010\)\. THE SHANGHAI COOPERATION A NETWORKING ORGANISATION/);
  await citation.focus();
  const preview = page.locator('.citation-popover');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Global Strategy Forum');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(citation).toBeFocused();
});

test('on touch, the first tap previews and a second tap follows the citation', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto('/conclusion/');
  await page.goto('/material-and-methods/');
  await page.goto('/finding-and-discussions/');
  const citation = page.locator('a[data-cite="iqbal2024"]');
  await citation.scrollIntoViewIfNeeded();
  await citation.tap();
  await expect(page.locator('.citation-popover')).toBeVisible();
  await expect(page.locator('.citation-popover')).toContainText('Iqbal, S. (2024)');
  await expect(page).toHaveURL(/\/finding-and-discussions\/$/);
  await citation.tap();
  await expect(page).toHaveURL(/\/references\/#ref-iqbal2024$/);
  await context.close();
});

test('without JavaScript a citation is still a working link to its entry', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/literature/');
  await page.locator('a[data-cite="lanteigne2007"]').click();
  await expect(page).toHaveURL(/\/references\/#ref-lanteigne2007$/);
  await expect(page.locator('#ref-lanteigne2007')).toBeInViewport();
  await context.close();
});

test('the two Giustozzi 2008 works are told apart in the text and in the list', async ({ page }) => {
  await page.goto('/literature/');
  await expect(page.locator('a[data-cite="giustozzi2008article"]')).toHaveText('Giustozzi, 2008b');
  await page.goto('/finding-and-discussions/');
  await expect(page.locator('a[data-cite="giustozzi2008report"]')).toHaveText('Giustozzi, 2008a');
  await page.goto('/references/');
  expect(await entryYear(page, 'giustozzi2008report')).toBe('2008a');
  expect(await entryYear(page, 'giustozzi2008article')).toBe('2008b');
  await expect(page.locator('#ref-giustozzi2008report')).toContainText('THE SCO: A REGIONAL ORGANISATION IN THE MAKING');
  await expect(page.locator('#ref-giustozzi2008article')).toContainText('The SCO: a regional organisation in the making');
});

test('every citation on every page resolves to an entry whose label it shows', async ({ page }) => {
  await page.goto('/references/');
  const entries = await page.locator('.reference').evaluateAll((els) =>
    Object.fromEntries(els.map((el) => [el.id, /\((\d{4}[a-z]?)\)/.exec(el.textContent ?? '')?.[1] ?? ''])),
  );
  expect(Object.keys(entries)).toHaveLength(31);
  let total = 0;
  const citedKeys = new Set<string>();
  for (const path of sectionPaths) {
    await page.goto(path);
    expect(await page.content()).not.toContain('[@');
    const citations = await page.locator('a[data-cite]').evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '', key: a.getAttribute('data-cite') ?? '' })),
    );
    for (const { href, text, key } of citations) {
      // The whole article links to its own reference list, the other pages to the references page.
      const id = href.replace(/^\/references\/#|^#whole-/, '');
      expect(href, `${path}: ${text}`).toMatch(path === '/article/' ? /^#whole-ref-/ : /^\/references\/#ref-/);
      expect(entries[id], `${path}: ${text} → ${href}`).toBeDefined();
      expect(text.endsWith(`, ${entries[id]}`), `${path}: "${text}" vs entry year ${entries[id]}`).toBe(true);
      if (path !== '/article/') {
        total += 1;
        citedKeys.add(key);
      }
    }
  }
  expect(total).toBe(33);
  expect(citedKeys.size).toBe(31);
});

test('the reference list can be downloaded as BibTeX, RIS and CSL-JSON', async ({ page, request }) => {
  await page.goto('/references/');
  for (const [name, pattern] of [['BibTeX', /@article\{akiner2010,/], ['RIS', /TY {2}- JOUR/], ['CSL-JSON', /"id": "akiner2010"/]] as const) {
    const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
    const response = await request.get(href ?? '');
    expect(response.ok()).toBe(true);
    expect(await response.text()).toMatch(pattern);
  }
});

test("the editor's note on the references page lists each correction", async ({ page }) => {
  await page.goto('/references/');
  const note = page.locator('#note-reference-corrections');
  await expect(note).toBeVisible();
  await expect(note).toContainText('date: printed Agust 2018, corrected to August 2018.');
  await expect(note.locator('q').first()).toHaveText('Agust 2018');
  await expect(note).toContainText('Хакимджонович');
  await expect(page.locator('#ref-khakimdzhonovich2022')).toContainText('Хакимджонович, Р. К.');
});
