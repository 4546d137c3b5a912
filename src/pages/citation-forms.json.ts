import type { APIRoute } from 'astro';
import { getArticle } from '../article/article.ts';
import { articleCitationForms } from '../quote/article-citation.ts';

/**
 * The pieces of a passage citation the CSL engine decides ("Afridi et al., 2024", "para.", "paras.",
 * "–"), from the same engine and article record as "Cite this article", for the quote tools.
 */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(articleCitationForms(await getArticle(), site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
