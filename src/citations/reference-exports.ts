import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { authorName, type CitableWork } from './schema.ts';

const bibtexConfig = plugins.config.get('@bibtex').format;
// Keys stay the article's keys, and Cyrillic stays Cyrillic (ASCII-only output would drop it).
bibtexConfig['useIdAsLabel'] = true;
bibtexConfig['asciiOnly'] = false;

/**
 * The reference list as BibTeX, UTF-8, keyed by the article's keys. citation-js leaves "&" bare
 * when not ASCII-only, which LaTeX rejects, so it is escaped here.
 */
export function toBibtex(references: CitableWork[]): string {
  return new Cite(references)
    .format('bibtex')
    .replace(/^(\s*\w+ = \{)(.*)(\},?)$/gm, (_, start: string, value: string, end: string) =>
      `${start}${value.replace(/(?<!\\)&/g, '\\&')}${end}`,
    );
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
 * citation-js, whose RIS output breaks long titles mid-word at 70 characters.
 */
export function toRis(references: CitableWork[]): string {
  return references
    .map((reference) => {
      const [year, month] = reference.issued['date-parts'][0];
      const [start, end] = (reference.page ?? '').split(/[-–]/);
      const lines: [string, string | undefined][] = [
        ['TY', risTypes[reference.type]],
        ['ID', reference.id],
        ...reference.author.map((name): [string, string] => ['AU', authorName(name)]),
        ['PY', String(year)],
        ['DA', `${year}/${month ? String(month).padStart(2, '0') : ''}//`],
        ['TI', reference.title],
        [reference.type === 'chapter' ? 'BT' : 'T2', reference['container-title']],
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
