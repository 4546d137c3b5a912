import type { APIRoute } from 'astro';
import { getArticle } from '../article/article.ts';
import { articleWork } from '../article/article-work.ts';
import { toBibtex } from '../citations/reference-exports.ts';

/** The article's own citation as a BibTeX download. */
export const GET: APIRoute = async ({ site }) => {
  const work = articleWork(await getArticle(), new URL(import.meta.env.BASE_URL, site).href);
  return new Response(toBibtex([work]), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
