import type { CitableWork } from '../citations/schema.ts';
import { absoluteUrl } from '../site/urls.ts';
import { articleYear } from './dates.ts';
import type { ArticleData } from './schema.ts';

/** The key under which the article itself is exported (BibTeX, RIS). */
export const ARTICLE_KEY = 'afridi2024sco';

/** The article's own citation files as site paths: the routes `src/pages/article.bib.ts` and `article.ris.ts`. */
export const ARTICLE_DOWNLOADS = { bibtex: 'article.bib', ris: 'article.ris' } as const;

/**
 * The article as a citable work, built from its metadata so the "Cite this article" text, the
 * downloads and the scholarly meta tags cannot disagree. The print edition names no journal, volume
 * or DOI, so none is given; the year is that of acceptance, and the address is this edition's home page
 * on `site`.
 */
export function articleWork(article: ArticleData, site: URL | undefined): CitableWork {
  return {
    id: ARTICLE_KEY,
    type: 'article-journal',
    author: article.authors.map(({ family, given }) => ({ family, given })),
    issued: { 'date-parts': [[Number(articleYear(article))]] },
    title: article.title,
    URL: absoluteUrl('', site),
    abstract: article.abstract,
    keyword: article.keywords.join('; '),
    language: 'en',
  };
}
