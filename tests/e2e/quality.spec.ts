import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const pages = ['/', '/introduction/', '/literature/', '/material-and-methods/', '/finding-and-discussions/', '/conclusion/', '/references/', '/glossary/', '/timeline/', '/search/', '/search/?q=RATS', '/article/', '/no-such-page/'];

/** Fails the test on any Content-Security-Policy violation or script error the page reports. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} at ${message.location().url}`);
  });
  return problems;
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);

// One test per page and theme, so a slow page times out alone and the report names it.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} has no WCAG 2.2 AA violations in the ${colorScheme} theme`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(path);
      if (path.includes('?q=')) await page.locator('#search-page-results a.search-result').first().waitFor();
      const { violations: found } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
}

test('the search results and an open citation preview are accessible too', async ({ page }) => {
  await page.goto('/literature/');
  await page.locator('#site-search').fill('CPEC');
  await page.locator('#site-search-results[data-query="CPEC"]').waitFor();
  let results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.locator('a[data-cite="akiner2010"]').focus();
  await expect(page.locator('.citation-popover')).toBeVisible();
  results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('keyboard only: home, a section, a citation, its reference, back, then search and a result, focus always visible', async ({ page }) => {
  const focusVisible = async () => {
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, inView: rect.width > 0 && rect.height > 0 };
    });
    expect(style?.outline, 'focused element shows an outline').toBe(true);
    expect(style?.inView, 'focused element is rendered').toBe(true);
  };
  /** Presses the key (Tab, or the right arrow inside a paragraph) until the focused element matches, checking focus is visible at every stop. */
  const moveTo = async (selector: string, key = 'Tab', max = 80) => {
    for (let i = 0; i < max; i += 1) {
      await page.keyboard.press(key);
      await focusVisible();
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`never reached ${selector}`);
  };

  await page.goto('/');
  await moveTo('.site-nav a[href="/introduction/"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Introduction');
  // The paragraph is one Tab stop; the arrow keys move on to its citation.
  await moveTo('#introduction-p1 a.paragraph-link');
  await moveTo('a[data-cite="ekaterinburg2018"]', 'ArrowRight');
  await expect(page.locator('.citation-popover')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/references\/#ref-ekaterinburg2018$/);
  // From the marked entry, on to its "Cited in" backlink: Tab starts from the link's target, as a reader's
  // would. (Focusing the entry by script first, which is not focusable, sometimes left focus on nothing.)
  await page.waitForLoadState();
  await moveTo('#ref-ekaterinburg2018 .cited-in a');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/introduction\/#introduction-cite1$/);
  await page.waitForLoadState();
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await focusVisible();
  await page.keyboard.type('Gwadar');
  await page.locator('#site-search-results[data-query="Gwadar"]').waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/finding-and-discussions\/\?pagefind-highlight=Gwadar#finding-and-discussions-p\d+$/);
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
});

test('no request leaves the site while reading every page and searching, and no CSP violation occurs', async ({ page, baseURL }) => {
  const problems = await watch(page);
  const offOrigin: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseURL ?? '') || url.startsWith('data:')) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
  }
  await page.goto('/finding-and-discussions/');
  await page.locator('a[data-cite="zeb2006"]').hover();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.locator('#site-search').fill('Шанхайская');
  await page.locator('#site-search-results[data-query="Шанхайская"]').waitFor();
  await page.locator('#site-search-results a.search-result').first().click();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await violations(page)).toEqual([]);
  expect(offOrigin).toEqual([]);
  // The one error expected: the browser reporting the 404 status of the unknown address it was sent to.
  const expected404 = (p: string) => /status of 404/.test(p) && new URL(p.slice(p.lastIndexOf(' at ') + 4)).pathname === '/no-such-page/';
  expect(problems.filter((p) => !expected404(p))).toEqual([]);
  const fonts = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\.(woff2?|ttf|otf)$/.test(e.name)).length);
  expect(fonts).toBe(0);
});

test('the Content-Security-Policy forbids inline scripts and eval', async ({ page }) => {
  await page.goto('/literature/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toMatch(/'unsafe-eval'/);
  expect(policy).toMatch(/default-src 'self'/);
  expect(policy).toMatch(/object-src 'none'/);
  // An injected inline script is refused.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    await new Promise((done) => setTimeout(done, 50));
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
});

test('without JavaScript every page reads in full, and contents, citations and backlinks work', async ({ browser }) => {
  const withJs = await browser.newContext();
  const withoutJs = await browser.newContext({ javaScriptEnabled: false });
  const [a, b] = [await withJs.newPage(), await withoutJs.newPage()];
  const mainText = (page: Page) => page.locator('main article, main > .prose').first().evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  for (const path of ['/', '/introduction/', '/literature/', '/material-and-methods/', '/finding-and-discussions/', '/conclusion/', '/references/', '/glossary/', '/article/']) {
    await a.goto(path);
    await b.goto(path);
    expect(await mainText(b), path).toBe(await mainText(a));
  }
  await b.goto('/');
  await b.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Function and Working of SCO' }).click();
  await expect(b.locator('#function-and-working-of-sco')).toBeInViewport();
  await b.locator('a[data-cite="akiner2010"]').click();
  await expect(b).toHaveURL(/\/references\/#ref-akiner2010$/);
  await b.locator('#ref-akiner2010 .cited-in a').click();
  await expect(b).toHaveURL(/\/literature\/#literature-cite\d+$/);
  await withJs.close();
  await withoutJs.close();
});
