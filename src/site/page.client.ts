// The JavaScript every page runs, as one small module: one request and one gzip stream (on a section
// page, measured 1.5 KB gzip this way against 2.3 KB as a module per feature); reading works without it.
// Each part does nothing on a page without its element. Heavier code loads only when a reader needs it:
// search on first focus, the highlighter only on arrival from a search result (src/search/loader.client.ts).
import './theme-toggle.client.ts';
import './on-this-page.client.ts';
import '../citations/citation-preview.client.ts';
import '../search/loader.client.ts';
import '../offline/register-service-worker.client.ts';
import '../quote/quote-start.client.ts';
