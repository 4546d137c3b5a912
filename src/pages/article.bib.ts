import type { APIRoute } from 'astro';
import { getArticle } from '../article/article.ts';
import { articleWork } from '../article/article-work.ts';
import { toBibtex } from '../citations/reference-exports.ts';

/** The article's own citation as a BibTeX download. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toBibtex([articleWork(await getArticle(), site)]), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
