import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/site/urls.ts';

describe('withBase', () => {
  it('joins a site path to the base without doubling slashes', () => {
    expect(withBase('literature/', '/')).toBe('/literature/');
    expect(withBase('/literature/', '/sco-pakistan/')).toBe('/sco-pakistan/literature/');
    expect(withBase('', '/sco-pakistan')).toBe('/sco-pakistan/');
  });
});
