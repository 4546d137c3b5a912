import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import rehypeParagraphIds from '../../src/article/rehype-paragraph-ids.ts';
import { readRecords } from '../../src/markdown/records.ts';

async function render(markdown: string, path = '/x/content/sections/literature.mdx'): Promise<{ html: string; file: VFile }> {
  const file = new VFile({ value: markdown, path });
  const result = await unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphIds).use(rehypeStringify).process(file);
  return { html: String(result), file };
}

const number = (id: string, n: number) => `<a href="#${id}" class="paragraph-link" data-paragraph="${n}" aria-label="Paragraph ${n}"></a> `;

describe('rehypeParagraphIds', () => {
  it('keeps one id per paragraph and list item, and numbers a list with the paragraph that introduces it', async () => {
    const { html } = await render('Aims are:\n\n- first\n- second\n\nTwo.');
    expect(html).toContain(`<p id="literature-p1" class="paragraph">${number('literature-p1', 1)}Aims are:</p>`);
    expect(html).toContain('<li id="literature-p2" class="paragraph" data-paragraph="1">first</li>');
    expect(html).toContain('<li id="literature-p3" class="paragraph" data-paragraph="1">second</li>');
    expect(html).toContain(`<p id="literature-p4" class="paragraph">${number('literature-p4', 2)}Two.</p>`);
  });

  it('counts again from 1 after every heading, and records each paragraph with the heading it counts from', async () => {
    const { html, file } = await render('One.\n\nTwo.\n\n## Executive *Structure*\n\n- alone\n- list\n\nThree.');
    expect(html).toContain(`<li id="literature-p3" class="paragraph" data-paragraph="1">${number('literature-p3', 1)}alone</li>`);
    expect(html).toContain(`<p id="literature-p5" class="paragraph">${number('literature-p5', 2)}Three.</p>`);
    expect(readRecords(file.data.astro?.frontmatter ?? {}).paragraphs).toEqual([
      { id: 'literature-p1', number: 1 },
      { id: 'literature-p2', number: 2 },
      { id: 'literature-p3', number: 1, heading: 'Executive Structure' },
      { id: 'literature-p4', number: 1, heading: 'Executive Structure' },
      { id: 'literature-p5', number: 2, heading: 'Executive Structure' },
    ]);
    expect(html).not.toMatch(/<h2[^>]*id=/);
  });

  it('leaves nested paragraphs alone', async () => {
    const { html } = await render('> quoted\n\nText.');
    expect(html).toContain('<p>quoted</p>');
    expect(html).toContain('id="literature-p1"');
  });

  it('refuses a section file whose name cannot be an id', async () => {
    await expect(render('Text.', '/x/content/sections/My Section.mdx')).rejects.toThrow(/My Section\.mdx/);
  });
});
