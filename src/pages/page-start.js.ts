import type { APIRoute } from 'astro';
import { HEAD_SCRIPT } from '../site/head-script.ts';

/**
 * The script every page runs in <head> before first paint, served as a same-origin file rather than
 * inline, so a host's `script-src 'self'` header still lets it run.
 */
export const GET: APIRoute = () => new Response(HEAD_SCRIPT, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
