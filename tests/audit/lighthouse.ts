import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

/** The pages the audit covers: the kinds a reader meets. */
export const AUDITED_PAGES = { home: '/', section: '/finding-and-discussions/', references: '/references/', search: '/search/', glossary: '/glossary/' };

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/**
 * Runs Lighthouse, with the machine's Chromium, on each audited page of a built site served from
 * `dist`, and returns the four category scores (0–100) per page.
 */
export async function auditSite(dist = 'dist'): Promise<Record<string, Scores>> {
  const { server, origin } = await serveStatic(dist);
  const { executablePath, args = [] } = chromiumLaunchOptions();
  const chrome = await launch({ ...(executablePath && { chromePath: executablePath }), chromeFlags: ['--headless=new', ...args] });
  try {
    const scores: Record<string, Scores> = {};
    for (const [name, path] of Object.entries(AUDITED_PAGES)) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      scores[name] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      };
    }
    return scores;
  } finally {
    chrome.kill();
    server.close();
  }
}
