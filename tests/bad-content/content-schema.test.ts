import { describe, expect, it } from 'vitest';
import { buildWithContent, editContent as edit } from '../support/fixture-build.ts';

describe.concurrent('content that breaks its schema stops the build', () => {
  it('names the section file and the field when front matter has the wrong type', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'sections/literature.mdx', (text) => text.replace('order: 2', 'order: two')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/literature\.mdx/);
    expect(build.output).toMatch(/order/);
  });

  it('names the section file when a required field is missing', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'sections/conclusion.mdx', (text) => text.replace(/^title: .*\n/m, '')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/conclusion\.mdx/);
    expect(build.output).toMatch(/title/);
  });

  it('names both files when two sections claim the same order', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'sections/conclusion.mdx', (text) => text.replace('order: 5', 'order: 1')),
    );
    expect(build.status).not.toBe(0);
    const files = /order 1: content\/sections\/(\w+)\.mdx and content\/sections\/(\w+)\.mdx/.exec(build.output);
    expect(files?.slice(1).sort()).toEqual(['conclusion', 'introduction']);
  });

  it('names the metadata file and the field when an author points at no affiliation', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'article.yaml', (text) => text.replace('mark: 3', 'mark: 7')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/article\.yaml/);
    expect(build.output).toMatch(/Xu Chang's mark 7/);
  });
});
