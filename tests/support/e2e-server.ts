import { serveStatic } from './static-server.ts';
import { builtPages, distDir } from './dist.ts';

/**
 * Playwright's global setup: serves the dist/ this run built on a free port the system picks, so a run
 * never meets a server (or a build) it did not start. Workers start after this and inherit the origin
 * through the environment, which is where playwright.config.ts reads its baseURL.
 */
export default async function serveBuiltSite(): Promise<() => Promise<void>> {
  builtPages(distDir);
  const { server, origin } = await serveStatic(distDir);
  process.env['E2E_ORIGIN'] = origin;
  return () => new Promise((done) => server.close(() => done()));
}
