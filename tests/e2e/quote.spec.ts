import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// Quoting and citing passages: the paragraph numbers readers see, "Cite this paragraph" from a number,
// "Copy quote" for a selection, and the copied link reopening the quotation.

const clipboard = ['clipboard-read', 'clipboard-write'];

/** Selects, as a reader would, from `start` in the element `fromId` to the end of `end` in `toId`. */
async function select(page: Page, fromId: string, start: string, toId = fromId, end = start): Promise<void> {
  await page.evaluate(
    ([fromId, start, toId, end]) => {
      const find = (id: string, text: string) => {
        const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(text);
          if (at >= 0) return { node, at };
        }
        throw new Error(`"${text}" is not in #${id}`);
      };
      const from = find(fromId!, start!);
      const to = find(toId!, end!);
      const range = document.createRange();
      range.setStart(from.node, from.at);
      range.setEnd(to.node, to.at + end!.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [fromId, start, toId, end],
  );
}

async function readClipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const flavours: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) flavours[type] = await (await item.getType(type)).text();
    }
    return flavours;
  });
}

const copyQuote = (page: Page) => page.getByRole('button', { name: /^Copy quote$|^Copied$/ });

/** Presses "Copy quote" (clicks, or taps on a touch screen) and waits until it says the copy is done. */
async function copyQuotation(page: Page, how: 'click' | 'tap' = 'click'): Promise<Record<string, string>> {
  await copyQuote(page)[how]();
  await expect(page.getByRole('status').filter({ hasText: 'Quote copied, with its citation and link.' })).toHaveCount(1);
  return readClipboard(page);
}
const linkIn = (plain: string) => plain.slice(plain.lastIndexOf(' ') + 1);

async function quoteContext(browser: { newContext: (options: object) => Promise<BrowserContext> }, options: object = {}) {
  return browser.newContext({ permissions: clipboard, ...options });
}

