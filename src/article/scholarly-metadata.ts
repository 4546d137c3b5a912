import type { ArticleData } from './schema.ts';
import { authorName, type Reference } from '../citations/schema.ts';
import { articleYear } from './dates.ts';

/** Where the article's pages live, for crawlers' full-text and abstract links. */
export interface ArticleUrls {
  home: string;
  fullText: string;
}

/**
 * What a page of the edition says about the article in its head. Every page that is part of the article
 * carries its whole scholarly record; pages outside it (search, 404) carry none.
 */
export interface ScholarlyPage {
  /**
   * Keys of the works to list as `citation_reference`; left out, every work the article cites. Section
   * pages list none: the reference list belongs to the record on the article's home and whole-article
   * page, where indexers read it (Zotero reads none), and on a section page the tags cost about 1 KB gzip,
   * which its byte budget cannot spare.
   */
  cites?: readonly string[];
  /** The page is the article itself (home, whole article): its JSON-LD describes it in full. */
  whole?: boolean;
}

const affiliationOf = (article: ArticleData, mark: number) =>
  article.affiliations.find((affiliation) => affiliation.marks.includes(mark))?.name ?? '';

/**
 * Highwire Press `citation_*` tags, which Google Scholar and reference managers read. Every page of the
 * edition carries the same record of the article, so saving from any page gives the same item: Zotero's
 * "Embedded Metadata" translator takes the title, authors ("Family, Given" splits right), date, language and
 * the whole abstract from these tags, and its URL from `citation_public_url` (the article's home), ahead of
 * the page's own `og:url`. Only `citation_reference` differs by page (see `ScholarlyPage.cites`).
 */
export function highwireTags(article: ArticleData, references: Reference[], urls: ArticleUrls): [string, string][] {
  return [
    ['citation_title', article.title],
    ...article.authors.flatMap((author): [string, string][] => [
      ['citation_author', `${author.family}, ${author.given}`],
      ['citation_author_institution', affiliationOf(article, author.mark)],
    ]),
    ['citation_publication_date', articleYear(article)],
    ['citation_language', 'en'],
    ['citation_keywords', article.keywords.join('; ')],
    ['citation_abstract', article.abstract],
    ['citation_public_url', urls.home],
    ['citation_abstract_html_url', urls.home],
    ['citation_fulltext_html_url', urls.fullText],
    ...references.map((reference): [string, string] => ['citation_reference', highwireReference(reference)]),
  ];
}

/** One cited work in the `key=value; …` form `citation_reference` takes. */
export function highwireReference(reference: Reference): string {
  const [year] = reference.issued['date-parts'][0];
  const venue =
    reference.type === 'article-journal'
      ? ['citation_journal_title', reference['container-title']]
      : reference.type === 'chapter'
        ? ['citation_inbook_title', reference['container-title']]
        : ['citation_publisher', reference.publisher];
  const parts: [string, string | undefined][] = [
    ...reference.author.map((name): [string, string] => ['citation_author', authorName(name)]),
    ['citation_title', reference.title],
    ['citation_publication_date', String(year)],
    [venue[0] ?? '', venue[1]],
    ['citation_pages', reference.page],
  ];
  return parts
    .filter((part): part is [string, string] => !!part[0] && !!part[1])
    .map(([key, value]) => `${key}=${value.replace(/;/g, ',')}`)
    .join('; ');
}

const workTypes: Record<Reference['type'], string> = {
  'article-journal': 'ScholarlyArticle',
  book: 'Book',
  chapter: 'Chapter',
  report: 'Report',
  thesis: 'Thesis',
  webpage: 'WebPage',
};

/** A cited work as schema.org JSON-LD. */
function citedWork(reference: Reference): object {
  return {
    '@type': workTypes[reference.type],
    name: reference.title,
    author: reference.author.map((name) =>
      ({ '@type': 'literal' in name ? 'Organization' : 'Person', name: authorName(name) }),
    ),
    datePublished: String(reference.issued['date-parts'][0][0]),
    ...(reference['container-title'] && { isPartOf: { '@type': 'CreativeWork', name: reference['container-title'] } }),
    ...(reference.publisher && { publisher: { '@type': 'Organization', name: reference.publisher } }),
    ...(reference.language && { inLanguage: reference.language }),
  };
}

/**
 * A page that is part of the article (a section, the references, the glossary, the timeline) as JSON-LD:
 * a WebPage of the ScholarlyArticle, which it names by its @id (the home page, where the article's full
 * description and its 31 cited works are).
 */
export function partJsonLd(article: ArticleData, page: { title: string; url: string }, urls: ArticleUrls): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: page.title,
    url: page.url,
    inLanguage: 'en',
    isPartOf: { '@type': 'ScholarlyArticle', '@id': urls.home, name: article.title, url: urls.home },
  };
}

/** schema.org ScholarlyArticle as JSON-LD, with the 31 cited works as its `citation` list. */
export function scholarlyArticleJsonLd(article: ArticleData, references: Reference[], urls: ArticleUrls): object {
  return {
    '@id': urls.home,
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: article.title,
    name: article.title,
    genre: article.type,
    url: urls.home,
    mainEntityOfPage: urls.home,
    inLanguage: 'en',
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      givenName: author.given,
      familyName: author.family,
      affiliation: { '@type': 'Organization', name: affiliationOf(article, author.mark) },
    })),
    dateCreated: article.received,
    datePublished: articleYear(article),
    keywords: article.keywords,
    abstract: article.abstract,
    citation: references.map(citedWork),
  };
}
