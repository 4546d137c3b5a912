import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { buildFixture } from '../support/fixture-build.ts';
import { builtPages } from '../support/dist.ts';

/** Every same-site URL a built page links to or loads, and its canonical URL. */
function pageUrls(distDir: string) {
  return builtPages(distDir).map(({ path, file }) => {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const urls = selectAll('[href], [src]', tree)
      .map((el) => String(el.properties['href'] ?? el.properties['src']))
      .filter((url) => !/^(mailto:|#|https?:)/.test(url));
    const canonical = selectAll('link[rel~="canonical"]', tree).map((el) => String(el.properties['href']));
    return { path, urls, canonical };
  });
}

describe('a build for a sub-path deployment', () => {
  const build = buildFixture({
    env: { SITE_URL: 'https://example.org', SITE_BASE: '/sco-pakistan/' },
    inspect: pageUrls,
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.inspected?.length).toBeGreaterThan(5);
  });

  it('puts every same-site link and asset under SITE_BASE', () => {
    const outside = (build.inspected ?? []).flatMap(({ path, urls }) =>
      urls.filter((url) => !url.startsWith('/sco-pakistan/')).map((url) => `${path}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it('gives every page a canonical URL on SITE_URL under SITE_BASE', () => {
    for (const { path, canonical } of build.inspected ?? []) {
      if (path === '/404.html') continue;
      expect(canonical).toEqual([`https://example.org/sco-pakistan${path}`]);
    }
  });
});
