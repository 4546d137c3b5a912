// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { siteOptions } from './src/lib/site-options.ts';
import { loadBibliography } from './src/lib/bibliography.ts';
import { loadGlossary } from './src/lib/glossary.ts';
import { articleRehypePlugins } from './src/lib/rehype-pipeline.ts';
import citationAudit from './src/integrations/citation-audit.ts';

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
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor runs no plugins; the unified one does. Smartypants stays off so the
    // authors' straight quotes reach the page exactly as published.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: articleRehypePlugins({ root, base, references, glossary }),
    }),
  },
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }), citationAudit()],
  // The search code is bundled as a stand-alone ES module (see src/scripts/search-loader.ts).
  vite: { worker: { format: 'es' } },
});
