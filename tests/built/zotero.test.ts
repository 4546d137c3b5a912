import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { builtPages } from '../support/dist.ts';
import { savedItem, type SavedItem } from '../support/embedded-metadata.ts';

// What a reader saving to Zotero from a page gets: the record Zotero's Embedded Metadata translator derives
// from the page's tags must be the article's, the same on every page of the edition. The expected record
// is read from the content, not from the site.
const { article } = load(readFileSync('content/article.yaml', 'utf8')) as {
  article: { title: string; abstract: string; accepted: string; authors: { given: string; family: string }[] };
};
const origin = 'http://localhost:4321';

const articleRecord: SavedItem = {
  itemType: 'journalArticle',
  title: article.title,
  creators: article.authors.map(({ given, family }) => ({ firstName: given, lastName: family, creatorType: 'author' })),
  date: article.accepted.slice(0, 4),
  language: 'en',
  abstractNote: article.abstract.replace(/\s+/g, ' ').trim(),
  // The article's home on the deployed site, whichever page it was saved from.
  url: `${origin}/`,
};

// Each field from its own tag, not from a fallback that happens to agree today (the page's <html lang>,
// its description, its own address).
const tagSources = {
  itemType: 'citation_title',
  title: 'citation_title',
  creators: 'citation_author',
  date: 'citation_publication_date',
  language: 'citation_language',
  abstractNote: 'citation_abstract',
  url: 'citation_public_url',
};

/** Tags that must stand once on a page: the fields of the record, and og:type, which decides the item type. */
const singleTags = ['citation_title', 'citation_publication_date', 'citation_language', 'citation_abstract', 'citation_public_url', 'og:type'];

const outside = new Set(['/search/', '/404.html']);
const pages = builtPages().map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }));
const editionPages = pages.filter(({ path }) => !outside.has(path));

describe('saving to Zotero from a page', () => {
  it('covers every page of the edition', () => {
    expect(editionPages.map(({ path }) => path)).toEqual(
      expect.arrayContaining(['/', '/article/', '/introduction/', '/conclusion/', '/references/', '/glossary/', '/timeline/']),
    );
  });

  it.each(editionPages)('$path saves the article record, each field from its own tag', ({ path, html }) => {
    const { item, sources } = savedItem(html, `${origin}${path}`);
    expect(item).toEqual(articleRecord);
    expect(sources).toEqual(tagSources);
    // The translator reads the first of each; a second, disagreeing one would still mislead other readers.
    for (const tag of singleTags) expect(html.match(new RegExp(`<meta (name|property)="${tag}"`, 'g')), `${path} ${tag}`).toHaveLength(1);
  });

  it('saves one identical record from every page', () => {
    const records = new Set(editionPages.map(({ path, html }) => JSON.stringify(savedItem(html, `${origin}${path}`).item)));
    expect(records.size).toBe(1);
  });

  it('does not offer the search and 404 pages as the article', () => {
    for (const { path, html } of pages.filter(({ path }) => outside.has(path))) {
      expect(savedItem(html, `${origin}${path}`).item.itemType, path).toBe('webpage');
    }
  });
});

describe('the model of the translator', () => {
  const home = editionPages.find(({ path }) => path === '/')?.html ?? '';
  const edit = (from: RegExp, to: string) => {
    const changed = home.replace(from, to);
    if (changed === home) throw new Error(`the edit ${from} changed nothing`);
    return savedItem(changed, `${origin}/`);
  };

  it('falls back as the translator does when a tag is missing', () => {
    expect(edit(/<meta name="citation_abstract"[^>]*>/, '').sources.abstractNote).toBe('og:description');
    expect(edit(/<meta name="citation_public_url"[^>]*>/, '').item.url).toBe(`${origin}/`);
    expect(edit(/<meta name="citation_public_url"[^>]*>/, '').sources.url).toBe('og:url');
    expect(edit(/<meta name="citation_language"[^>]*>/, '').sources.language).toBe('<html lang>');
    expect(edit(/<meta property="og:type" content="article">/, '<meta property="og:type" content="website">').item.itemType).toBe('webpage');
  });

  it('splits "Family, Given" and "Given Family" authors as Zotero does', () => {
    const one = (value: string) => edit(/(<meta name="citation_author" [^>]*>\s*<meta name="citation_author_institution"[^>]*>\s*)+/, `<meta name="citation_author" content="${value}">`).item.creators;
    expect(one('Afridi, Shahid Jan')).toEqual([{ firstName: 'Shahid Jan', lastName: 'Afridi', creatorType: 'author' }]);
    expect(one('Shahid Jan Afridi')).toEqual([{ firstName: 'Shahid Jan', lastName: 'Afridi', creatorType: 'author' }]);
    expect(one('Shahid Jan Afridi, Qaisar Ali').map((c) => c.lastName)).toEqual(['Afridi', 'Ali']);
    expect(one('Afridi, SJ; Ali, Q')).toEqual([
      { firstName: 'S. J.', lastName: 'Afridi', creatorType: 'author' },
      { firstName: 'Q.', lastName: 'Ali', creatorType: 'author' },
    ]);
  });

  it('refuses tags it does not model rather than guess', () => {
    expect(() => edit(/<meta name="citation_title"/, '<meta name="citation_doi" content="10.1/x"><meta name="citation_title"')).toThrow(/citation_doi/);
    expect(() => edit(/<meta name="citation_title"/, '<meta name="DC.title" content="x"><meta name="citation_title"')).toThrow(/DC.title/);
  });
});
