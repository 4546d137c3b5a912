import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import rehypeParagraphIds from '../../src/article/rehype-paragraph-ids.ts';

async function render(markdown: string, path = '/x/content/sections/literature.mdx'): Promise<string> {
  const file = new VFile({ value: markdown, path });
  const result = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeParagraphIds)
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

describe('rehypeParagraphIds', () => {
  it('numbers paragraphs and list items in reading order, prefixed by the section, each with a ¶ permalink', async () => {
    const html = await render('## Aims\n\nOne.\n\n- first\n- second\n\nTwo.');
    const link = (n: number) =>
      ` <a href="#literature-p${n}" class="paragraph-link" aria-label="Link to paragraph ${n}" data-pagefind-ignore="">¶</a>`;
    expect(html).toContain(`<p id="literature-p1" class="paragraph">One.${link(1)}</p>`);
    expect(html).toContain(`<li id="literature-p2" class="paragraph">first${link(2)}</li>`);
    expect(html).toContain(`<li id="literature-p3" class="paragraph">second${link(3)}</li>`);
    expect(html).toContain(`<p id="literature-p4" class="paragraph">Two.${link(4)}</p>`);
    expect(html).not.toMatch(/<h2[^>]*id=/);
  });

  it('leaves nested paragraphs alone', async () => {
    const html = await render('> quoted\n\nText.');
    expect(html).toContain('<p>quoted</p>');
    expect(html).toContain('id="literature-p1"');
  });

  it('refuses a section file whose name cannot be an id', async () => {
    await expect(render('Text.', '/x/content/sections/My Section.mdx')).rejects.toThrow(/My Section\.mdx/);
  });
});
