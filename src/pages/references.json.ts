import type { APIRoute } from 'astro';
import { loadBibliography } from '../citations/bibliography.ts';
import { toCslJson } from '../citations/reference-exports.ts';

/** The reference list as a CSL-JSON download. */
export const GET: APIRoute = () =>
  new Response(toCslJson(loadBibliography()), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
