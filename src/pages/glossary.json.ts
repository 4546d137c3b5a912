import type { APIRoute } from 'astro';
import { loadGlossary } from '../glossary/glossary.ts';

/** The glossary for the search box, which treats a term's abbreviation and names as one query. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(loadGlossary()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
