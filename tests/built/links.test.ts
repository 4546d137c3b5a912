import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links.ts';
import { distDir } from '../support/dist.ts';

describe('every same-site link in dist/ resolves', () => {
  const { checked, broken } = checkLinks(distDir, '/');

  it('checks the links of every page, citations and backlinks included', () => {
    expect(checked.pages).toBeGreaterThanOrEqual(11);
    expect(checked.links).toBeGreaterThan(400);
    expect(checked.fragments).toBeGreaterThan(200);
  });

  it('finds no link to a missing page or a missing #fragment', () => {
    expect(broken).toEqual([]);
  });
});

describe('the link checker', () => {
  it('reports a missing page and a missing fragment, and accepts good ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a', 'index.html'), '<p id="here">A</p>');
      writeFileSync(
        join(dir, 'index.html'),
        '<a href="/a/#here">ok</a><a href="/a/#gone">bad fragment</a><a href="/b/">bad page</a><a href="#top">bad local</a>',
      );
      expect(checkLinks(dir, '/').broken).toEqual(['/: /a/#gone', '/: /b/', '/: #top']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
