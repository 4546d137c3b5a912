// @ts-check
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { siteOptions } from './src/site/options.ts';
import { loadBibliography } from './src/citations/bibliography.ts';
import { loadGlossary } from './src/glossary/glossary.ts';
import { articleRehypePlugins } from './src/markdown/pipeline.ts';
import citationAudit from './src/citations/citation-audit.ts';
import { HEAD_SCRIPT } from './src/site/head-script.ts';
import pagefindIndex from './src/search/pagefind.ts';
import articlePdf from './src/pdf/pdf-integration.ts';
import offline from './src/offline/offline-integration.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const { site, base } = siteOptions(process.env);
// Reading the bibliography and glossary here checks them before anything renders: a broken file stops
// the build, named.
const references = loadBibliography(root);
const glossary = loadGlossary(root);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // A strict Content-Security-Policy, as a <meta> on every page: Astro hashes every script and style it
  // emits; nothing inline runs without a hash; only Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The one inline script Astro does not see: src/lib/head-script.ts, run before first paint.
        hashes: [`sha256-${createHash('sha256').update(HEAD_SCRIPT).digest('base64')}`],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Stylesheets stay files: cached across pages, and allowed by 'self' without a hash in every policy.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // No code in the article; Shiki's inline styles would also break the Content-Security-Policy.
    syntaxHighlight: false,
    // Astro 7's default processor runs no plugins; the unified one does. Smartypants stays off so the
    // authors' straight quotes reach the page exactly as published.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: articleRehypePlugins({ root, base, references, glossary }),
    }),
  },
  // After the build: refuse raw citations left in any page, typeset the PDF from the built
  // whole-article page, index the site for search, then precache every file for offline reading.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    citationAudit(),
    articlePdf(),
    pagefindIndex(),
    offline(),
  ],
  // The search code is bundled as a stand-alone ES module (see src/scripts/search-loader.ts).
  vite: { worker: { format: 'es' } },
});
