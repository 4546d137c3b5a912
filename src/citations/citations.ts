import type { Section } from '../article/sections.ts';
import type { CitationPlace } from '../markdown/records.ts';
import { sectionRecords } from '../markdown/section-records.ts';

/** Where a section cites each work, as recorded by rehype-citation-links while rendering it. */
export async function citationPlaces(section: Section): Promise<CitationPlace[]> {
  return (await sectionRecords(section)).citations;
}

/** Every citation in the article, in reading order. */
export async function allCitationPlaces(sections: Section[]): Promise<CitationPlace[]> {
  return (await Promise.all(sections.map(citationPlaces))).flat();
}

/** The keys a list of citations names, each once, in order of first citation. */
export function citedKeys(places: CitationPlace[]): string[] {
  return [...new Set(places.map((place) => place.key))];
}

/**
 * Fails when a work in the bibliography is cited nowhere: an uncited entry is either a mistake in the
 * text or a work that does not belong in the list.
 */
export function assertEveryWorkCited(keys: string[], places: CitationPlace[], bibliographyFile: string): void {
  const cited = new Set(places.map((place) => place.key));
  const uncited = keys.filter((key) => !cited.has(key));
  if (uncited.length > 0) {
    throw new Error(
      `${bibliographyFile}: ${uncited.map((key) => `"${key}"`).join(', ')} ${uncited.length === 1 ? 'is' : 'are'} cited nowhere in content/sections/. Cite each work or remove it from the bibliography.`,
    );
  }
}

/** The letters that tell a work's several citations apart in "Cited in": a, b, … z, aa, ab, … */
export function backlinkLetter(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return index < 26 ? letters[index]! : backlinkLetter(Math.floor(index / 26) - 1) + letters[index % 26]!;
}
