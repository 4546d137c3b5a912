import { getCollection } from 'astro:content';
import type { ArticleData } from './schema.ts';

/** The article's metadata. Exactly one entry must exist in content/article.yaml. */
export async function getArticle(): Promise<ArticleData> {
  const entries = await getCollection('article');
  const [entry, extra] = entries;
  if (!entry || extra) {
    throw new Error(`content/article.yaml must hold exactly one article entry, found ${entries.length}`);
  }
  return entry.data;
}

/** Formats an ISO date as the print edition does ("Sep 14, 2024"), independent of the build machine's zone. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
