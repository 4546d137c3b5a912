import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/** What a first view downloads, by kind, in gzip bytes. */
export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
export type PageBytes = Record<Kind, number>;

/** Budgets in KB gzip: what a reader on a slow connection pays for a first view. */
export const BYTE_BUDGETS = {
  /** A section page's first view, everything included. */
  sectionKB: 15,
  /** JavaScript a section page downloads before search (or any other tool) is used. */
  sectionJsKB: 2,
  /** Any page's first view. */
  pageKB: 40,
};

/** The pages measured, by the kind of page a reader meets. Paths starting "section" get the section budgets. */
export const MEASURED_PAGES: Record<string, string> = {
  home: '/',
  'section (Finding and Discussions)': '/finding-and-discussions/',
  'section (Literature)': '/literature/',
  'section (Introduction)': '/introduction/',
  references: '/references/',
  glossary: '/glossary/',
  timeline: '/timeline/',
  search: '/search/',
  'whole article': '/article/',
};

const kindOf = (type: string, url: string): Kind =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' || /\.woff2?$/.test(url) ? 'font' : 'other';

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Gzip bytes by kind that a first view of `url` downloads in Chromium, with an empty cache. */
export async function firstViewBytes(browser: Browser, url: string): Promise<PageBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: PageBytes = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  const pending: Promise<void>[] = [];
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
        // A response without a body (a redirect) downloads nothing worth counting.
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return sizes;
}

export const totalBytes = (bytes: PageBytes) => bytes.html + bytes.css + bytes.js + bytes.font + bytes.other;

/** The budgets `bytes` of the page named `name` breaks, as sentences; empty when it keeps them all. */
export function overBudget(name: string, bytes: PageBytes): string[] {
  const kb = (n: number) => (n / 1024).toFixed(1);
  const total = totalBytes(bytes);
  const over: string[] = [];
  if (name.startsWith('section') && total > BYTE_BUDGETS.sectionKB * 1024) over.push(`${name}: ${kb(total)} KB (budget ${BYTE_BUDGETS.sectionKB} KB)`);
  if (name.startsWith('section') && bytes.js > BYTE_BUDGETS.sectionJsKB * 1024)
    over.push(`${name}: ${kb(bytes.js)} KB of JavaScript (budget ${BYTE_BUDGETS.sectionJsKB} KB)`);
  if (total > BYTE_BUDGETS.pageKB * 1024) over.push(`${name}: ${kb(total)} KB (budget ${BYTE_BUDGETS.pageKB} KB)`);
  return over;
}
