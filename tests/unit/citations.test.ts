import { describe, expect, it } from 'vitest';
import { assertEveryWorkCited, backlinkLetter, citedKeys } from '../../src/citations/citations.ts';
import { citationId, paragraphId } from '../../src/site/anchors.ts';

const place = (key: string, n: number) => ({ key, section: 'literature', paragraph: paragraphId('literature', n), id: citationId('literature', n) });

describe('citations', () => {
  it('lists each cited key once, in order of first citation', () => {
    expect(citedKeys([place('b', 1), place('a', 2), place('b', 3)])).toEqual(['b', 'a']);
  });

  it('names every work that nothing cites, and the bibliography file', () => {
    expect(() => assertEveryWorkCited(['a', 'b', 'c'], [place('a', 1)], 'content/references.json')).toThrow(
      /content\/references\.json: "b", "c" are cited nowhere/,
    );
    expect(() => assertEveryWorkCited(['a'], [place('a', 1)], 'x')).not.toThrow();
  });

  it('letters backlinks a, b, … z, aa, ab', () => {
    expect([0, 1, 25, 26, 27].map(backlinkLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });
});
