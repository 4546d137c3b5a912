/**
 * Screenshots every page at phone and desktop width, light and dark, into test-results/screenshots/,
 * so a person can look at what readers see. Needs a running site: `npm start` (or set SITE_ORIGIN).
 * Usage: npm run screenshots [-- path ...]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';

const origin = process.env['SITE_ORIGIN'] ?? 'http://localhost:4321';
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/introduction/', '/literature/', '/finding-and-discussions/', '/article/', '/no-such-page/'];
const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(origin + path);
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({ path: `${outDir}/${name}-${width}-${colorScheme}.png`, fullPage: !!process.env['FULL'] });
    }
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots in ${outDir}/`);
