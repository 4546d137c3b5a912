import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Chromium as this project's machines have it: Debian's /usr/bin/chromium (or CHROME_PATH), since
 * Playwright cannot download its own browser here. Where neither exists, Playwright's own browser
 * is used, for contributors who installed it. The flags keep a root, offline Chromium quiet.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const executablePath = candidates.find((path): path is string => !!path && existsSync(path));
  return {
    ...(executablePath && { executablePath }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
}
