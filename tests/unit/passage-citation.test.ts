import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema, type ArticleData } from '../../src/article/schema.ts';
import { articleCitationForms } from '../../src/quote/article-citation.ts';
import { passageCitation } from '../../src/quote/passage-citation.ts';
import { quotationUrl, quotationWithSource, quoted, textDirective } from '../../src/quote/clipboard-text.ts';

// The article record as content/article.yaml gives it, and the same record with fewer authors.
const raw = load(readFileSync(resolve(import.meta.dirname, '../../content/article.yaml'), 'utf8')) as { article: unknown };
const article = articleSchema.parse(raw.article);
const withAuthors = (count: number): ArticleData => ({ ...article, authors: article.authors.slice(0, count) });
const site = new URL('https://example.org/');

describe('the APA 7 citation of a passage, from the CSL engine and the article record', () => {
  const forms = articleCitationForms(article, site);

  it('cites a paragraph by its section and number, with "et al." for three authors', () => {
    expect(passageCitation(forms, { heading: 'Literature', first: 6, last: 6 })).toBe('(Afridi et al., 2024, Literature section, para. 6)');
  });

  it('names one author, or two joined by an ampersand, as APA 7 does', () => {
    expect(passageCitation(articleCitationForms(withAuthors(1), site), { heading: 'Literature', first: 2, last: 2 })).toBe(
      '(Afridi, 2024, Literature section, para. 2)',
    );
    expect(passageCitation(articleCitationForms(withAuthors(2), site), { heading: 'Literature', first: 2, last: 2 })).toBe(
      '(Afridi & Ali, 2024, Literature section, para. 2)',
    );
  });

  it('cites a subsection and the abstract by their own headings', () => {
    expect(passageCitation(forms, { heading: 'Executive Structure of the SCO', first: 1, last: 1 })).toBe(
      '(Afridi et al., 2024, Executive Structure of the SCO section, para. 1)',
    );
    expect(passageCitation(forms, { heading: 'Abstract', first: 1, last: 1 })).toBe('(Afridi et al., 2024, Abstract section, para. 1)');
  });

  it('cites a range of paragraphs as "paras." with an en dash', () => {
    expect(passageCitation(forms, { heading: 'Finding and Discussions', first: 2, last: 3 })).toBe(
      '(Afridi et al., 2024, Finding and Discussions section, paras. 2–3)',
    );
  });

  it('takes the year from the article record', () => {
    const accepted = { ...article, accepted: '2025-01-10' };
    expect(passageCitation(articleCitationForms(accepted, site), { heading: 'Conclusion', first: 1, last: 1 })).toBe(
      '(Afridi et al., 2025, Conclusion section, para. 1)',
    );
  });
});

describe('what "Copy quote" puts on the clipboard', () => {
  const url = quotationUrl('https://example.org/literature/', 'literature-p19', { textStart: 'The Shanghai Trade', textEnd: 'in Shanghai' });

  it('links to the paragraph with a text fragment that reopens the quotation', () => {
    expect(url).toBe('https://example.org/literature/#literature-p19:~:text=The%20Shanghai%20Trade,in%20Shanghai');
    expect(textDirective({ prefix: 'well-known', textStart: 'a, b', suffix: 'c & d' })).toBe('text=well%2Dknown-,a%2C%20b,-c%20%26%20d');
  });

  it('gives the quotation in typographic marks, the citation with the period after it, and the link', () => {
    const { plain, html } = quotationWithSource(
      'The Shanghai Trade Cooperation Council was established on June 14, 2006, in Shanghai.',
      '(Afridi et al., 2024, Function and Working of SCO section, para. 1)',
      url,
    );
    expect(plain).toBe(
      `“The Shanghai Trade Cooperation Council was established on June 14, 2006, in Shanghai” (Afridi et al., 2024, Function and Working of SCO section, para. 1). ${url}`,
    );
    expect(html).toBe(
      `<p>“The Shanghai Trade Cooperation Council was established on June 14, 2006, in Shanghai” <a href="${url}">(Afridi et al., 2024, Function and Working of SCO section, para. 1)</a>.</p>`,
    );
  });

  it('turns double quotation marks inside the quotation into single ones', () => {
    expect(quoted('It emerged as the "Shanghai Five" in 1996')).toBe('“It emerged as the ‘Shanghai Five’ in 1996”');
    expect(quoted('based on a “harmonious society,” development')).toBe('“based on a ‘harmonious society,’ development”');
  });

  it('keeps list items on lines of their own', () => {
    const { plain, html } = quotationWithSource('These are:\nThe Council of Heads of State', '(A, 2024, B section, para. 1)', 'https://x/');
    expect(plain).toBe('“These are:\nThe Council of Heads of State” (A, 2024, B section, para. 1) https://x/');
    expect(html).toContain('These are:<br>The Council of Heads of State');
  });
});
