/**
 * `npm run bench`: what readers pay, measured on this machine. Builds the site (median of several
 * builds), typesets the PDF again (median), counts the offline precache, then in Chromium the gzip bytes each kind of page downloads on a first view, and search speed
 * in the header box with a cold cache: first keystroke to results on screen, then each later keystroke,
 * for one-word and three-word queries. Times are medians with their spread, and a time past its goal is a
 * warning, never a failure: wall-clock time depends on how busy the machine is. Bytes do not, so a byte
 * budget broken exits non-zero here (and fails `npm test`, in tests/built/budgets.test.ts).
 *
 * Options: --no-build (measure the dist/ there is), --builds N, --runs N (search repetitions).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { firstViewBytes, MEASURED_PAGES, overBudget, totalBytes } from '../support/page-bytes.ts';
import { typesetArticle } from '../../src/pdf/pdf-integration.ts';
import { precacheManifest } from '../../src/offline/precache.ts';

/** Goals for search speed on this machine (ms, medians): reported against, never enforced. */
const SEARCH_GOALS = { firstResultsMs: 150, keystrokeMs: 20 };

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const skipBuild = process.argv.includes('--no-build');
const builds = option('--builds', 3);
const runs = option('--runs', 5);

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
/** Median with the middle half of the values around it: "120 (110–140)". */
function spread(values: number[]): string {
  const s = sorted(values);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return `${median(values).toFixed(1)} (${q(0.25).toFixed(1)}–${q(0.75).toFixed(1)})`;
}

const buildMs: number[] = [];
for (let i = 0; !skipBuild && i < builds; i += 1) {
  const start = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  buildMs.push(performance.now() - start);
}

// The PDF typeset again from the built site, as the build does, and what the service worker precaches.
const pdfMs: number[] = [];
let pdfBytes = 0;
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  pdfBytes = typesetArticle('dist').length;
  pdfMs.push(performance.now() - start);
}
const precache = precacheManifest('dist', '/');

const { server, origin } = await serveStatic('dist');
const browser = await chromium.launch(chromiumLaunchOptions());

/**
 * In a fresh context (cold cache), focuses the header search box on a section page, waits `gapMs`, then
 * types `query` a character at a time; returns ms from each keystroke until the results for it are on
 * screen (the results list's data-query names the query it shows).
 */
async function typeQuery(browser: Browser, query: string, gapMs: number): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/literature/`, { waitUntil: 'networkidle' });
  const timings = await page.evaluate(
    async ({ query, gapMs }) => {
      const input = document.querySelector<HTMLInputElement>('#site-search');
      const list = document.querySelector<HTMLElement>('#site-search-results');
      if (!input || !list) throw new Error('no header search box (#site-search, #site-search-results)');
      const type = (value: string) =>
        new Promise<number>((done, fail) => {
          const start = performance.now();
          // The box searches the query as it normalises it: trimmed, spaces folded.
          const expected = value.replace(/\s+/g, ' ').trim();
          const timer = setTimeout(() => fail(new Error(`no results on screen for "${value}" after 20 s`)), 20_000);
          const observer = new MutationObserver(() => {
            if (list.dataset['query'] === expected) {
              clearTimeout(timer);
              observer.disconnect();
              done(performance.now() - start);
            }
          });
          observer.observe(list, { attributes: true, childList: true, subtree: true });
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
      input.focus();
      await new Promise((done) => setTimeout(done, gapMs));
      const times: number[] = [];
      for (let i = 1; i <= query.length; i += 1) times.push(await type(query.slice(0, i)));
      return times;
    },
    { query, gapMs },
  );
  await context.close();
  return timings;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const byteRows = ['| page | HTML | CSS | JS | fonts | other | total (KB gzip) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
const overBytes: string[] = [];
for (const [name, path] of Object.entries({ ...MEASURED_PAGES, 'search in use (?q=CPEC; no budget)': '/search/?q=CPEC' })) {
  const s = await firstViewBytes(browser, origin + path);
  byteRows.push(`| ${name} | ${kb(s.html)} | ${kb(s.css)} | ${kb(s.js)} | ${kb(s.font)} | ${kb(s.other)} | ${kb(totalBytes(s))} |`);
  if (!path.includes('?q=')) overBytes.push(...overBudget(name, s));
}

const queries = { 'one word': ['CPEC', 'RATS', 'security'], 'three words': ['Pakistan India security', 'terrorism in Afghanistan', 'Gwadar port China'] };
const searchRows = ['| search (header box, cold cache) | median ms (middle half) | worst ms | goal ms |', '| --- | ---: | ---: | ---: |'];
const warnings: string[] = [];
for (const [kind, list] of Object.entries(queries)) {
  const first: number[] = [];
  const firstNoGap: number[] = [];
  const later: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const query of list) {
      // A reader's pace: the first keystroke 100 ms after focus, while the index starts loading.
      const [head = NaN, ...rest] = await typeQuery(browser, query, 100);
      first.push(head);
      later.push(...rest);
      firstNoGap.push((await typeQuery(browser, query.slice(0, 1), 0))[0] ?? NaN);
    }
  }
  searchRows.push(
    `| ${kind}: first results, keystroke 100 ms after focus | ${spread(first)} | ${Math.max(...first).toFixed(1)} | ${SEARCH_GOALS.firstResultsMs} |`,
    `| ${kind}: first results, keystroke at focus | ${spread(firstNoGap)} | ${Math.max(...firstNoGap).toFixed(1)} | |`,
    `| ${kind}: each later keystroke | ${spread(later)} | ${Math.max(...later).toFixed(1)} | ${SEARCH_GOALS.keystrokeMs} |`,
  );
  if (median(first) > SEARCH_GOALS.firstResultsMs) warnings.push(`${kind}: first results took ${median(first).toFixed(0)} ms (goal ${SEARCH_GOALS.firstResultsMs} ms)`);
  if (median(later) > SEARCH_GOALS.keystrokeMs) warnings.push(`${kind}: a later keystroke took ${median(later).toFixed(1)} ms (goal ${SEARCH_GOALS.keystrokeMs} ms)`);
}

await browser.close();
server.close();

console.log(`\n## Benchmark\n\nMachine: ${cpus().length} CPUs, load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} (1 / 5 / 15 min) at the end.\n`);
if (buildMs.length) console.log(`| build (npm run build) | median ms (middle half) | runs |\n| --- | ---: | ---: |\n| whole site | ${spread(buildMs)} | ${buildMs.length} |\n`);
console.log(byteRows.join('\n'));
console.log(
  `\n| take-away | figure |\n| --- | ---: |\n| PDF bytes | ${pdfBytes.toLocaleString('en')} (${kb(pdfBytes)} KB) |\n| PDF typesetting, median ms (middle half) | ${spread(pdfMs)} |\n| offline precache, files | ${precache.urls.length} |\n| offline precache, bytes (gzip) | ${precache.bytes.toLocaleString('en')} (${kb(precache.gzipBytes)} KB gzip) |`,
);
console.log(`\n${searchRows.join('\n')}`);
if (warnings.length) console.warn(`\nSlower than the goals on this machine now (not a failure; see the load average):\n  ${warnings.join('\n  ')}`);
if (overBytes.length) {
  console.error(`\nOver a byte budget:\n  ${overBytes.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll byte budgets met.');
