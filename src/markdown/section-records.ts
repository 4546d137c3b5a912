import { render } from 'astro:content';
import type { Section } from '../article/sections.ts';
import { readRecords, type SectionRecords } from './records.ts';

/** What the plugins recorded while rendering `section` (its citations, glossary terms and dated events). */
export async function sectionRecords(section: Section): Promise<SectionRecords> {
  const { remarkPluginFrontmatter } = await render(section);
  return readRecords(remarkPluginFrontmatter);
}
