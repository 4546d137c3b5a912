import { paragraphNames, type ParagraphName } from '../article/paragraph-names.ts';
import type { Section } from '../article/sections.ts';
import type { CitationPlace } from '../markdown/records.ts';
import { BIBLIOGRAPHY_FILE, loadBibliography, loadCorrections } from './bibliography.ts';
import { allCitationPlaces, assertEveryWorkCited } from './citations.ts';
import { formatReferenceList, type FormattedReference } from './reference-list.ts';
import type { Reference, ReferenceCorrection } from './schema.ts';
import { loadPrintedCitations } from './printed-citations.ts';
import { typographic } from '../site/typography.ts';
import { displayDifferences, restyledCitations, type EntryDifference, type RestyledCitation } from './print-differences.ts';

/** A work of the reference list with every place that cites it, in reading order. */
export interface CitedReference {
  entry: FormattedReference;
  places: CitationPlace[];
}

/** One correction this edition made, in readers' words, under the work it concerns. */
export interface CorrectionNote {
  key: string;
  /** The work's in-text label, e.g. "Giustozzi, 2008a". */
  label: string;
  field: string;
  /** The work's language, for the quoted words. */
  lang: string | undefined;
  source: string;
  /** Absent for a garble kept as printed. */
  corrected: string | undefined;
  why: string;
}

/** Works that share an author and a year, told apart by a letter (2008a, 2008b): how the print cites each. */
export interface SameYearWork {
  entry: FormattedReference;
  reference: Reference;
  printed: string | undefined;
  places: CitationPlace[];
}

// Readers' words for CSL field names.
const fieldNames: Record<string, string> = {
  author: 'author',
  title: 'title',
  issued: 'date',
  'container-title': 'journal or venue',
  publisher: 'publisher',
  'publisher-place': 'place',
  page: 'pages',
};

/**
 * What the references page shows: every work in APA order with the places that cite it, and the
 * corrections grouped by kind. A work nothing cites stops the build here, naming the bibliography.
 */
export async function referencesPage(sections: Section[]): Promise<{
  references: CitedReference[];
  /** How "Cited in" names each citing paragraph, by its id. */
  paragraphName: (id: string) => ParagraphName;
  correctionGroups: { heading: string; items: CorrectionNote[] }[];
  /** Entries the displayed APA 7 list shows otherwise than the print, with how. */
  differences: EntryDifference[];
  /** Citations whose APA label differs from the print. */
  restyled: RestyledCitation[];
  /** Groups of works by one author in one year (Giustozzi 2008a and 2008b). */
  sameYearWorks: SameYearWork[][];
}> {
  const bibliography = loadBibliography();
  const corrections = loadCorrections();
  const places = await allCitationPlaces(sections);
  assertEveryWorkCited(bibliography.map((reference) => reference.id), places, BIBLIOGRAPHY_FILE);
  const entries = formatReferenceList(bibliography);
  const byKey = new Map(bibliography.map((reference) => [reference.id, reference]));
  const labels = new Map(entries.map((entry) => [entry.key, entry.label]));
  const printed = loadPrintedCitations(bibliography);
  const sameYear = new Map<string, SameYearWork[]>();
  for (const entry of entries) {
    const reference = byKey.get(entry.key);
    const shared = /^(.*\d{4})[a-z]$/.exec(entry.label)?.[1];
    if (!reference || !shared) continue;
    const work = { entry, reference, printed: printed.get(entry.key), places: places.filter((place) => place.key === entry.key) };
    sameYear.set(shared, [...(sameYear.get(shared) ?? []), work]);
  }
  const notes = corrections.map((correction) => ({
    kind: correction.kind,
    note: {
      key: correction.key,
      label: labels.get(correction.key) ?? correction.key,
      field: fieldNames[correction.field] ?? correction.field,
      lang: byKey.get(correction.key)?.language,
      source: correction.source,
      corrected: correction.corrected,
      why: typographic(correction.why),
    },
  }));
  const group = (heading: string, kind: ReferenceCorrection['kind']) => ({
    heading,
    items: notes.filter((note) => note.kind === kind).map(({ note }) => note),
  });
  return {
    references: entries.map((entry) => ({ entry, places: places.filter((place) => place.key === entry.key) })),
    paragraphName: await paragraphNames(sections),
    correctionGroups: [
      group('Misspellings corrected:', 'spelling'),
      group('Stray punctuation of the typesetting dropped:', 'punctuation'),
      group('Fields printed the wrong way round put back:', 'order'),
      group('Garbles kept as printed:', 'kept'),
    ].filter((g) => g.items.length > 0),
    differences: displayDifferences(bibliography, entries),
    restyled: restyledCitations(entries, printed, places),
    sameYearWorks: [...sameYear.values()],
  };
}
