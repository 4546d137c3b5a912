import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from '@playwright/test';
import type { Server } from 'node:http';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';
import { serveStatic } from '../support/static-server.ts';
import { firstViewBytes, MEASURED_PAGES, overBudget } from '../support/page-bytes.ts';

// Bytes do not depend on how busy the machine is, so their budgets are tested here; timings are only
// measured, in `npm run bench`.
describe('every kind of page keeps its byte budget on a first view', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    ({ server, origin } = await serveStatic(distDir));
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  afterAll(async () => {
    await browser.close();
    server.close();
  });

  it.each(Object.entries(MEASURED_PAGES))('%s (%s)', async (name, path) => {
    const bytes = await firstViewBytes(browser, origin + path);
    expect(bytes.html, 'the page itself was measured').toBeGreaterThan(1000);
    expect(overBudget(name, bytes)).toEqual([]);
  });
});
