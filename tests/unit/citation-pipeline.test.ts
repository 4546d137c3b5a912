import { describe, expect, it } from 'vitest';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { loadBibliography } from '../../src/citations/bibliography.ts';
import { loadGlossary } from '../../src/glossary/glossary.ts';
import { articleRehypePlugins } from '../../src/markdown/pipeline.ts';
import { loadPrintedCitations, withPrintedForms } from '../../src/citations/printed-citations.ts';

const references = loadBibliography();
const glossary = loadGlossary();
const printed = loadPrintedCitations(references);

/** Runs a section's Markdown through the site's own rehype pipeline. */
async function render(markdown: string, base = '/', printedForms = printed) {
  const file = new VFile({ value: markdown, path: `${process.cwd()}/content/sections/literature.mdx` });
  const plugins = articleRehypePlugins({ root: process.cwd(), base, references, glossary, printed: printedForms }) as PluggableList;
  const result = await unified().use(remarkParse).use(remarkRehype).use(plugins).use(rehypeStringify).process(file);
  return { html: String(result), frontmatter: result.data.astro?.frontmatter ?? {} };
}

describe('the citation pipeline', () => {
  it('labels a lone Giustozzi citation as the reference list does (2008b), not plain 2008', async () => {
    const { html } = await render('Text [@giustozzi2008article].');
    expect(html).toContain('>Giustozzi, 2008b</a>');
  });

  it('links each citation to its entry on the references page, under the base path', async () => {
    const { html } = await render('Text [@zeb2006].', '/sco-pakistan/');
    expect(html).toContain('href="/sco-pakistan/references/#ref-zeb2006"');
    expect(html).toContain('aria-describedby="preview-zeb2006"');
  });

  it('records where each citation stands, for the "Cited in" backlinks', async () => {
    const { frontmatter } = await render('One [@zeb2006].\n\nTwo [@akiner2010] and [@zeb2006].');
    expect(frontmatter['citations']).toEqual([
      { key: 'zeb2006', section: 'literature', paragraph: 'literature-p1', id: 'literature-cite1' },
      { key: 'akiner2010', section: 'literature', paragraph: 'literature-p2', id: 'literature-cite2' },
      { key: 'zeb2006', section: 'literature', paragraph: 'literature-p2', id: 'literature-cite3' },
    ]);
  });

  it('marks Cyrillic labels as Russian', async () => {
    const { html } = await render('Text [@maksim2011].');
    expect(html).toMatch(/<a [^>]*lang="ru"[^>]*>Максим, 2011<\/a>/);
  });

  it('fails on an unknown key, naming the file and the key', async () => {
    await expect(render('Text [@nobody1999].')).rejects.toThrow(/literature\.mdx[\s\S]*unknown citation key "@nobody1999"/);
  });

  it('fails on a citation it cannot render inside emphasis, naming the file', async () => {
    await expect(render('Text *see [@zeb2006]*.')).rejects.toThrow(/literature\.mdx[\s\S]*\[@zeb2006\] inside <em> was not rendered/);
  });

  it('gives the whole article a restyled citation’s printed form, and none to a citation that reads as printed', async () => {
    const { html } = await render('Text [@mariani2013] and [@zeb2006].');
    const whole = withPrintedForms(html, printed);
    expect(whole).toContain('>Mariani, 2013</a>)<span class="printed-as"> [printed as (Mariani, Oct, 2013)]</span>');
    expect(whole).toContain('>Zeb, 2006</a>)</span>');
  });

  it('fails when a restyled citation has no printed form, naming the file and the work', async () => {
    const withoutMariani = new Map([...printed].filter(([key]) => key !== 'mariani2013'));
    await expect(render('Text [@mariani2013].', '/', withoutMariani)).rejects.toThrow(
      /literature\.mdx[\s\S]*\(Mariani, 2013\) of "mariani2013" restyles the print[\s\S]*content\/printed-citations\.json/,
    );
  });

  it('fails when a printed form repeats the label, naming the file and the work', async () => {
    const needless = new Map([...printed, ['zeb2006', '(Zeb, 2006)']]);
    await expect(render('Text [@zeb2006].', '/', needless)).rejects.toThrow(/literature\.mdx[\s\S]*\(Zeb, 2006\) of "zeb2006"[\s\S]*remove it/);
  });
});
