import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { sectionSchema } from './schemas/section.ts';

// The article lives in the top-level content/ folder (paths resolve from the project root);
// CONTENT_DIR lets tests build the site from a deliberately broken copy.
const contentDir = process.env['CONTENT_DIR'] ?? './content';

const sections = defineCollection({
  loader: glob({ base: `${contentDir}/sections`, pattern: '*.mdx' }),
  schema: sectionSchema,
});

const article = defineCollection({
  loader: file(`${contentDir}/article.yaml`),
  schema: articleSchema,
});

export const collections = { sections, article };
