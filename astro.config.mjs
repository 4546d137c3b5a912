// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { siteOptions } from './src/site/options.ts';
import { loadBibliography } from './src/citations/bibliography.ts';
import { loadGlossary } from './src/glossary/glossary.ts';
import { loadPrintedCitations } from './src/citations/printed-citations.ts';
import { articleRehypePlugins } from './src/markdown/pipeline.ts';
import citationAudit from './src/citations/citation-audit.ts';
import securityHeadersFile from './src/site/security-headers.ts';
import pagefindIndex from './src/search/pagefind.ts';
import siteUrlNotice from './src/site/site-url-notice.ts';
import articlePdf from './src/pdf/pdf-integration.ts';
import offline from './src/offline/offline-integration.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const { site, base } = siteOptions(process.env);
// Reading the bibliography and glossary here checks them before anything renders: a broken file stops
// the build, named.
const references = loadBibliography(root);
const glossary = loadGlossary(root);
const printed = loadPrintedCitations(references, root);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The Content-Security-Policy is the site's own <meta> (src/site/Page.astro, from
  // src/site/security-policy.ts), not Astro's security.csp: with no inline script left, Astro's per-script
  // hashes would only add half a kilobyte to every page.
  // Stylesheets stay files: cached across pages, and allowed by 'self' without a hash in every policy.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // No code in the article; Shiki's inline styles would also break the Content-Security-Policy.
    syntaxHighlight: false,
    // Astro 7's default processor runs no plugins; the unified one does. Smartypants sets the authors'
    // quotes and apostrophes typographically, as the print does; dashes and dots stay as written.
    processor: unified({
      gfm: false,
      smartypants: { dashes: false, ellipses: false, backticks: false },
      remarkPlugins: [remarkGfm],
      rehypePlugins: articleRehypePlugins({ root, base, references, glossary, printed }),
    }),
  },
  // A build without SITE_URL says so; after the build: refuse raw citations left in any page, typeset
  // the PDF from the built whole-article page, index the site for search, precache every file for
  // offline reading, then write the security headers.
  integrations: [
    siteUrlNotice(process.env),
    mdx(),
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    citationAudit(),
    articlePdf(),
    pagefindIndex(),
    offline(),
    // Last, so the precache never lists _headers, which hosts read but do not serve.
    securityHeadersFile(),
  ],
  // The search code is bundled as a stand-alone ES module (see src/search/loader.client.ts).
  vite: {
    worker: { format: 'es' },
    // Scripts stay files, never inlined into the page, however small: a host's `script-src 'self'`
    // header would block inline ones. Other assets keep Vite's default.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
});
