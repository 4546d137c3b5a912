import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The article of record, as converted from the PDF. Kept in the repo so tests never need ../shared.
export const source = readFileSync(resolve(import.meta.dirname, '../fixtures/article-source.md'), 'utf8');

/** Parenthetical citations ("(Zeb, 2006)", "(Ashfaq U. Rehman, August 2018)"); their form is the bibliography's business. */
const citation = /\s*\([^()]*\p{L}[^()]*\d{4}[a-z]?\)/gu;

/** Citations out, quotes straight, white space folded: what is left must match the source letter for letter. */
export const normalise = (text: string) =>
  text.replace(citation, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** The source between two headings, as blocks (paragraphs, list items) of plain text. */
export function sourceBlocks(from: string, to: string): string[] {
  const start = source.indexOf(from);
  const end = source.indexOf(to, start);
  return source
    .slice(start + from.length, end)
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.replace(/^- /, '').replace(/\*\*/g, '').replace(/\\([$*_[\]])/g, '$1'));
}

/** Splits text into sentences; a fragment cut by a page break stays a (shorter) fragment. */
export function sentences(blocks: string[]): string[] {
  return blocks
    .map(normalise)
    .flatMap((block) => block.split(/(?<=[.!?]["”]?)\s+(?=["“\p{Lu}])/u))
    .filter((sentence) => sentence.length > 0);
}

/** The front matter of the source (title, authors, affiliations, abstract, keywords) without its dates. */
export function frontMatterBlocks(): string[] {
  return sourceBlocks('## RESEARCH ARTICLE', '## INTRODUCTION')
    .filter((line) => !/^(Received|Accepted|\*?\\?\*?Corresponding)/.test(line))
    .map((line) => line.replace(/<sup>[^<]*<\/sup>/g, '').replace(/\s+$/, ''));
}

/** Every sentence of the body, Introduction to Conclusion. */
export const bodySentences = () => sentences(sourceBlocks('## INTRODUCTION', '## REFERENCES'));
