/**
 * What matters most to readers, in each of the three engines (Chromium, Firefox, WebKit), on a host that
 * sends the build's own `_headers` and on one that allows only same-origin script. Every host's policy
 * reports violations to the test server, so a blocked script fails the run in any engine.
 *
 * An engine this machine lacks is skipped with a warning in the report; under CI=true it fails instead.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../support/dist.ts';
import { CSP_REPORT_PATH, headersFromFile, serveStatic } from '../support/static-server.ts';
import { ENGINES, type Engine, type EnginePage } from './engines.ts';

const report = `report-uri ${CSP_REPORT_PATH}`;
const HOSTS = {
  "the build's _headers": () => {
    const headers = headersFromFile(distDir);
    return { ...headers, 'Content-Security-Policy': `${headers['Content-Security-Policy']}; ${report}` };
  },
  'a host allowing only same-origin script': () => ({
    'Content-Security-Policy': `script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; ${report}`,
  }),
};

const READING_PAGES = ['/', '/introduction/', '/literature/', '/material-and-methods/', '/finding-and-discussions/', '/conclusion/', '/references/', '/glossary/', '/timeline/', '/article/'];

const visible = (selector: string) =>
  `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return !!el && !el.hidden && el.getBoundingClientRect().height > 0; })()`;
const hidden = (selector: string) => `!${visible(selector)}`;
/** The header box's results for `query` are on screen (the list names the query it shows). */
const headerResultsFor = (query: string) =>
  `document.querySelector('#site-search-results')?.dataset.query === ${JSON.stringify(query)} && document.querySelectorAll('#site-search-results a.search-result').length > 0`;
const firstHeaderResult = '#site-search-results a.search-result';
const mainText = `(document.querySelector('main')?.textContent ?? '').replace(/\\s+/g, ' ').trim()`;

function missingEngine(engine: Engine): string | null {
  const why = engine.missing();
  if (why && process.env['CI']) throw new Error(`${engine.name} is required under CI and missing: ${why}`);
  if (why) console.warn(`\n!!! SKIPPING ${engine.name.toUpperCase()}: ${why}. Install it to test this engine (see README).\n`);
  return why;
}