test('every paragraph shows the number readers count and cite, and old paragraph links still land', async ({ page }) => {
  await page.goto('/article/');
  await expect(page.locator('.paragraph-numbering')).toContainText('a list counts with the one before it');
  await page.goto('/literature/');
  const shown = await page.locator('a.paragraph-link').evaluateAll((links) =>
    links.map((link) => getComputedStyle(link, '::before').content.replace(/"/g, '')),
  );
  // Literature: three paragraphs (the third with its list), then each subsection counts from 1.
  expect(shown).toEqual(['1', '2', '3', '1', '2', '1']);
  await expect(page.locator('a.paragraph-link').first()).toBeVisible();
  // A list item is not numbered on its own: it belongs to its lead-in paragraph.
  await expect(page.locator('#literature-p7')).toHaveAttribute('data-paragraph', '3');
  await expect(page.locator('#literature-p7 a.paragraph-link')).toHaveCount(0);

  // Links made before the renumbering name list items and later paragraphs by their old ids.
  await page.goto('/literature/#literature-p19');
  await expect(page.locator('#literature-p19')).toBeInViewport();
  await expect(page.locator('#literature-p19 a.paragraph-link')).toHaveAttribute('aria-label', 'Paragraph 1');
  await page.goto('/literature/#literature-p4');
  await expect(page.locator('#literature-p4')).toBeInViewport();
});

test('"Cited in", "Used in" and the timeline name a paragraph by the number beside it', async ({ page }) => {
  await page.goto('/references/');
  await expect(page.locator('#ref-porshneva2022 .cited-in a')).toHaveText('Literature: Executive Structure of the SCO, para. 2');
  await page.goto('/timeline/');
  await expect(page.locator('#event-trade-council .timeline-source')).toHaveText('Literature: Function and Working of SCO, para. 1');
  await page.goto('/glossary/');
  await expect(page.locator('#term-rats')).toContainText('Literature, para. 2');
});

test('a paragraph number gives the APA citation and the permanent link, in one action', async ({ browser }) => {
  const context = await quoteContext(browser);
  const page = await context.newPage();
  await page.goto('/literature/');
  await page.locator('#literature-p12 a.paragraph-link').click();
  const panel = page.getByRole('group', { name: 'Cite paragraph 1' });
  await expect(panel).toContainText('(Afridi et al., 2024, Executive Structure of the SCO section, para. 1)');
  await expect(panel).toContainText('Paragraphs count from each heading, as APA cites them; a list counts with the one before it.');
  const permalink = new URL('/literature/#literature-p12', page.url()).href;
  await expect(panel.getByRole('link')).toHaveAttribute('href', permalink);
  await expect(panel.getByRole('button', { name: 'Copy citation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Copied.');
  expect((await readClipboard(page))['text/plain']).toBe(`(Afridi et al., 2024, Executive Structure of the SCO section, para. 1) ${permalink}`);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator('#literature-p12 a.paragraph-link')).toBeFocused();

  // The abstract, on the home page, is cited by its own heading.
  await page.goto('/');
  await page.locator('#abstract-p1 a.paragraph-link').click();
  await expect(page.getByRole('group', { name: 'Cite paragraph 1' })).toContainText('(Afridi et al., 2024, Abstract section, para. 1)');
  await context.close();
});

test('Copy quote loads on the first selection and copies a prose sentence with its citation and link', async ({ browser }) => {
  const context = await quoteContext(browser);
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await page.goto('/literature/');
  await expect(copyQuote(page)).toHaveCount(0);
  expect(scripts.filter((url) => url.includes('quote.client'))).toEqual([]);

  await select(page, 'literature-p2', 'The SCO platform can serve', 'literature-p2', 'regional stability and growth.');
  const { 'text/plain': plain = '', 'text/html': html = '' } = await copyQuotation(page);
  expect(scripts.filter((url) => url.includes('quote.client'))).toHaveLength(1);
  const quotation =
    '“The SCO platform can serve as a bridge between resolving long-standing conflicts between two neighboring countries, Pakistan and India, which have led to increased regional stability and growth”';
  expect(plain.startsWith(`${quotation} (Afridi et al., 2024, Literature section, para. 2). `)).toBe(true);
  const link = linkIn(plain);
  expect(link).toMatch(/\/literature\/#literature-p2:~:text=/);
  expect(html).toContain(quotation);
  expect(html).toContain(`<a href="${link}">(Afridi et al., 2024, Literature section, para. 2)</a>`);

  // The link reopens the quotation in a fresh page: scrolled to and marked.
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expectQuotationMarked(fresh, 'literature-p2', 'The SCO platform can serve');
  await context.close();
});

/** The words are in view and painted with the quotation mark colour (the browser's ::target-text). */
async function expectQuotationMarked(page: Page, id: string, words: string): Promise<void> {
  const boxOfWords = () =>
    page.evaluate(
      ([id, words]) => {
        const walker = document.createTreeWalker(document.getElementById(id!)!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(words!);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + words!.length);
          const rect = range.getClientRects()[0]!;
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height, viewport: innerHeight };
        }
        return null;
      },
      [id, words],
    );
  const inView = (box: Awaited<ReturnType<typeof boxOfWords>>) => !!box && box.y >= 0 && box.y + box.height <= box.viewport;
  expect(await boxOfWords(), `"${words}" is on the page`).not.toBeNull();
  // The browser finds the quotation and scrolls to it by itself, on no schedule the load event promises:
  // wait for it to be in view, rather than read the position at one moment.
  await expect.poll(async () => inView(await boxOfWords()), { message: `"${words}" is scrolled into view` }).toBe(true);
  await expect(page.locator(`#${id}`)).toHaveCSS('background-color', /rgb/);
  await expect
    .poll(async () => {
      // Where the words are now: the page may still have been settling when they first came into view.
      const box = await boxOfWords();
      if (!box || !inView(box)) return 0;
      const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height } });
      return page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let marked = 0;
        // --hit-bg in the light theme: #ffd23f.
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 245 && Math.abs(pixels[i + 1]! - 210) < 10 && pixels[i + 2]! < 90) marked += 1;
        return marked / (pixels.length / 4);
      }, png.toString('base64'));
    })
    .toBeGreaterThan(0.3);
}

