import type { ArticleData } from './schema.ts';

/** Formats an ISO date as the print edition does ("Sep 14, 2024"), independent of the build machine's zone. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** The article's year, as it is cited (2024): the year of acceptance. */
export function articleYear(article: ArticleData): string {
  return article.accepted.slice(0, 4);
}
