import { describe, expect, it } from 'vitest';
import { buildWithContent, editContent as edit } from '../support/fixture-build.ts';

describe('content the PDF cannot typeset stops the build, naming the file', () => {
  it('a table in a section', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'sections/conclusion.mdx', (text) => `${text}\n\n| Year | Event |\n| --- | --- |\n| 2001 | SCO |\n`),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/sections\/conclusion\.mdx: <table> between paragraphs/);
  });
});
