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
