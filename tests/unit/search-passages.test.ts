import { describe, expect, it } from 'vitest';
import { closestSpan, matchesOn, passagesOf, phraseLength, plausibleMatch, rankPassages, type PageMatch, type Passage } from '../../src/search/passages.ts';

const content =
  'Finding One. The Regional Anti-Terrorism Structure (RATS) works with Pakistan. Pakistan maintains rather harmonious relations. Second paragraph about counterterrorism and Xi Jinping’s visit, with India far from Pakistan in this sentence here.';
const words = content.split(/\s+/);
const at = (word: string, from = 0) => words.indexOf(word, from);

const page: PageMatch = {
  url: '/finding/',
  content,
  anchors: [
    { element: 'h1', id: 'finding', text: 'Finding One.', location: 0 },
    { element: 'p', id: 'finding-p1', location: 2 },
    { element: 'span', id: 'event-rats', location: 4 },
    { element: 'p', id: 'finding-p2', location: at('Second') },
  ],
  filters: { section: ['Finding'], kind: ['Article'] },
  meta: { title: 'Finding' },
};

describe('phraseLength', () => {
  it('finds a phrase with hyphenated or joined words in the text, case and possessives aside', () => {
    expect(phraseLength(words, at('Regional'), 'regional anti terrorism structure')).toBe(3);
    expect(phraseLength(words, at('counterterrorism'), 'counter terrorism')).toBe(1);
    expect(phraseLength(words, at('Xi'), 'Xi Jinping')).toBe(2);
    expect(phraseLength(words, at('Regional'), 'Regional Counter-Terrorism Structure')).toBe(0);
  });

  it('matches an abbreviation as written, so RATS is not "rather"', () => {
    expect(phraseLength(words, at('(RATS)'), 'RATS')).toBe(1);
    expect(phraseLength(words, at('rather'), 'RATS')).toBe(0);
  });
});

describe('plausibleMatch', () => {
  it("keeps Pagefind's stem and prefix matches and drops unrelated words", () => {
    expect(plausibleMatch('Pakistan’s', 'pakistan')).toBe(true);
    expect(plausibleMatch('China-Pakistan', 'Pakistan')).toBe(true);
    expect(plausibleMatch('countering', 'counter')).toBe(true);
    expect(plausibleMatch('T.', 'terorism')).toBe(false);
  });
});

describe('matchesOn and passagesOf', () => {
  const units = (hits: [number[], string, number[]][]) =>
    hits.map(([unitIds, form, locations]) => ({ units: unitIds, form, typed: true, locations }));

  it('keeps only passages holding every word, in any order, marking the words as the page will', () => {
    const matches = matchesOn(words, units([[[0], 'India', [at('India')]], [[1], 'Pakistan', [at('Pakistan.'), at('Pakistan', at('India'))]]]), new Set());
    const passages = passagesOf(page, matches, 2);
    expect(passages.map((p) => p.url)).toEqual(['/finding/#finding-p2']);
    expect(passages[0]?.marked).toEqual(['India', 'Pakistan']);
    expect(passages[0]?.gap).toBe(2);
  });

  it('lets a joined word stand for two typed words, and links a passage to its paragraph, not an inner anchor', () => {
    const matches = matchesOn(words, units([[[0, 1], 'counterterrorism', [at('counterterrorism')]], [[0], 'counter', [at('counterterrorism')]]]), new Set());
    const [passage] = passagesOf(page, matches, 2);
    expect(passage?.url).toBe('/finding/#finding-p2');
    expect(passage?.gap).toBe(0);
    const rats = passagesOf(page, matchesOn(words, units([[[0], 'RATS', [at('(RATS)'), at('rather')]]]), new Set([0])), 1);
    expect(rats.map((p) => p.url)).toEqual(['/finding/#finding-p1']);
  });

  it('marks a phrase as one mark without the punctuation around it', () => {
    const matches = matchesOn(words, units([[[0], 'Regional Anti-Terrorism Structure', [at('Regional'), at('Structure')]], [[0], 'RATS', [at('(RATS)')]]]), new Set([0]));
    const [passage] = passagesOf(page, matches, 1);
    expect(passage?.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['Regional Anti-Terrorism Structure', 'RATS']);
    expect(passage?.excerpt.map((part) => part.text).join('')).toContain('Structure (RATS) works');
    expect(passage?.marked).toEqual(['Regional Anti-Terrorism Structure', 'RATS']);
  });
});

describe('closestSpan', () => {
  it('measures the words between the closest matches covering every unit', () => {
    const match = (start: number, unit: number) => ({ start, end: start + 1, units: [unit], typed: true });
    expect(closestSpan([match(0, 0), match(10, 1), match(12, 0)], 2)).toEqual({ gap: 1, start: 10, end: 13 });
    expect(closestSpan([match(0, 0)], 2).gap).toBe(Infinity);
  });
});

describe('rankPassages', () => {
  const passage = (url: string, extra: Partial<Passage>): Passage => ({ url, section: '', kind: 'Article', heading: '', excerpt: [], marked: [], hits: 1, gap: 0, typed: 1, ...extra });

  it('puts words standing together first, then the reader’s own words, then most matches, the article’s text before the glossary', () => {
    const ranked = rankPassages([
      passage('far', { gap: 30, hits: 9 }),
      passage('glossary', { kind: 'Glossary', hits: 2 }),
      passage('expansion only', { typed: 0, hits: 5 }),
      passage('one', { hits: 1 }),
      passage('many', { hits: 3 }),
    ]);
    expect(ranked.map((p) => p.url)).toEqual(['many', 'one', 'glossary', 'expansion only', 'far']);
  });
});