/** Defines every reader scenario for one engine; each engine's test file calls it, so engines run side by side. */
export function readerScenarios(name: Engine['name']): void {
  const engine = ENGINES.find((candidate) => candidate.name === name);
  if (!engine) throw new Error(`no engine ${name}`);
  const skip = missingEngine(engine) !== null;

  for (const [hostName, headers] of Object.entries(HOSTS)) {
    describe.skipIf(skip)(`${engine.name}, served with ${hostName}`, () => {
      let server: Server;
      let origin = '';
      let cspReports: string[] = [];
      let browser: Awaited<ReturnType<Engine['open']>>;
      let page: EnginePage;

      beforeAll(async () => {
        ({ server, origin, cspReports } = await serveStatic(distDir, '/', { headers: headers() }));
        browser = await engine.open();
        page = await browser.page();
      });
      afterAll(async () => {
        await browser?.close();
        server?.close();
      });
      /**
       * Opens a page and waits for its module, whose theme chooser shows once it has run: on a busy machine
       * WebKit's driver can return from loading before then, and a scenario's first move would find no listener.
       */
      const open = async (path: string) => {
        await page.goto(`${origin}${path}`);
        await page.waitFor(visible('[data-theme-choice]'), `the page module on ${path}`);
      };

      it('a section reads, its scripts run, and no script error occurs', async () => {
        await page.goto(`${origin}/literature/`);
        expect(await page.evaluate<string>(`document.querySelector('h1')?.textContent`)).toBe('Literature');
        // The head script and the page module both ran: the page is marked scripted and the theme chooser shows.
        await page.waitFor(`document.documentElement.classList.contains('js') && ${visible('[data-theme-choice]')}`, 'the page scripts');
        expect(page.errors()).toEqual([]);
      });

      it('a citation preview opens on hover and on focus, and closes with Escape', async () => {
        await open(`/finding-and-discussions/`);
        await page.hover('a[data-cite="zeb2006"]');
        await page.waitFor(visible('.citation-popover'), 'the preview on hover');
        expect(await page.evaluate<string>(`document.querySelector('.citation-popover')?.textContent ?? ''`)).toContain('Zeb, R. (2006)');
        await page.press('Escape');
        await page.waitFor(hidden('.citation-popover'), 'the preview to close on Escape');
        await page.evaluate(`document.querySelector('a[data-cite]:not([data-cite="zeb2006"])')?.focus()`);
        await page.waitFor(visible('.citation-popover'), 'the preview on focus');
      });

      it('a paragraph is one Tab stop, and the right arrow moves on to its citation', async () => {
        await open(`/finding-and-discussions/`);
        // Focus loads the tools that make each paragraph one Tab stop.
        await page.evaluate(`document.querySelector('#finding-and-discussions-p1 a.paragraph-link').focus()`);
        await page.waitFor(`document.activeElement?.getAttribute('aria-keyshortcuts')?.includes('ArrowRight')`, 'the paragraph keys');
        const linksInFirst = `[...document.querySelectorAll('#finding-and-discussions-p1 a[href], #finding-and-discussions-p1 [tabindex]')]`;
        expect(await page.evaluate<number[]>(`${linksInFirst}.map((link) => link.tabIndex).slice(0, 3)`)).toEqual([0, -1, -1]);
        await page.press('ArrowRight');
        await page.waitFor(`document.activeElement === ${linksInFirst}[1]`, 'the second link of the paragraph, focused');
        await page.press('Tab');
        await page.waitFor(`document.activeElement?.closest('.paragraph')?.id === 'finding-and-discussions-p2'`, 'the next paragraph, after one Tab');
      });

      if (engine.limits.touch) console.warn(`\n!!! ${engine.name}: the tap scenario is skipped: ${engine.limits.touch}.\n`);
      it.skipIf(!!engine.limits.touch)('a tap on a citation previews it and keeps the reader in place', async () => {
        await open(`/finding-and-discussions/`);
        const before = await page.evaluate<string>('location.href');
        await page.tap('a[data-cite="zeb2006"]');
        await page.waitFor(visible('.citation-popover'), 'the preview on tap');
        expect(await page.evaluate<string>('location.href')).toBe(before);
      });

      it('"Cited in" leads back to the citation in its paragraph', async () => {
        await open(`/references/`);
        await page.click('#ref-blank2021 .cited-in a');
        // The browser scrolls to the fragment once the page is laid out: wait for that, not for a moment.
        await page.waitFor(
          `location.hash === '#introduction-cite5' && (() => { const top = document.getElementById('introduction-cite5')?.getBoundingClientRect().top; return top !== undefined && top >= 0 && top < innerHeight; })()`,
          'the citation, in view',
        );
      });

      for (const query of ['Gwadar', 'Pakistan India']) {
        it(`the header search answers "${query}", and the result opens with the words marked`, async () => {
          await open(`/literature/`);
          await page.type('#site-search', query);
          await page.waitFor(headerResultsFor(query), `results for ${query}`);
          await page.click(firstHeaderResult);
          await page.waitFor(`location.search.includes('pagefind-highlight') && document.querySelectorAll('main mark').length > 0`, 'marks on arrival');
        });
      }

      it('the search page answers a query in its address', async () => {
        await open(`/search/?q=${encodeURIComponent('regional security')}`);
        await page.waitFor(`document.querySelectorAll('#search-page-results a.search-result').length > 0`, 'results on /search/');
      });

      it('a chosen theme is kept on the next page', async () => {
        await open(`/introduction/`);
        const light = await page.evaluate<string>(`getComputedStyle(document.body).backgroundColor`);
        await page.select('[data-theme-select]', 'dark');
        await page.waitFor(`document.documentElement.dataset.theme === 'dark'`, 'the dark theme');
        await open(`/references/`);
        expect(await page.evaluate<string | undefined>('document.documentElement.dataset.theme')).toBe('dark');
        expect(await page.evaluate<string>(`getComputedStyle(document.body).backgroundColor`)).not.toBe(light);
        await page.evaluate(`localStorage.clear()`);
      });

      it('no page scrolls sideways at 375 px', async () => {
        await page.resize(375, 800);
        for (const path of READING_PAGES) {
          await open(path);
          const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
          expect(overflow, path).toBeLessThanOrEqual(0);
        }
        await page.resize(1280, 900);
      });

      it('no Content-Security-Policy violation was reported', async () => {
        // Reports are sent asynchronously; give the last page's a moment to arrive.
        await new Promise((done) => setTimeout(done, 500));
        expect(cspReports).toEqual([]);
      });
    });
  }

  describe.skipIf(skip)(`${engine.name}, without JavaScript`, () => {
    let server: Server;
    let origin = '';
    let withJs: Awaited<ReturnType<Engine['open']>>;
    let withoutJs: Awaited<ReturnType<Engine['open']>>;
    beforeAll(async () => {
      ({ server, origin } = await serveStatic(distDir));
      withJs = await engine.open();
      withoutJs = await engine.open({ javaScript: false });
    });
    afterAll(async () => {
      await withJs?.close();
      await withoutJs?.close();
      server?.close();
    });

    it('every page reads in full, as it does with JavaScript', async () => {
      const [a, b] = [await withJs.page(), await withoutJs.page()];
      for (const path of READING_PAGES) {
        await a.goto(`${origin}${path}`);
        await b.goto(`${origin}${path}`);
        expect(await b.evaluate<boolean>(`document.documentElement.classList.contains('js')`), `${path}: scripts ran`).toBe(false);
        const [scripted, plain] = [await a.evaluate<string>(mainText), await b.evaluate<string>(mainText)];
        expect(plain.length, path).toBeGreaterThan(200);
        expect(plain, path).toBe(scripted);
      }
    });
  });
}
