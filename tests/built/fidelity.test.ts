import { describe, expect, it } from 'vitest';
import { builtPages, readPage, textsOf, without, withoutEditorial } from '../support/dist.ts';
import { bodySentences, frontMatterBlocks, normalise, sentences, source } from './article-source.ts';

/** The authors' text of a page: its main element, without editor's notes and marks (and superscripts if asked). */
function pageText(path: string, { superscripts = true } = {}): string {
  const tree = withoutEditorial(readPage(path));
  const [main] = textsOf(superscripts ? tree : without(tree, (el) => el.tagName === 'sup'), 'main');
  return normalise(main ?? '');
}

const body = bodySentences();
const sectionPaths = ['/introduction/', '/literature/', '/material-and-methods/', '/finding-and-discussions/', '/conclusion/'];

describe('the built site is faithful to the article of record', () => {
  it('holds every sentence of the body on the whole-article page', () => {
    const text = pageText('/article/');
    const missing = body.filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('holds every sentence of the body across the section pages', () => {
    const text = sectionPaths.map((path) => pageText(path)).join(' ');
    const missing = body.filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('holds the front matter and every sentence of the abstract on the home page', () => {
    const text = pageText('/', { superscripts: false });
    const missing = sentences(frontMatterBlocks()).filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
    expect(text).toContain('Sep 14, 2024');
    expect(text).toContain('Nov 20, 2024');
  });

  it('keeps the repeated passage in Finding and Discussions, as published', () => {
    const text = pageText('/finding-and-discussions/');
    const repeated = "In the regional and global context, Pakistan's full membership in the SCO is crucial.";
    expect(text.split(repeated).length - 1).toBe(2);
  });
});

/** The whole source body as one normalised string, blocks joined as a healed page break joins them. */
const sourceText = normalise(
  source
    .slice(source.indexOf('## INTRODUCTION'), source.indexOf('## REFERENCES'))
    .split('\n')
    .map((line) => line.replace(/^#+ /, '').replace(/^- /, '').replace(/\*\*/g, '').replace(/\\([$*_[\]])/g, '$1'))
    .join(' '),
).toLocaleLowerCase('en');

/**
 * What the site itself writes inside a section's text, by name: everything else in the article element
 * must be the authors' words. Editor's notes, their marks and the ¶ and timeline links are dropped by
 * withoutEditorial.
 */
const siteLabels = new Set(['reading-time', 'paragraph-numbering']);

describe('the section pages add nothing to the article of record', () => {
  it.each(sectionPaths)('%s holds no sentence the source lacks', (path) => {
    const article = without(withoutEditorial(readPage(path)), (el) => {
      const classes = el.properties['className'];
      return Array.isArray(classes) && classes.some((c) => siteLabels.has(String(c)));
    });
    const blocks = textsOf(article, 'article.section :is(h1, h2, h3, h4, p, li)');
    expect(blocks.length).toBeGreaterThan(1);
    // Headings are set in capitals in the print; compare without case.
    const added = sentences(blocks).filter((sentence) => !sourceText.includes(sentence.toLocaleLowerCase('en')));
    expect(added).toEqual([]);
  });
});

describe('paragraphs split by page breaks are healed', () => {
  const paragraphs = builtPages().flatMap(({ path }) =>
    textsOf(withoutEditorial(readPage(path)), 'p.paragraph').map((text) => ({ path, text })),
  );

  it('finds the article paragraphs', () => {
    expect(paragraphs.length).toBeGreaterThan(20);
  });

  it('starts no paragraph with a lowercase word', () => {
    expect(paragraphs.filter(({ text }) => /^\p{Ll}/u.test(text))).toEqual([]);
  });

  it('ends every paragraph as a sentence or an introduction to a list ends', () => {
    expect(paragraphs.filter(({ text }) => !/[.!?:)"”]$/.test(text))).toEqual([]);
  });
});
