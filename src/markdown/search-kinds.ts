/**
 * The kinds of page the search index tells apart (Pagefind's `kind` filter): what a result is, written
 * by the pages through SearchFilters and read by the search page's filter and result list.
 */
export type SearchKind = 'Article' | 'Reference' | 'Glossary' | 'Front matter' | 'Timeline';
