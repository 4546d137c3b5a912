import { describe, expect, it } from 'vitest';
import { buildWithContent, editContent as edit } from '../support/fixture-build.ts';

describe.concurrent('bad timeline events stop the build, naming the file', () => {
  it('an event with no date', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'sections/finding-and-discussions.mdx', (text) => text.replace('id="rats-established" date="2004"', 'id="rats-established"')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/finding-and-discussions\.mdx/);
    expect(build.output).toMatch(/<TimelineEvent id="rats-established"> has no date/);
  });

  it('an event whose date cannot be read', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'sections/finding-and-discussions.mdx', (text) => text.replace('date="2004"', 'date="the year 2004"')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/finding-and-discussions\.mdx[\s\S]*"the year 2004" is not a date the timeline understands/);
  });

  it('two events claiming the same anchor in one file', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'sections/finding-and-discussions.mdx', (text) => text.replace('id="hussain-visit"', 'id="cpec-investment"')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/finding-and-discussions\.mdx[\s\S]*two events claim the anchor "event-cpec-investment"/);
  });

  it('two events claiming the same anchor in two files', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'sections/finding-and-discussions.mdx', (text) => text.replace('id="rats-established"', 'id="trade-council"')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/Two events claim the anchor "event-trade-council": .*literature\.mdx and .*finding-and-discussions\.mdx/);
  });
});
