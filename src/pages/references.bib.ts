import type { APIRoute } from 'astro';
import { loadBibliography } from '../lib/bibliography.ts';
import { toBibtex } from '../lib/reference-exports.ts';

/** The reference list as a BibTeX download. */
export const GET: APIRoute = () =>
  new Response(toBibtex(loadBibliography()), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
