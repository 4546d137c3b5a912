import { describe, expect, it } from 'vitest';
import { closestWord, editDistance, vocabularyOf } from '../../src/search/suggest.ts';
import { markRanges } from '../../src/search/marks.ts';

const vocabulary = vocabularyOf(['Terrorism and terrorism, terrorist. Pakistan’s security; the Shanghai Cooperation Organization.', 'terrorism again']);

describe('did you mean', () => {
  it('offers the closest word of the text for a misspelling', () => {
    expect(closestWord('terorism', vocabulary)).toBe('terrorism');
    expect(closestWord('Pakistn', vocabulary)).toBe('Pakistan');
    expect(closestWord('secuirty', vocabulary)).toBe('security');
  });

  it('offers nothing for a word the text holds or one too far from any', () => {
    expect(closestWord('security', vocabulary)).toBeUndefined();
    expect(closestWord('xylophone', vocabulary)).toBeUndefined();
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('secuirty', 'security', 3)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('markRanges', () => {
  const text = 'The Regional Anti-Terrorism\n Structure (RATS) helps us focus; the US and counterterrorism.';
  const marked = (forms: string[]) => markRanges(text, forms).map(({ start, end }) => text.slice(start, end));

  it('marks whole words and phrases across line breaks, any case', () => {
    expect(marked(['regional anti-terrorism structure', 'RATS'])).toEqual(['Regional Anti-Terrorism\n Structure', 'RATS']);
    expect(marked(['counterterrorism'])).toEqual(['counterterrorism']);
  });

  it('marks an abbreviation only as written and never inside a word', () => {
    expect(marked(['US'])).toEqual(['US']);
    expect(marked(['rat'])).toEqual([]);
  });
});
