import type { ArticleData } from './schema.ts';
import type { CitableWork } from '../citations/schema.ts';

/** The key under which the article itself is exported (BibTeX, RIS). */
export const ARTICLE_KEY = 'afridi2024sco';

/**
 * The article as a citable work, built from its metadata so the "Cite this article" text, the
 * downloads and the scholarly meta tags cannot disagree. The print edition names no journal, volume
 * or DOI, so none is given; the year is that of acceptance, and the address is this edition's.
 */
export function articleWork(article: ArticleData, url: string): CitableWork {
  return {
    id: ARTICLE_KEY,
    type: 'article-journal',
    author: article.authors.map(({ family, given }) => ({ family, given })),
    issued: { 'date-parts': [[Number(article.accepted.slice(0, 4))]] },
    title: article.title,
    URL: url,
    abstract: article.abstract,
    keyword: article.keywords.join('; '),
    language: 'en',
  };
}

/** The article's year, as it is cited (2024). */
export function articleYear(article: ArticleData): string {
  return article.accepted.slice(0, 4);
}
