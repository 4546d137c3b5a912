import type { CitationPlace } from '../markdown/records.ts';
import type { PrintedCitations } from './printed-citations.ts';
import type { FormattedReference } from './reference-list.ts';
import type { Reference } from './schema.ts';

/** How one entry of the displayed list differs from the printed list, apart from corrections. */
export interface EntryDifference {
  key: string;
  /** The work's in-text label, e.g. "Mariani, 2013". */
  label: string;
  lang: string | undefined;
  /** Each difference in readers' words, e.g. "the print gives the month (October 2013); APA 7 the year alone". */
  notes: string[];
}

/** A citation whose APA label differs from the print, with where it stands. */
export interface RestyledCitation {
  key: string;
  /** The label as this edition shows it, parentheses included: "(Mariani, 2013)". */
  label: string;
  /** The citation as printed: "(Mariani, Oct, 2013)". */
  printed: string;
  places: CitationPlace[];
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const plainText = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#38;/g, '&');

/**
 * Where the reference list as displayed (APA 7, by citeproc) departs from the printed list, entry by
 * entry: months dropped from dates, places left out, single quotes made double, and entries that APA's
 * order puts ahead of one the print lists first. `bibliography` is in the printed order; the downloads
 * keep every printed field.
 */
export function displayDifferences(bibliography: Reference[], entries: FormattedReference[]): EntryDifference[] {
  const printedOrder = new Map(bibliography.map((reference, i) => [reference.id, i]));
  const byKey = new Map(bibliography.map((reference) => [reference.id, reference]));
  return entries
    .map((entry, shown) => {
      const reference = byKey.get(entry.key);
      if (!reference) throw new Error(`no work in the bibliography has the key "${entry.key}"`);
      const text = plainText(entry.html);
      const notes: string[] = [];
      const [year, month] = reference.issued['date-parts'][0];
      if (month !== undefined) {
        notes.push(`the print gives the month (${months[month - 1]} ${year}); APA 7 gives the year alone`);
      }
      const place = reference['publisher-place'];
      if (place && !text.includes(place)) notes.push(`the print names the place (${place}); APA 7 leaves it out`);
      for (const [, quoted] of reference.title.matchAll(/(?<!\p{L})'([^']+)'(?!\p{L})/gu)) {
        if (text.includes(`“${quoted}”`)) notes.push(`the print sets ‘${quoted}’ in single quotes; APA 7 sets it in double`);
      }
      const own = printedOrder.get(entry.key) ?? 0;
      for (const later of entries.slice(shown + 1)) {
        if ((printedOrder.get(later.key) ?? 0) < own) {
          notes.push(`listed before ${later.label}, which the print puts first: APA 7 orders authors letter by letter`);
        }
      }
      return { key: entry.key, label: entry.label, lang: entry.lang, notes };
    })
    .filter((difference) => difference.notes.length > 0);
}

/** Every work whose citations the print words differently, with the places that cite it, in list order. */
export function restyledCitations(
  entries: FormattedReference[],
  printed: PrintedCitations,
  places: CitationPlace[],
): RestyledCitation[] {
  return entries.flatMap((entry) => {
    const form = printed.get(entry.key);
    return form ? [{ key: entry.key, label: `(${entry.label})`, printed: form, places: places.filter((p) => p.key === entry.key) }] : [];
  });
}
