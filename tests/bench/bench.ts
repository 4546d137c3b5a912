/**
 * `npm run bench`: builds the site, then measures in Chromium what readers pay: build time (Astro, with
 * its Pagefind index), the gzip bytes each kind of page downloads on first view, and search speed. Exits
 * non-zero when a budget is broken.
 */
import { execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

const budgets = {
  /** A section page's first view, everything included (KB gzip). */
  sectionKB: 15,
  /** JavaScript a section page downloads before search is used (KB gzip). */
  sectionJsKB: 2,
  /** Any page's first view (KB gzip). */
  pageKB: 40,
  /**
   * Search: first results after the first keystroke, with a cold cache (median of runs). The index
   * starts downloading when the box gets focus; the keystroke follows 100 ms later, a fast reader's
   * pace. The same with no gap at all is reported too, unenforced.
   */
  firstResultsMs: 150,
  /** Search: each later keystroke (median). */
  keystrokeMs: 20,
};

function timed(command: string): number {
  const start = performance.now();
  execSync(command, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const skipBuild = process.argv.includes('--no-build');
const astroMs = skipBuild ? NaN : timed('astro build --silent');

const { server, origin } = await serveStatic('dist');
const browser = await chromium.launch(chromiumLaunchOptions());

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const kindOf = (type: string, url: string): Kind =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' || /\.woff2?$/.test(url) ? 'font' : 'other';

/** Gzip bytes by kind that a first view of `path` downloads, with an empty cache. */
async function firstView(browser: Browser, path: string): Promise<Record<Kind, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  const pending: Promise<void>[] = [];
  const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const kind = kindOf(response.request().resourceType(), response.url());
          if (kind !== 'html') {
            sizes[kind] += gz(body);
            return;
          }
          // Inline scripts are JavaScript the reader downloads too: count them as JS, not HTML.
          const html = body.toString('utf8');
          const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map(
            (m) => m[1] ?? '',
          );
          const scripts = inline.join('\n');
          sizes.js += scripts ? gz(scripts) : 0;
          sizes.html += gz(inline.reduce((rest, script) => rest.replace(script, ''), html));
        },
        () => undefined,
      ),
    );
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return sizes;
}

/** Milliseconds from the first keystroke (`gapMs` after focus) to results, then for each later keystroke. */
async function searchTimings(browser: Browser, query: string, gapMs: number): Promise<{ first: number; later: number[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/literature/`, { waitUntil: 'networkidle' });
  const timings = await page.evaluate(async ({ query, gapMs }) => {
    const input = document.querySelector<HTMLInputElement>('#site-search')!;
    const list = document.querySelector<HTMLElement>('#site-search-results')!;
    const type = (value: string) =>
      new Promise<number>((done) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (list.dataset['query'] === value) {
            observer.disconnect();
            done(performance.now() - start);
          }
        });
        observer.observe(list, { attributes: true, childList: true });
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    input.focus();
    await new Promise((done) => setTimeout(done, gapMs));
    const first = await type(query.slice(0, 1));
    const later: number[] = [];
    for (let i = 2; i <= query.length; i += 1) later.push(await type(query.slice(0, i)));
    return { first, later };
  }, { query, gapMs });
  await context.close();
  return timings;
}

const pages = {
  home: '/',
  'section (Finding and Discussions)': '/finding-and-discussions/',
  'section (Literature)': '/literature/',
  references: '/references/',
  glossary: '/glossary/',
  search: '/search/',
  'search with ?q= (search in use; no page budget)': '/search/?q=CPEC',
  'whole article': '/article/',
};

const rows: string[] = [];
const failures: string[] = [];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
rows.push('| page | HTML | CSS | JS | fonts | other | total (KB gzip) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, path] of Object.entries(pages)) {
  const s = await firstView(browser, path);
  const total = s.html + s.css + s.js + s.font + s.other;
  rows.push(`| ${name} | ${kb(s.html)} | ${kb(s.css)} | ${kb(s.js)} | ${kb(s.font)} | ${kb(s.other)} | ${kb(total)} |`);
  if (name.startsWith('section') && total > budgets.sectionKB * 1024) failures.push(`${name}: ${kb(total)} KB (budget ${budgets.sectionKB} KB)`);
  if (name.startsWith('section') && s.js > budgets.sectionJsKB * 1024) failures.push(`${name}: ${kb(s.js)} KB of JavaScript (budget ${budgets.sectionJsKB} KB)`);
  if (!path.includes('?q=') && total > budgets.pageKB * 1024) failures.push(`${name}: ${kb(total)} KB (budget ${budgets.pageKB} KB)`);
}

const cold: number[] = [];
const coldNoGap: number[] = [];
const warm: number[] = [];
for (let run = 0; run < 5; run += 1) {
  for (const query of ['CPEC', 'RATS', 'security']) {
    const { first, later } = await searchTimings(browser, query, 100);
    cold.push(first);
    warm.push(...later);
    coldNoGap.push((await searchTimings(browser, query, 0)).first);
  }
}
const firstMs = median(cold);
const keystrokeMs = median(warm);
if (firstMs > budgets.firstResultsMs) failures.push(`first search results took ${firstMs.toFixed(0)} ms (budget ${budgets.firstResultsMs} ms)`);
if (keystrokeMs > budgets.keystrokeMs) failures.push(`a later keystroke took ${keystrokeMs.toFixed(1)} ms (budget ${budgets.keystrokeMs} ms)`);

await browser.close();
server.close();

console.log('\n## Benchmark\n');
console.log(`| build | ms |\n| --- | ---: |\n| Astro, Pagefind included | ${astroMs.toFixed(0)} |\n`);
console.log(rows.join('\n'));
console.log(
  `\n| search | median ms | worst ms |\n| --- | ---: | ---: |\n| first results, cold, keystroke 100 ms after focus | ${firstMs.toFixed(1)} | ${Math.max(...cold).toFixed(1)} |\n| first results, cold, keystroke at focus (not enforced) | ${median(coldNoGap).toFixed(1)} | ${Math.max(...coldNoGap).toFixed(1)} |\n| later keystroke | ${keystrokeMs.toFixed(1)} | ${Math.max(...warm).toFixed(1)} |`,
);
if (failures.length > 0) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
