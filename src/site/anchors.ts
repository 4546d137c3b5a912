/**
 * Every id the site gives an element for a link to land on, and the parsers that read them back: the one
 * place the anchor scheme is written. Plain functions with no imports, so plugins, pages, browser
 * scripts and tests can all use it.
 */

/** The abstract's heading, on the home page and the whole-article page. */
export const ABSTRACT_ID = 'abstract';

/** The home page's account of what this edition changes, which the footer of every page points to. */
export const ABOUT_EDITION_ID = 'about-this-edition';

/** The id a section's n-th paragraph carries (1-based), e.g. `literature-p3`. */
export function paragraphId(section: string, n: number): string {
  return `${section}-p${n}`;
}

/** Whether an element id is a paragraph's (see `paragraphId`). */
export function isParagraphId(id: unknown): id is string {
  return typeof id === 'string' && /-p\d+$/.test(id);
}

/**
 * Where a paragraph stands for readers and citations: the number shown beside it and the subsection
 * heading it is counted from (none for the paragraphs before a section's first subsection). Numbers
 * restart after every heading, as APA 7 counts paragraphs from the heading a citation names, and a list
 * counts with the paragraph that introduces it; the ids (`literature-p19`) never change, so old links
 * still land. Pages get these from the `paragraphs` record; search from `/paragraphs.json` (see
 * `paragraphName`).
 */
export interface ParagraphPlace {
  /** The paragraph's (or list item's) id. */
  id: string;
  /** The number readers see and cite: "para. 3". */
  number: number;
  /** The subsection heading the number counts from; absent under the section's own heading. */
  heading?: string | undefined;
}

/**
 * How a paragraph is named wherever it is linked ("Cited in", "Used in", the timeline, search):
 * "Literature, para. 3", or "Literature: Executive Structure of the SCO, para. 1" under a subsection.
 * `spoken` spells out "paragraph" for screen readers.
 */
export function paragraphLabel(sectionTitle: string, place: Pick<ParagraphPlace, 'number' | 'heading'>, spoken = false): string {
  const where = place.heading ? `${sectionTitle}: ${place.heading}` : sectionTitle;
  return `${where}, ${spoken ? 'paragraph' : 'para.'} ${place.number}`;
}

/** Every numbered paragraph of the site by id, as `/paragraphs.json` serves it to search. */
export type ParagraphIndex = Record<string, { section: string; number: number; heading?: string }>;

/**
 * Reads `/paragraphs.json` back: the name to show for a passage whose anchor is `id` ("Literature:
 * Executive Structure of the SCO, para. 1"), as the page beside it numbers it; undefined for an id that
 * is no paragraph.
 */
export function paragraphName(index: ParagraphIndex, id: string): string | undefined {
  const place = index[id];
  return place && paragraphLabel(place.section, place);
}


/** The id of a section's n-th citation, where "Cited in" lands, e.g. `literature-cite4`. */
export function citationId(section: string, n: number): string {
  return `${section}-cite${n}`;
}

/** Whether an element id is a citation's (see `citationId`). */
export function isCitationId(id: unknown): id is string {
  return typeof id === 'string' && /-cite\d+$/.test(id);
}

/** The id of a work's entry on the references page. */
export function referenceId(key: string): string {
  return `ref-${key}`;
}

/** The id of a work's entry in the whole-article page's reference list. */
export function wholeArticleReferenceId(key: string): string {
  return `whole-ref-${key}`;
}

/** The id of the hidden preview of a work that a page carries for its citations. */
export function previewId(key: string): string {
  return `preview-${key}`;
}

/** The id a dated event's sentence carries, and its entry on the timeline. */
export function eventId(id: string): string {
  return `event-${id}`;
}

/** The id of a group of the timeline ("1990s", "19th century"). */
export function timelineGroupId(group: string): string {
  return `decade-${group.replace(/\W+/g, '-')}`;
}

/** The id of a glossary entry, e.g. `term-rats`. */
export function termId(term: string): string {
  return `term-${term.toLowerCase()}`;
}

/** The id of an editor's note, which marks in the text link to. */
export function noteId(id: string): string {
  return `note-${id}`;
}

/** The id of an editor's note's label, which names the note. */
export function noteLabelId(id: string): string {
  return `${noteId(id)}-label`;
}
