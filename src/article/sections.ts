import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { ABSTRACT_ID } from '../site/anchors.ts';

export type Section = CollectionEntry<'sections'>;

/**
 * The article's sections in reading order. Two sections claiming the same `order` would make the
 * order (and previous/next links) ambiguous, so that stops the build naming both files.
 */
export async function getSections(): Promise<Section[]> {
  const sections = await getCollection('sections');
  return sortSections(sections);
}

/** Sorts by `order`, rejecting duplicates; split out so it can be tested without Astro. */
export function sortSections<T extends { id: string; filePath?: string | undefined; data: { order: number } }>(
  sections: T[],
): T[] {
  const sorted = [...sections].sort((a, b) => a.data.order - b.data.order);
  sorted.forEach((section, i) => {
    const next = sorted[i + 1];
    if (next && next.data.order === section.data.order) {
      throw new Error(
        `Two sections have order ${section.data.order}: ${section.filePath ?? section.id} and ${next.filePath ?? next.id}. Give each section a unique "order".`,
      );
    }
  });
  return sorted;
}

/** The sections before and after `slug`, for previous/next links. */
export function neighbours<T extends { id: string }>(sections: T[], slug: string): { prev?: T; next?: T } {
  const i = sections.findIndex((s) => s.id === slug);
  const prev = sections[i - 1];
  const next = sections[i + 1];
  return { ...(prev && { prev }), ...(next && { next }) };
}

/** A section's subsection headings (its `##` headings), for the contents. */
export async function subsectionHeadings(section: Section): Promise<MarkdownHeading[]> {
  const { headings } = await render(section);
  return headings.filter((heading) => heading.depth === 2);
}

/**
 * The headings of the whole-article page, for "On this page": the abstract, each section with its
 * subsections one level down, and the references.
 */
export async function wholeArticleHeadings(sections: Section[]): Promise<{ depth: number; slug: string; text: string }[]> {
  const bySection = await Promise.all(
    sections.map(async (section) => [
      { depth: 2, slug: section.id, text: section.data.title },
      ...(await subsectionHeadings(section)).map((heading) => ({ ...heading, depth: 3 })),
    ]),
  );
  return [
    { depth: 2, slug: ABSTRACT_ID, text: 'Abstract' },
    ...bySection.flat(),
    { depth: 2, slug: 'references', text: 'References' },
  ];
}
