import type { APIRoute } from 'astro';
import { loadBibliography } from '../citations/bibliography.ts';
import { toRis } from '../citations/reference-exports.ts';

/** The reference list as an RIS download. */
export const GET: APIRoute = () =>
  new Response(toRis(loadBibliography()), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
