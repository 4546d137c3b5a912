import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheManifest } from '../../src/offline/precache.ts';

const sites: string[] = [];
/** A tiny built site in a temporary folder. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'precache-'));
  sites.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
afterEach(() => sites.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const files = {
  'index.html': 'home',
  'literature/index.html': 'literature',
  '404.html': 'not found',
  'article.pdf': '%PDF-',
  'pagefind/pagefind.js': 'search',
  'pagefind/pagefind-ui.js': 'stock UI',
  'og-image.png': 'card',
  'sw.js': 'worker',
};

describe('the precache', () => {
  it('lists every file a reader may ask for, at the URL it is served from under the base', () => {
    const { urls, notFound, bytes } = precacheManifest(site(files), '/sco-pakistan/');
    expect(urls.sort()).toEqual(
      ['/sco-pakistan/', '/sco-pakistan/literature/', '/sco-pakistan/404.html', '/sco-pakistan/article.pdf', '/sco-pakistan/pagefind/pagefind.js'].sort(),
    );
    expect(notFound).toBe('/sco-pakistan/404.html');
    expect(bytes).toBe(['home', 'literature', 'not found', '%PDF-', 'search'].join('').length);
  });

  it('names its cache after the build: the same files give the same name, any change a new one', () => {
    const name = (changes: Record<string, string> = {}, worker = '') => precacheManifest(site({ ...files, ...changes }), '/', worker).cacheName;
    expect(name()).toBe(name());
    expect(name({ 'literature/index.html': 'literature, revised' })).not.toBe(name());
    expect(name({ 'pagefind/pagefind.js': 'new index' })).not.toBe(name());
    expect(name({}, 'new worker code')).not.toBe(name());
    expect(name({ 'sw.js': 'another worker file' })).toBe(name());
    expect(name()).toMatch(/^sco-pakistan-edition:\/:[0-9a-f]{16}$/);
  });
});
