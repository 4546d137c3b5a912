import { ABSTRACT_ID, paragraphId, paragraphLabel, type ParagraphIndex, type ParagraphPlace } from '../site/anchors.ts';
import { sectionRecords } from '../markdown/section-records.ts';
import type { Section } from './sections.ts';

/** How pages name a paragraph they link to: shown ("Literature, para. 3") and spoken ("… paragraph 3"). */
export interface ParagraphName {
  text: string;
  spoken: string;
}

/** The numbered paragraphs of a section, as its paragraph plugin recorded them. */
export async function paragraphPlaces(section: Section): Promise<ParagraphPlace[]> {
  return (await sectionRecords(section)).paragraphs;
}

/**
 * The name of every paragraph of `sections` by its id, so "Cited in", "Used in" and the timeline name
 * a paragraph as the page beside it numbers it. A paragraph id no section recorded stops the build.
 */
export async function paragraphNames(sections: Section[]): Promise<(id: string) => ParagraphName> {
  const names = new Map<string, ParagraphName>();
  for (const section of sections) {
    for (const place of await paragraphPlaces(section)) {
      names.set(place.id, {
        text: paragraphLabel(section.data.title, place),
        spoken: paragraphLabel(section.data.title, place, true),
      });
    }
  }
  return (id) => {
    const name = names.get(id);
    if (!name) throw new Error(`No section numbers a paragraph "${id}": it was recorded by a plugin but never numbered`);
    return name;
  };
}

/** The abstract's one paragraph, numbered like the sections' (see AbstractParagraph.astro). */
export const ABSTRACT_PARAGRAPH: ParagraphPlace = { id: paragraphId(ABSTRACT_ID, 1), number: 1 };

/** Every numbered paragraph by id, with its section's title: what search names passages by. */
export async function paragraphIndex(sections: Section[]): Promise<ParagraphIndex> {
  const index: ParagraphIndex = { [ABSTRACT_PARAGRAPH.id]: { section: 'Abstract', number: 1 } };
  for (const section of sections) {
    for (const { id, number, heading } of await paragraphPlaces(section)) {
      index[id] = { section: section.data.title, number, ...(heading && { heading }) };
    }
  }
  return index;
}
