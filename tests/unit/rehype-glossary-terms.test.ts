import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import rehypeParagraphIds from '../../src/article/rehype-paragraph-ids.ts';
import rehypeGlossaryTerms from '../../src/glossary/rehype-glossary-terms.ts';
import { loadGlossary } from '../../src/glossary/glossary.ts';

async function render(markdown: string) {
  const file = new VFile({ value: markdown, path: '/x/content/sections/finding.mdx' });
  const result = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeParagraphIds)
    .use(rehypeGlossaryTerms, { terms: loadGlossary() })
    .use(rehypeStringify)
    .process(file);
  return { html: String(result), frontmatter: result.data.astro?.frontmatter ?? {} };
}

describe('rehypeGlossaryTerms', () => {
  it('explains only the first use of each abbreviation, with a focusable abbr', async () => {
    const { html } = await render('The RATS met. Again RATS.\n\nThen RATS and CPEC.');
    expect(html.match(/<abbr/g)).toHaveLength(2);
    expect(html).toContain('<abbr title="Regional Anti-Terrorism Structure" tabindex="0" class="term">RATS</abbr> met. Again RATS.');
    expect(html).toContain('<abbr title="China-Pakistan Economic Corridor" tabindex="0" class="term">CPEC</abbr>');
  });

  it('leaves headings and links alone', async () => {
    const { html } = await render('## The SCO\n\n[SCO](https://example.org) and SCO.');
    expect(html).toContain('<h2>The SCO</h2>');
    expect(html).toContain('<a href="https://example.org">SCO</a> and <abbr');
  });

  it('records every paragraph that uses a term by any of its names', async () => {
    const { frontmatter } = await render('The Regional Counter-Terrorism Structure.\n\nThe RATS.');
    expect(frontmatter['glossary']).toEqual([
      { term: 'RATS', paragraph: 'finding-p1' },
      { term: 'RATS', paragraph: 'finding-p2' },
    ]);
  });
});
