import { describe, expect, it } from 'vitest';
import { neighbours, sortSections } from '../../src/article/sections.ts';

const section = (id: string, order: number) => ({ id, filePath: `content/sections/${id}.mdx`, data: { order } });

describe('sortSections', () => {
  it('puts sections in reading order', () => {
    const sorted = sortSections([section('b', 2), section('c', 3), section('a', 1)]);
    expect(sorted.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('rejects two sections with the same order, naming both files', () => {
    expect(() => sortSections([section('a', 1), section('b', 1)])).toThrow(
      /order 1: content\/sections\/a\.mdx and content\/sections\/b\.mdx/,
    );
  });
});

describe('neighbours', () => {
  const sections = [section('a', 1), section('b', 2), section('c', 3)];
  it('gives the previous and next section', () => {
    const { prev, next } = neighbours(sections, 'b');
    expect(prev?.id).toBe('a');
    expect(next?.id).toBe('c');
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(sections, 'a').prev).toBeUndefined();
    expect(neighbours(sections, 'c').next).toBeUndefined();
  });
});
