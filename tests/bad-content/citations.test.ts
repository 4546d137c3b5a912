import { describe, expect, it } from 'vitest';
import { buildWithContent, editContent as edit } from '../support/fixture-build.ts';

describe.concurrent('bad citations and bibliographies stop the build, naming the file and the key', () => {
  it('an unknown citation key', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'sections/conclusion.mdx', (text) => text.replace('future peace and development.', 'future peace and development [@nobody1999].')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/conclusion\.mdx/);
    expect(build.output).toMatch(/unknown citation key "@nobody1999"/);
  });

  it('a citation inside emphasis, which rehype-citation would leave raw', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'sections/conclusion.mdx', (text) => text.replace('future peace and development.', 'future peace and *development [@zeb2006]*.')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/conclusion\.mdx/);
    expect(build.output).toMatch(/\[@zeb2006\] inside <em> was not rendered/);
  });

  it('a restyled citation whose printed form is missing, and a printed form that repeats its label', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'printed-citations.json', (text) => text.replace('"mariani2013": "(Mariani, Oct, 2013)"', '"mariani2013": "(Mariani, 2013)"')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/literature\.mdx/);
    expect(build.output).toMatch(/\(Mariani, 2013\) of "mariani2013" in content\/printed-citations\.json is the citation's own label/);
    const missing = await buildWithContent((dir) =>
      edit(dir, 'printed-citations.json', (text) => text.replace('"fallon2015": "(Fallon, July, 2015)",', '')),
    );
    expect(missing.status).not.toBe(0);
    expect(missing.output).toMatch(/finding-and-discussions\.mdx/);
    expect(missing.output).toMatch(/\(Fallon, 2015\) of "fallon2015" restyles the print[\s\S]*content\/printed-citations\.json/);
  });

  it('two works with one key', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'references.json', (text) => text.replace('"id": "rafi2018"', '"id": "zeb2006"')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/references\.json: the key "zeb2006" is used by two works/);
  });

  it('a bibliography that does not parse', async () => {
    const build = await buildWithContent((dir) => edit(dir, 'references.json', (text) => text.slice(0, -20)));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/references\.json is not valid JSON/);
  });

  it('a work that nothing cites', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'sections/finding-and-discussions.mdx', (text) => text.replace(' [@zeb2006]', '')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/references\.json: "zeb2006" is cited nowhere/);
  });

  it('a citation left raw in a built page, outside the Markdown pipeline', async () => {
    const build = await buildWithContent((dir) =>
      edit(dir, 'article.yaml', (text) => text.replace('prepared crime.', 'prepared crime [@zeb2006].')),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/Unrendered citations in the built site:[\s\S]*index\.html: \[@zeb2006\]/);
  });
});
