import { expect, test, type Locator } from '@playwright/test';
import { headerResults, pageResults, searchHeader, searchPage } from './search-helpers.ts';

/** The text of each result's excerpt, and its marked words. */
async function excerpts(results: Locator) {
  return results.evaluateAll((links) =>
    links.map((link) => ({
      text: link.querySelector('.search-result-excerpt')?.textContent ?? '',
      marks: Array.from(link.querySelectorAll('mark'), (mark) => mark.textContent ?? ''),
      href: link.getAttribute('href') ?? '',
    })),
  );
}

test('several words find passages holding all of them, in any order, closest first', async ({ page }) => {
  for (const [query, words] of [
    ['Pakistan India', [/^Pakistan/i, /^India/i]],
    ['India Pakistan', [/^Pakistan/i, /^India/i]],
    ['terrorism Afghanistan', [/terroris/i, /^Afghanistan/i]],
    ['Gwadar Islamabad', [/^Gwadar/i, /^Islamabad/i]],
    ['Shanghai Five 1996', [/^Shanghai/i, /^Five/i, /^1996/]],
    ['energy Russia Pakistan', [/^energy/i, /^Russia/i, /^Pakistan/i]],
  ] as const) {
    await searchPage(page, query);
    const found = await excerpts(pageResults(page));
    expect(found.length, query).toBeGreaterThan(0);
    // Every result's excerpt marks every word (one stretch, or two joined by "…").
    for (const { marks, text } of found) for (const word of words) expect(marks.some((mark) => word.test(mark)), `${query}: ${text}`).toBe(true);
  }
  await searchPage(page, 'Shanghai Five 1996');
  const [first] = await excerpts(pageResults(page));
  // Closest first: the three words side by side ("in 1996, the Shanghai Five").
  expect(first?.text).toMatch(/1996, the Shanghai Five|Shanghai Five" in 1996/);
});

test('a "quoted phrase" finds only that phrase; unquoted, its words anywhere in a passage', async ({ page }) => {
  await searchPage(page, 'security regional');
  const loose = (await excerpts(pageResults(page))).length;
  await searchPage(page, '"regional security"');
  const phrase = await excerpts(pageResults(page));
  expect(phrase.length).toBeGreaterThan(0);
  expect(phrase.length).toBeLessThan(loose);
  for (const { marks } of phrase) expect(marks.every((mark) => /^regional security$/i.test(mark))).toBe(true);
  await searchPage(page, '"security regional"');
  await expect(page.locator('form[data-search-page] [data-search-message]')).toContainText('No results');
});

test('possessives, hyphens, joined forms and case do not matter', async ({ page }) => {
  await page.goto('/references/');
  await searchHeader(page, 'Xi Jinping');
  await expect(headerResults(page).first()).toContainText('Xi Jinping’s Grand Strategy');
  await searchHeader(page, 'xi jinping');
  await expect(headerResults(page).first().locator('mark')).toHaveText(['Xi', 'Jinping’s']);

  await searchPage(page, 'counter terrorism');
  const found = await excerpts(pageResults(page));
  // The joined form alone answers both words (the Conclusion writes only "counterterrorism").
  expect(found.some(({ marks }) => marks.length > 0 && marks.every((mark) => mark === 'counterterrorism'))).toBe(true);
  const marks = found.flatMap((result) => result.marks);
  expect(marks).toContain('counterterrorism');
  expect(marks).toContain('Counter-Terrorism');
  await searchPage(page, 'counterterrorism');
  expect((await excerpts(pageResults(page))).flatMap((result) => result.marks)).toContain('Counter-Terrorism');
  await searchPage(page, 'COUNTER-TERRORISM');
  expect((await excerpts(pageResults(page))).flatMap((result) => result.marks)).toContain('counterterrorism');
});

test('an abbreviation with another word expands word by word', async ({ page }) => {
  await searchPage(page, 'RATS Pakistan');
  const found = await excerpts(pageResults(page));
  expect(found.length).toBeGreaterThanOrEqual(2);
  expect(found[0]?.marks).toEqual(expect.arrayContaining(['RATS']));
  // The name without the abbreviation counts too: Literature writes "Regional Counter-Terrorism Structure".
  expect(found.some(({ marks }) => marks.includes('Regional Counter-Terrorism Structure'))).toBe(true);
  for (const { marks } of found) expect(marks.some((mark) => /^Pakistan/.test(mark))).toBe(true);
  await searchPage(page, 'Pakistan CPEC');
  expect((await excerpts(pageResults(page))).length).toBeGreaterThan(0);
});

test('a misspelling is offered the closest word of the text, and following it searches', async ({ page }) => {
  await page.goto('/');
  const message = page.locator('form[data-site-search] [data-search-message]');
  for (const [typo, word] of [['terorism', 'terrorism'], ['Pakistn', 'Pakistan'], ['economic corridr', 'economic corridor']]) {
    await searchHeader(page, typo ?? '');
    await expect(message).toContainText(`Did you mean ${word}?`);
    await expect(headerResults(page)).toHaveCount(0);
  }
  await message.getByRole('link', { name: 'economic corridor' }).click();
  await expect(page.locator('#site-search')).toHaveValue('economic corridor');
  await expect(page.locator('#site-search-results')).toHaveAttribute('data-query', 'economic corridor');
  await expect(headerResults(page).first()).toBeVisible();
});

test('a query the text does not answer says so, naming the query', async ({ page }) => {
  await searchPage(page, 'xylophone');
  const message = page.locator('form[data-search-page] [data-search-message]');
  await expect(message).toHaveText('No results for “xylophone”. Try fewer words, another word, or an abbreviation such as RATS or CPEC.');
  await expect(message.locator('bdi')).toHaveText('xylophone');
  await searchPage(page, 'Gwadar xylophone');
  await expect(message).toContainText('No results for “Gwadar xylophone”');
});

test('ШОС finds the reference with ШОС in its title among the first results', async ({ page }) => {
  await searchPage(page, 'ШОС');
  const found = await excerpts(pageResults(page));
  const reference = found.findIndex(({ href }) => href.includes('#ref-ekaterinburg2018'));
  expect(reference).toBeGreaterThanOrEqual(0);
  expect(reference).toBeLessThan(3);
});

test('hostile input that matches the text is shown as text, never as markup', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Each holds words of the text, so each finds passages; the rest of it must stay text.
  for (const query of ['Gwadar <>', 'RATS "></>', 'Gwadar & <!-- -->', '\u202eGwadar', '"> Gwadar <"', '<<< CPEC >>>']) {
    await searchPage(page, query);
    expect(await pageResults(page).count(), query).toBeGreaterThan(0);
    await expect(page.locator('main img, main script:not([src]):not([type]), main b')).toHaveCount(0);
    // The query as searched, invisible controls dropped, isolated from the sentence around it.
    await expect(page.locator('form[data-search-page] [data-search-message] bdi')).toHaveText(query.replace('\u202e', ''));
    // The excerpt's only markup is <mark>, inside the link's own spans.
    const tags = await pageResults(page).evaluateAll((links) => [...new Set(links.flatMap((link) => Array.from(link.querySelectorAll('*'), (el) => el.tagName)))]);
    expect(tags.sort()).toEqual(['MARK', 'SPAN']);
  }
  expect(errors).toEqual([]);
});
