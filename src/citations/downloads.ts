import { getArticle } from '../article/article.ts';
import { articleFileName, articleWork, referencesFileName } from '../article/article-work.ts';
import { loadBibliography } from './bibliography.ts';
import type { CitableWork } from './schema.ts';

/** What a download holds: the article's own citation, or its reference list. */
export interface DownloadProps {
  holds: 'article' | 'references';
}

/**
 * The downloads of one format, named after the work: "afridi-ali-chang-2024" (the article) and
 * "afridi-ali-chang-2024-references" (its reference list).
 */
export async function downloadPaths(holds: DownloadProps['holds'][] = ['article', 'references']) {
  const article = await getArticle();
  const names = { article: articleFileName(article), references: referencesFileName(article) };
  return holds.map((what) => ({ params: { file: names[what] }, props: { holds: what } satisfies DownloadProps }));
}

/** The works a download holds; the article's carries its address on `site`. */
export async function downloadWorks({ holds }: DownloadProps, site: URL | undefined): Promise<CitableWork[]> {
  return holds === 'article' ? [articleWork(await getArticle(), site)] : loadBibliography();
}
