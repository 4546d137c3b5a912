import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { authorName, type CitableWork } from './schema.ts';

const bibtexConfig = plugins.config.get('@bibtex').format;
// Keys stay the article's keys, and Cyrillic stays Cyrillic (ASCII-only output would drop it).
bibtexConfig['useIdAsLabel'] = true;
bibtexConfig['asciiOnly'] = false;

/** A journal article whose journal is unknown: BibTeX's @article and RIS's JOUR both require one. */
const withoutJournal = (work: CitableWork) => work.type === 'article-journal' && !work['container-title'];

/**
 * Braces every word of a title that has a capital and is not braced yet (citation-js leaves the first
 * word and the word after a colon bare), and joins neighbouring braced words, so BibTeX styles that
 * lower-case titles keep "{CPEC}" and "{Xi Jinping}" as printed.
 */
export function protectCapitals(title: string): string {
  let depth = 0;
  let out = '';
  let word = '';
  const flush = () => {
    out += /\p{Lu}/u.test(word) ? `{${word}}` : word;
    word = '';
  };
  for (const char of title) {
    if (depth === 0 && !/[\s{}]/.test(char)) {
      word += char;
      continue;
    }
    flush();
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    out += char;
  }
  flush();
  return out.replace(/\} \{/g, ' ');
}

/**
 * The reference list as BibTeX, UTF-8, keyed by the article's keys. citation-js leaves "&" bare
 * when not ASCII-only, which LaTeX rejects, so it is escaped here; titles keep their capitals. A
 * journal article without a journal is a @misc, the type BibTeX has for what fits no other.
 */
export function toBibtex(references: CitableWork[]): string {
  return references
    .map((work) => withKeywords(new Cite([withoutJournal(work) ? { ...work, type: 'document' } : work]).format('bibtex'), work))
    .join('')
    .replace(/^(\s*(\w+) = \{)(.*)(\},?)$/gm, (_, start: string, field: string, value: string, end: string) => {
      const escaped = value.replace(/(?<!\\)&/g, '\\&');
      return `${start}${field === 'title' || field === 'booktitle' ? protectCapitals(escaped) : escaped}${end}`;
    });
}

/**
 * Adds the work's keywords, which citation-js's BibTeX output drops, so a reference manager importing
 * the file (Zotero reads `keywords` as tags) keeps them, as it does from RIS.
 */
function withKeywords(entry: string, work: CitableWork): string {
  if (!work.keyword) return entry;
  const keywords = work.keyword.split(/\s*;\s*/).join(', ');
  return entry.replace(/\n\}\s*$/, `\n\tkeywords = {${keywords}},\n}\n\n`);
}

const risTypes: Record<CitableWork['type'], string> = {
  'article-journal': 'JOUR',
  book: 'BOOK',
  chapter: 'CHAP',
  report: 'RPRT',
  thesis: 'THES',
  webpage: 'ELEC',
};

/**
 * The reference list as RIS, for EndNote, Zotero and Mendeley. Written here rather than by
 * citation-js, whose RIS output breaks long titles mid-word at 70 characters. A journal article without
 * a journal is GEN (generic); a chapter's book title is T2, as the RIS specification has it.
 */
export function toRis(references: CitableWork[]): string {
  return references
    .map((reference) => {
      const [year, month] = reference.issued['date-parts'][0];
      const [start, end] = (reference.page ?? '').split(/[-–]/);
      const lines: [string, string | undefined][] = [
        ['TY', withoutJournal(reference) ? 'GEN' : risTypes[reference.type]],
        ...reference.author.map((name): [string, string] => ['AU', authorName(name)]),
        ['PY', String(year)],
        ['DA', `${year}/${month ? String(month).padStart(2, '0') : ''}//`],
        ['TI', reference.title],
        ['T2', reference['container-title']],
        ['SP', start || undefined],
        ['EP', end || undefined],
        ['PB', reference.publisher],
        ['CY', reference['publisher-place']],
        ['LA', reference.language],
        ['UR', reference.URL],
        ['AB', reference.abstract],
        ...(reference.keyword ?? '').split(/;\s*/).filter(Boolean).map((keyword): [string, string] => ['KW', keyword]),
        ['ER', ''],
      ];
      return lines
        .filter((line): line is [string, string] => line[1] !== undefined)
        .map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ')}`)
        .join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

/** The reference list as CSL-JSON: the bibliography file itself, normalised. */
export function toCslJson(references: CitableWork[]): string {
  return `${JSON.stringify(references, null, 2)}\n`;
}
