import { render } from 'astro:content';
import { z } from 'astro/zod';
import type { Section } from '../article/sections.ts';
import type { TermPlace } from './rehype-glossary-terms.ts';

const placesSchema = z.array(z.object({ term: z.string(), paragraph: z.string() }));

/** The paragraphs of a section that use each glossary term, as rehype-glossary-terms recorded them. */
export async function termPlaces(section: Section): Promise<TermPlace[]> {
  const { remarkPluginFrontmatter } = await render(section);
  return placesSchema.parse(remarkPluginFrontmatter['glossary'] ?? []);
}
