// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { siteOptions } from './src/lib/site-options.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';

const { site, base } = siteOptions(process.env);

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
      rehypePlugins: [rehypeParagraphIds],
    }),
  },
  integrations: [mdx()],
});
