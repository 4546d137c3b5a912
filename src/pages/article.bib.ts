import type { APIRoute } from 'astro';
import { getArticle } from '../lib/article.ts';
import { articleWork } from '../lib/article-citation.ts';
import { toBibtex } from '../lib/reference-exports.ts';

/** The article's own citation as a BibTeX download. */
export const GET: APIRoute = async ({ site }) => {
  const work = articleWork(await getArticle(), new URL(import.meta.env.BASE_URL, site).href);
  return new Response(toBibtex([work]), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
