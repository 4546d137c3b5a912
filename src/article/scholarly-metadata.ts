import type { ArticleData } from './schema.ts';
import { authorName, type Reference } from '../citations/schema.ts';
import { articleYear } from './dates.ts';

/** Where the article's pages live, for crawlers' full-text and abstract links. */
export interface ArticleUrls {
  home: string;
  fullText: string;
}

const affiliationOf = (article: ArticleData, mark: number) =>
  article.affiliations.find((affiliation) => affiliation.marks.includes(mark))?.name ?? '';

/**
 * Highwire Press `citation_*` tags, which Google Scholar and reference managers read: one
 * `citation_author` per author followed by their institution, and one `citation_reference` per work.
 * `withAbstract` is for the pages that show the abstract (home, whole article), not a section's page.
 */
export function highwireTags(
  article: ArticleData,
  references: Reference[],
  urls: ArticleUrls,
  withAbstract = true,
): [string, string][] {
  return [
    ['citation_title', article.title],
    ...article.authors.flatMap((author): [string, string][] => [
      ['citation_author', `${author.family}, ${author.given}`],
      ['citation_author_institution', affiliationOf(article, author.mark)],
    ]),
    ['citation_publication_date', articleYear(article)],
    ['citation_language', 'en'],
    ['citation_keywords', article.keywords.join('; ')],
    ...(withAbstract ? [['citation_abstract', article.abstract] as [string, string]] : []),
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
 * One section's page as JSON-LD: a part of the ScholarlyArticle, which it names by its @id (the home
 * page, where the article's full description and its 31 cited works are).
 */
export function sectionJsonLd(article: ArticleData, section: { title: string; url: string }, urls: ArticleUrls): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: section.title,
    url: section.url,
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
