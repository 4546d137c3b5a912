import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser.ts';

/**
 * End-to-end tests in real Chromium against the built site in dist/ (`npm run build` first), served by
 * tests/support/e2e-server.ts on a free port. The timeouts are sized for one page's work on a busy
 * two-CPU machine; nothing here is a speed claim (timings live in `npm run bench`).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  globalSetup: './tests/support/e2e-server.ts',
  use: {
    // Set by the global setup before any worker starts; undefined only while the runner reads this file.
    ...(process.env['E2E_ORIGIN'] && { baseURL: process.env['E2E_ORIGIN'] }),
    // The service worker answers from its cache, past page.route: tests that block a request to see a
    // failure would see none. tests/e2e/offline.spec.ts allows it, for the tests that are about it.
    serviceWorkers: 'block',
    navigationTimeout: 30_000,
    actionTimeout: 15_000,
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
});
