import type { CitableWork } from '../citations/schema.ts';
import { absoluteUrl } from '../site/urls.ts';
import { articleYear } from './dates.ts';
import type { ArticleData } from './schema.ts';

/** The key under which the article itself is exported (BibTeX, RIS). */
export const ARTICLE_KEY = 'afridi2024sco';

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

/**
 * The name the article's downloads carry, after the work: its authors' family names and year,
 * "afridi-ali-chang-2024"; the reference list's downloads add "-references".
 */
export function articleFileName(article: ArticleData): string {
  const families = article.authors.map(({ family }) => family.normalize('NFKD').replace(/[^A-Za-z]/g, '').toLowerCase());
  return [...families, articleYear(article)].join('-');
}

/** The article's own citation files as site paths (routes `src/pages/[file].bib.ts` and `[file].ris.ts`). */
export function articleDownloads(article: ArticleData): { bibtex: string; ris: string } {
  const name = articleFileName(article);
  return { bibtex: `${name}.bib`, ris: `${name}.ris` };
}

/** The file name of the reference list's downloads. */
export function referencesFileName(article: ArticleData): string {
  return `${articleFileName(article)}-references`;
}
