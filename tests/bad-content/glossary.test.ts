import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent } from '../support/fixture-build.ts';

describe.concurrent('a bad glossary stops the build, naming the file', () => {
  it('an abbreviation the article never uses', async () => {
    const build = await buildWithContent((dir) =>
      appendFileSync(join(dir, 'glossary.yaml'), '- term: WTO\n  expansion: World Trade Organization\n  spelledOut: editor\n'),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/glossary\.yaml: WTO is used nowhere in the article/);
  });

  it('a glossary that is not YAML', async () => {
    const build = await buildWithContent((dir) => writeFileSync(join(dir, 'glossary.yaml'), '- term: [\n'));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/glossary\.yaml is not valid YAML/);
  });
});
