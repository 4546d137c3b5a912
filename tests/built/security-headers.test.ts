import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { builtPages, distDir, readPage } from '../support/dist.ts';
import { headersFromFile } from '../support/static-server.ts';
import { headerPolicy, nginxHeaders, POLICY_DIRECTIVES, securityHeaders } from '../../src/site/security-policy.ts';

describe('the site keeps a strict policy on any host', () => {
  it.each(builtPages().map(({ path }) => [path]))('%s runs no inline script, so a same-origin-only header blocks nothing', (path) => {
    const scripts = selectAll('script', readPage(path));
    expect(scripts.length).toBeGreaterThan(0);
    const inline = scripts.filter((el) => !el.properties['src'] && el.properties['type'] !== 'application/ld+json');
    expect(inline.map((el) => String(el.properties['type'] ?? 'classic'))).toEqual([]);
  });

  it('writes dist/_headers with the whole policy, frame-ancestors included, and the other security headers', () => {
    const headers = headersFromFile(distDir);
    expect(headers).toEqual(securityHeaders());
    const policy = headers['Content-Security-Policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });

  it('sends the same directives in every page\'s meta policy as in the header', () => {
    for (const { path } of builtPages()) {
      const [meta] = selectAll('meta[http-equiv="content-security-policy"]', readPage(path));
      const content = String(meta?.properties['content'] ?? '');
      for (const directive of POLICY_DIRECTIVES) expect(content, path).toContain(directive);
      expect(headerPolicy()).toContain(POLICY_DIRECTIVES.join('; '));
    }
  });

  it('gives nginx deployers in the README the same headers', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    expect(readme).toContain(nginxHeaders());
  });
});
