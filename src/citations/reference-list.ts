import { authorName, type CitableWork } from './schema.ts';
import { createCitationEngine } from './citation-style.ts';
import { languageOfText } from './language.ts';
import { typographic } from '../site/typography.ts';

/** One entry of the reference list, formatted in the article's style. */
export interface FormattedReference {
  key: string;
  /** The formatted reference as HTML (citeproc escapes the data; italics are `<i>`). */
  html: string;
  /** The in-text label without parentheses, e.g. "Giustozzi, 2008a": what citations to it show. */
  label: string;
  /** Set for works in another language, so browsers, screen readers and search treat them right. */
  lang?: string;
}

/** The language of a work: its CSL `language`, else Russian when its author is written in Cyrillic. */
export function referenceLang(reference: CitableWork): string | undefined {
  return reference.language ?? languageOfText(reference.author.map(authorName).join(' '));
}

/**
 * Formats the whole reference list in APA order with the same primed engine that formats the
 * citations, so labels such as "2008a" agree between the text and the list.
 */
export function formatReferenceList(references: CitableWork[]): FormattedReference[] {
  const engine = createCitationEngine(references);
  const [meta, entries] = engine.makeBibliography();
  const byKey = new Map(references.map((reference) => [reference.id, reference]));
  return meta.entry_ids.map(([key], i) => {
    const reference = key ? byKey.get(key) : undefined;
    if (!key || !reference) throw new Error(`citeproc returned an entry for an unknown key: ${String(key)}`);
    const html = typographic((entries[i] ?? '').trim().replace(/^<div class="csl-entry">|<\/div>$/g, '').trim());
    const label = engine.makeCitationCluster([{ id: key }]).replace(/^\(|\)$/g, '');
    const lang = referenceLang(reference);
    return { key, html, label, ...(lang && { lang }) };
  });
}
