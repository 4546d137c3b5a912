import { articleWork, ARTICLE_KEY } from '../article/article-work.ts';
import type { ArticleData } from '../article/schema.ts';
import { createCitationEngine } from '../citations/citation-style.ts';
import { readCitationForms, type CitationForms } from './passage-citation.ts';

/**
 * The citation forms of this article, from the same CSL engine, style and article record that
 * "Cite this article" formats its reference with: "Afridi et al., 2024", "para.", "paras.".
 */
export function articleCitationForms(article: ArticleData, site: URL | undefined): CitationForms {
  const engine = createCitationEngine([articleWork(article, site)], 'text');
  return readCitationForms((locator) =>
    engine.makeCitationCluster([{ id: ARTICLE_KEY, ...(locator && { locator, label: 'paragraph' }) }]),
  );
}
