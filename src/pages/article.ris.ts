import type { APIRoute } from 'astro';
import { getArticle } from '../article/article.ts';
import { articleWork } from '../article/article-work.ts';
import { toRis } from '../citations/reference-exports.ts';

/** The article's own citation as an RIS download. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toRis([articleWork(await getArticle(), site)]), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
