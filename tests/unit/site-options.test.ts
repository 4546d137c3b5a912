import { describe, expect, it } from 'vitest';
import { siteOptions } from '../../src/site/options.ts';

describe('siteOptions', () => {
  it('defaults to the local preview origin at the root', () => {
    expect(siteOptions({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });

  it('normalises SITE_BASE to a path with both slashes', () => {
    expect(siteOptions({ SITE_BASE: 'sco-pakistan' }).base).toBe('/sco-pakistan/');
    expect(siteOptions({ SITE_BASE: '/sco-pakistan/' }).base).toBe('/sco-pakistan/');
    expect(siteOptions({ SITE_BASE: '//a/b//' }).base).toBe('/a/b/');
  });

  it('rejects values that would break every link, naming the variable', () => {
    expect(() => siteOptions({ SITE_URL: 'example.org' })).toThrow(/SITE_URL/);
    expect(() => siteOptions({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL/);
    expect(() => siteOptions({ SITE_BASE: '/a b/' })).toThrow(/SITE_BASE/);
    expect(() => siteOptions({ SITE_BASE: '/../x/' })).toThrow(/SITE_BASE/);
  });
});
