import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { load } from 'js-yaml';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { builtPages, distDir, readPage } from '../support/dist.ts';

// The metadata must say what the content says: read the content directly and compare.
const { article } = load(readFileSync('content/article.yaml', 'utf8')) as {
  article: { title: string; abstract: string; keywords: string[]; authors: { name: string; given: string; family: string }[] };
};
const references = JSON.parse(readFileSync('content/references.json', 'utf8')) as { id: string; title: string }[];
const origin = 'http://localhost:4321';

const meta = (path: string, attribute: 'name' | 'property', key: string) =>
  selectAll(`meta[${attribute}="${key}"]`, readPage(path)).map((el) => String(el.properties['content']));
const jsonLd = (path: string) => {
  const script = select('script[type="application/ld+json"]', readPage(path));
  return script ? (JSON.parse(toText(script)) as Record<string, unknown>) : undefined;
};

const articlePages = ['/', '/article/', '/introduction/', '/literature/', '/material-and-methods/', '/finding-and-discussions/', '/conclusion/'];
const htmlPages = builtPages().filter(({ path }) => path !== '/404.html').map(({ path }) => path);

describe('Highwire Press tags on the article pages', () => {
  it.each(articlePages)('%s names the article, each author with an institution, date, keywords and full-text URLs', (path) => {
    expect(meta(path, 'name', 'citation_title')).toEqual([article.title]);
    expect(meta(path, 'name', 'citation_author')).toEqual(article.authors.map((a) => `${a.family}, ${a.given}`));
    expect(meta(path, 'name', 'citation_author_institution')).toHaveLength(article.authors.length);
    expect(meta(path, 'name', 'citation_publication_date')).toEqual(['2024']);
    expect(meta(path, 'name', 'citation_keywords')).toEqual([article.keywords.join('; ')]);
    // The whole abstract on every page, so a reference manager saving from any page keeps it.
    expect(meta(path, 'name', 'citation_abstract')).toEqual([article.abstract.trim()]);
    expect(meta(path, 'name', 'citation_public_url')).toEqual([`${origin}/`]);
    expect(meta(path, 'name', 'citation_fulltext_html_url')).toEqual([`${origin}/article/`]);
    expect(meta(path, 'name', 'citation_abstract_html_url')).toEqual([`${origin}/`]);
  });

  it('lists all 31 cited works on the home and whole-article pages', () => {
    for (const path of ['/', '/article/']) {
      const cited = meta(path, 'name', 'citation_reference');
      expect(cited).toHaveLength(31);
      for (const reference of references) expect(cited.some((c) => c.includes(reference.title.replace(/;/g, ',')))).toBe(true);
    }
  });

  it('leaves the reference list to the home and whole-article pages: a section page lists none', () => {
    for (const path of ['/introduction/', '/literature/', '/finding-and-discussions/']) {
      expect(selectAll('a[data-cite]', readPage(path)).length, path).toBeGreaterThan(0);
      expect(meta(path, 'name', 'citation_reference'), path).toEqual([]);
    }
  });
});

describe('JSON-LD', () => {
  it('describes the article as a ScholarlyArticle with authors, affiliations, dates, keywords, abstract and 31 citations', () => {
    for (const path of ['/', '/article/']) {
      const data = jsonLd(path) as {
        '@type': string;
        headline: string;
        author: { name: string; affiliation: { name: string } }[];
        dateCreated: string;
        keywords: string[];
        abstract: string;
        citation: { name: string }[];
      };
      expect(data['@type']).toBe('ScholarlyArticle');
      expect(data.headline).toBe(article.title);
      expect(data.author.map((a) => a.name)).toEqual(article.authors.map((a) => a.name));
      expect(data.author.every((a) => a.affiliation.name.includes("Peoples' Friendship University of Russia"))).toBe(true);
      expect(data.dateCreated).toBe('2024-09-14');
      expect(data.keywords).toEqual(article.keywords);
      expect(data.abstract).toBe(article.abstract.trim());
      expect(data.citation.map((c) => c.name).sort()).toEqual(references.map((r) => r.title).sort());
    }
  });

  it.each([
    ['/literature/', 'Literature'],
    ['/references/', 'References'],
    ['/glossary/', 'Glossary'],
    ['/timeline/', 'Timeline'],
  ])('makes %s a part of the article', (path, name) => {
    const data = jsonLd(path) as { '@type': string; name: string; url: string; isPartOf: { '@id': string; name: string } };
    expect(data['@type']).toBe('WebPage');
    expect(data.name).toBe(name);
    expect(data.url).toBe(`${origin}${path}`);
    expect(data.isPartOf).toMatchObject({ '@id': `${origin}/`, name: article.title });
  });

  it('leaves the search and 404 pages without the article record', () => {
    for (const path of ['/search/', '/404.html']) {
      expect(meta(path, 'name', 'citation_title'), path).toEqual([]);
      expect(jsonLd(path), path).toBeUndefined();
      expect(meta(path, 'property', 'og:type'), path).toEqual(['website']);
    }
  });
});

describe('Open Graph, Twitter and canonical tags', () => {
  it.each(htmlPages)('%s has a canonical URL and link-preview tags that match its title and description', (path) => {
    const page = readPage(path);
    const title = toText(select('title', page) ?? page);
    const description = String(select('meta[name="description"]', page)?.properties['content'] ?? '');
    const canonical = String(select('link[rel~="canonical"]', page)?.properties['href'] ?? '');
    expect(canonical).toBe(`${origin}${path}`);
    expect(meta(path, 'property', 'og:title')).toEqual([title]);
    expect(meta(path, 'property', 'og:description')).toEqual([description]);
    expect(meta(path, 'property', 'og:url')).toEqual([canonical]);
    expect(meta(path, 'name', 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(path, 'property', 'og:image')).toEqual([`${origin}/og-image.png`]);
  });
});

describe('crawlers and citation downloads', () => {
  it('has a sitemap of the reading pages and a robots.txt pointing at it', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const path of articlePages.concat(['/references/', '/glossary/'])) expect(sitemap).toContain(`<loc>${origin}${path}</loc>`);
    expect(sitemap).not.toContain('/search/');
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });

  it("downloads the article's own citation as BibTeX and RIS that parse back to the same work", () => {
    for (const file of ['afridi-ali-chang-2024.bib', 'afridi-ali-chang-2024.ris']) {
      const [work] = new Cite(readFileSync(join(distDir, file), 'utf8')).data;
      expect(work?.['title'], file).toBe(article.title);
      expect(work?.['author'], file).toEqual(article.authors.map(({ family, given }) => ({ family, given })));
      expect((work?.['issued'] as { 'date-parts': number[][] })['date-parts'][0]?.[0], file).toBe(2024);
    }
  });

  it('has a favicon', () => {
    expect(readFileSync(join(distDir, 'favicon.svg'), 'utf8')).toContain('<svg');
  });
});
