import type { APIRoute } from 'astro';
import { loadBibliography } from '../citations/bibliography.ts';
import { toBibtex } from '../citations/reference-exports.ts';

/** The reference list as a BibTeX download. */
export const GET: APIRoute = () =>
  new Response(toBibtex(loadBibliography()), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