test('a selection in a list item cites the paragraph that introduces the list', async ({ browser }) => {
  const context = await quoteContext(browser);
  const page = await context.newPage();
  await page.goto('/literature/');
  await select(page, 'literature-p14', 'The Council of Prime Ministers');
  const { 'text/plain': plain = '' } = await copyQuotation(page);
  expect(plain.startsWith('“The Council of Prime Ministers” (Afridi et al., 2024, Executive Structure of the SCO section, para. 1) ')).toBe(true);
  expect(linkIn(plain)).toMatch(/#literature-p14:~:text=/);
  const fresh = await context.newPage();
  await fresh.goto(linkIn(plain));
  await expectQuotationMarked(fresh, 'literature-p14', 'The Council of Prime Ministers');
  await context.close();
});

test('a selection across two paragraphs cites both as a range', async ({ browser }) => {
  const context = await quoteContext(browser);
  const page = await context.newPage();
  await page.goto('/finding-and-discussions/');
  await select(page, 'finding-and-discussions-p2', 'Additionally, the CPEC', 'finding-and-discussions-p3', 'Law enforcement authorities');
  const { 'text/plain': plain = '', 'text/html': html = '' } = await copyQuotation(page);
  expect(plain).toMatch(/^“Additionally, the CPEC .*\nLaw enforcement authorities” \(Afridi et al\., 2024, Finding and Discussions section, paras\. 2–3\) http/s);
  // The editor's note between the two paragraphs is not part of the quotation.
  expect(plain).not.toContain('The marked passage');
  expect(html).toContain('<br>Law enforcement authorities”');
  const fresh = await context.newPage();
  await fresh.goto(linkIn(plain));
  await expectQuotationMarked(fresh, 'finding-and-discussions-p2', 'Additionally, the CPEC');
  await context.close();
});

test('a selection across a heading, across sections, or outside the text offers nothing', async ({ page }) => {
  // Each selection that offers nothing follows one that offers Copy quote: the control going away shows
  // the tools weighed the new selection, where waiting a fixed time would only hope they had.
  await page.goto('/literature/');
  await select(page, 'literature-p2', 'The SCO platform');
  await expect(copyQuote(page)).toBeVisible();
  await select(page, 'literature-p11', 'To guarantee', 'literature-p12', 'In accordance');
  await expect(copyQuote(page)).toHaveCount(0);
  await select(page, 'literature-p2', 'The SCO platform');
  await expect(copyQuote(page)).toBeVisible();
  await select(page, 'literature', 'Literature');
  await expect(copyQuote(page)).toHaveCount(0);

  await page.goto('/article/');
  await select(page, 'material-and-methods-p1', 'The study is based');
  await expect(copyQuote(page)).toBeVisible();
  await select(page, 'literature-p19', 'The SCO thus offers', 'material-and-methods-p1', 'The study is based');
  await expect(copyQuote(page)).toHaveCount(0);
  await select(page, 'material-and-methods-p1', 'The study is based');
  await expect(copyQuote(page)).toBeVisible();
});

test('touch: a selection on a phone offers Copy quote, and a tap copies', async ({ browser }) => {
  const context = await quoteContext(browser, { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/introduction/');
  await select(page, 'introduction-p1', 'International organizations play an important role in today');
  const button = copyQuote(page);
  await expect(button).toBeInViewport();
  const size = await button.boundingBox();
  expect(size!.height).toBeGreaterThanOrEqual(44);
  const { 'text/plain': plain = '' } = await copyQuotation(page, 'tap');
  expect(plain.startsWith('“International organizations play an important role in today” (Afridi et al., 2024, Introduction section, para. 1) ')).toBe(true);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open quote tools are accessible in the ${colorScheme} theme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/literature/');
    await page.locator('#literature-p1 a.paragraph-link').click();
    await expect(page.getByRole('group', { name: 'Cite paragraph 1' })).toBeVisible();
    await select(page, 'literature-p2', 'The SCO platform');
    await expect(copyQuote(page)).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.locator('#literature-p12 a.paragraph-link').click();
    const { violations: withPanel } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
    expect(withPanel.map((v) => v.id)).toEqual([]);
    // And with the note naming a paragraph's keys, shown to a keyboard reader.
    await page.keyboard.press('Escape');
    await page.locator('#literature-p2 a.paragraph-link').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.paragraph-keys')).toBeVisible();
    const { violations: withKeys } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
    expect(withKeys.map((v) => v.id)).toEqual([]);
    await context.close();
  });
}
