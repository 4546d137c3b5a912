import type { ArticleData } from '../article/schema.ts';
import type { Section } from '../article/sections.ts';
import type { FormattedReference } from '../citations/reference-list.ts';
import { sectionRecords } from '../markdown/section-records.ts';
import { ABSTRACT_ID, referenceId } from '../site/anchors.ts';
import { paragraphNames } from '../article/paragraph-names.ts';
import { sectionHref, withBase } from '../site/urls.ts';
import { GLOSSARY_FILE } from './glossary.ts';
import { findTermUses } from './match.ts';
import type { GlossaryTerm } from './schema.ts';

/** A passage that uses a glossary term, as the glossary's "Used in" links to it. */
export interface TermUseLink {
  href: string;
  label: string;
}

/**
 * Where each glossary term is used: the abstract, the affiliations, every paragraph of the sections (as
 * rehype-glossary-terms recorded them) and the reference list. A term used nowhere stops the build,
 * naming the glossary file.
 */
export async function glossaryUses(
  glossary: GlossaryTerm[],
  { article, sections, references }: { article: ArticleData; sections: Section[]; references: FormattedReference[] },
): Promise<Map<string, TermUseLink[]>> {
  const uses = new Map<string, TermUseLink[]>(glossary.map((entry) => [entry.term, []]));
  const add = (term: string, use: TermUseLink) => uses.get(term)?.push(use);
  const usesIn = (text: string) => new Set(findTermUses(text, glossary).map((use) => use.term));

  for (const term of usesIn(article.abstract)) add(term, { href: `${withBase()}#${ABSTRACT_ID}`, label: 'Abstract' });
  for (const term of usesIn(article.affiliations.map((a) => a.name).join(' '))) add(term, { href: withBase(), label: 'Affiliations' });
  const paragraphName = await paragraphNames(sections);
  for (const section of sections) {
    for (const place of (await sectionRecords(section)).glossary) {
      add(place.term, {
        href: `${sectionHref(section.id)}#${place.paragraph}`,
        label: paragraphName(place.paragraph).text,
      });
    }
  }
  for (const entry of references) {
    for (const term of usesIn(entry.html.replace(/<[^>]+>/g, ''))) {
      add(term, { href: `${withBase('references/')}#${referenceId(entry.key)}`, label: `Reference: ${entry.label}` });
    }
  }

  const unused = [...uses].filter(([, list]) => list.length === 0).map(([term]) => term);
  if (unused.length > 0) {
    throw new Error(
      `${GLOSSARY_FILE}: ${unused.join(', ')} ${unused.length === 1 ? 'is' : 'are'} used nowhere in the article. Remove the entry or fix its spelling.`,
    );
  }
  return uses;
}
