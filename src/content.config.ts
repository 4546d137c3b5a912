import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './article/schema.ts';
import { sectionSchema } from './article/section-schema.ts';

// The article is data in the top-level content/ folder; loader paths resolve from the project root.
const sections = defineCollection({
  loader: glob({ base: './content/sections', pattern: '*.mdx' }),
  schema: sectionSchema,
});

const article = defineCollection({
  loader: file('./content/article.yaml'),
  schema: articleSchema,
});

export const collections = { sections, article };
