import { describe, expect, it } from 'vitest';
import { buildWithEnv, type FixtureBuild } from '../support/fixture-build.ts';

// A production build that will put http://localhost:4321 into every canonical link and citation URL says
// so, once, naming SITE_URL; a build given SITE_URL says nothing about it.
const notice = (build: FixtureBuild) => build.output.split('\n').filter((line) => line.includes('SITE_URL'));

describe('the SITE_URL notice', () => {
  // Both builds side by side: they share nothing but node_modules.
  const builds = Promise.all([buildWithEnv({}), buildWithEnv({ SITE_URL: 'https://example.org', SITE_BASE: '/sco-pakistan/' })]);

  it('appears once, on one line naming the variable and the URL used, in a build without SITE_URL', async () => {
    const [without] = await builds;
    expect(without.status, without.output).toBe(0);
    expect(notice(without)).toHaveLength(1);
    expect(notice(without)[0]).toMatch(/SITE_URL is not set.*http:\/\/localhost:4321\//);
  });

  it('is absent from a build with SITE_URL', async () => {
    const [, withSite] = await builds;
    expect(withSite.status, withSite.output).toBe(0);
    expect(notice(withSite)).toEqual([]);
  });
});
