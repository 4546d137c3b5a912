/**
 * APA 7 citations of a passage of a work without page numbers: the heading the passage stands under
 * and its paragraph number(s), after the author-date part, e.g.
 * "(Afridi et al., 2024, Literature section, para. 6)". Plain functions with no imports: the pages use
 * them at build time and the quote tools in the browser.
 */

/**
 * The pieces of an in-text citation that the CSL engine decides, read once from its output at build
 * time (see `readCitationForms`), so the browser composes citations without carrying the engine.
 */
export interface CitationForms {
  /** "Afridi et al., 2024". */
  authorDate: string;
  /** The label before one paragraph number: "para.". */
  paragraph: string;
  /** The label before a range of paragraphs: "paras.". */
  paragraphs: string;
  /** What joins the ends of a range: "–". */
  rangeDash: string;
}

/** Where a passage stands: the heading its paragraphs count from, and its first and last paragraph. */
export interface PassagePlace {
  heading: string;
  first: number;
  last: number;
}

/**
 * Reads the citation forms from the engine's citations of the work: without a locator, with paragraph
 * 1, and with paragraphs 1-2 (`cite(locator)` gives the engine's plain-text citation). Fails loudly if
 * the style ever renders them in another shape.
 */
export function readCitationForms(cite: (paragraphLocator?: string) => string): CitationForms {
  const plain = cite();
  const one = cite('1');
  const range = cite('1-2');
  const authorDate = /^\((.+)\)$/.exec(plain)?.[1];
  const single = authorDate ? new RegExp(`^\\(${escape(authorDate)}, (.+) 1\\)$`).exec(one) : null;
  const plural = authorDate ? new RegExp(`^\\(${escape(authorDate)}, (.+) 1(\\D+)2\\)$`).exec(range) : null;
  if (!authorDate || !single?.[1] || !plural?.[1] || !plural[2]) {
    throw new Error(`The citation style cites paragraphs in an unexpected shape: ${JSON.stringify([plain, one, range])}`);
  }
  return { authorDate, paragraph: single[1], paragraphs: plural[1], rangeDash: plural[2] };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The locator of a passage, "Literature section, para. 6" or "Literature section, paras. 5–6". */
export function passageLocator(forms: CitationForms, { heading, first, last }: PassagePlace): string {
  const paragraphs = first === last ? `${forms.paragraph} ${first}` : `${forms.paragraphs} ${first}${forms.rangeDash}${last}`;
  return `${heading} section, ${paragraphs}`;
}

/** The parenthetical citation of a passage, "(Afridi et al., 2024, Literature section, para. 6)". */
export function passageCitation(forms: CitationForms, place: PassagePlace): string {
  return `(${forms.authorDate}, ${passageLocator(forms, place)})`;
}
