import { describe, expect, it } from 'vitest';
import { passagesOf, phraseLocations, rankPassages, type PageMatch } from '../../src/lib/search/passages.ts';

const content = 'Finding One. The Regional Anti-Terrorism Structure (RATS) works. Pakistan maintains rather harmonious relations. Second paragraph about RATS and CPEC.';
const words = content.split(/\s+/);
const at = (word: string, from = 0) => words.indexOf(word, from);

const page = (locations: number[], starts?: number[]): PageMatch => ({
  url: '/finding/',
  content,
  anchors: [
    { element: 'h1', id: 'finding', text: 'Finding One.', location: 0 },
    { element: 'p', id: 'finding-p1', location: 2 },
    { element: 'p', id: 'finding-p2', location: at('Second') },
  ],
  locations,
  ...(starts && { starts }),
  filters: { section: ['Finding'], kind: ['Article'] },
  meta: { title: 'Finding' },
});

describe('phraseLocations', () => {
  it('keeps only places where the whole phrase stands, hyphenated words included', () => {
    const regional = at('Regional');
    const { marked, starts } = phraseLocations(words, [regional, at('Structure')], 'Regional Anti Terrorism Structure');
    expect(starts).toEqual([regional]);
    expect(marked).toEqual([regional, regional + 1, regional + 2]);
  });

  it('drops a lone word of a phrase', () => {
    expect(phraseLocations(words, [at('Regional')], 'Regional Counter-Terrorism Structure').starts).toEqual([]);
  });

  it('matches an abbreviation exactly when asked, so RATS is not "rather"', () => {
    const locations = [at('(RATS)'), at('rather'), at('RATS')];
    expect(phraseLocations(words, locations, 'RATS', true).starts).toEqual([at('(RATS)'), at('RATS')]);
    expect(phraseLocations(words, locations, 'RATS').starts).toEqual(locations);
  });
});

describe('passagesOf', () => {
  it('gives one passage per paragraph with matches, linked to its anchor, matches marked', () => {
    const passages = passagesOf(page([at('(RATS)'), at('RATS')]));
    expect(passages.map((p) => [p.url, p.hits])).toEqual([
      ['/finding/#finding-p1', 1],
      ['/finding/#finding-p2', 1],
    ]);
    const [first] = passages;
    expect(first?.section).toBe('Finding');
    expect(first?.heading).toBe('Finding One.');
    expect(first?.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['(RATS)']);
    expect(first?.excerpt.map((part) => part.text).join('')).toContain('Structure (RATS) works.');
  });

  it('counts a phrase once however many words it has', () => {
    const regional = at('Regional');
    const [passage] = passagesOf(page([regional, regional + 1, regional + 2], [regional]));
    expect(passage?.hits).toBe(1);
    expect(passage?.excerpt.filter((part) => part.mark)).toHaveLength(3);
  });
});

describe('rankPassages', () => {
  it('puts the passage with most matches first and glossary entries after equal text', () => {
    const base = { url: '', section: '', heading: '', excerpt: [] };
    const ranked = rankPassages([
      { ...base, url: 'glossary', kind: 'Glossary', hits: 2 },
      { ...base, url: 'one', kind: 'Article', hits: 1 },
      { ...base, url: 'many', kind: 'Article', hits: 3 },
    ]);
    expect(ranked.map((p) => p.url)).toEqual(['many', 'glossary', 'one']);
  });
});
