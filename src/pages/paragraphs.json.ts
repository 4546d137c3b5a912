import type { APIRoute } from 'astro';
import { getSections } from '../article/sections.ts';
import { paragraphIndex } from '../article/paragraph-names.ts';

/**
 * Every numbered paragraph's section, number and heading, by id, for search to name a passage as the
 * page numbers it (read with `paragraphName` from src/site/anchors.ts).
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await paragraphIndex(await getSections())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
