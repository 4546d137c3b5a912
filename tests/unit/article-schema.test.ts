import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/article/schema.ts';

const valid = {
  type: 'Research article',
  title: 'A title',
  shortTitle: 'Title',
  authors: [
    { name: 'A One', given: 'A', family: 'One', mark: 1 },
    { name: 'B Two', given: 'B', family: 'Two', mark: 2 },
  ],
  affiliations: [{ marks: [1, 2], name: 'A university' }],
  correspondence: { email: 'a@example.org' },
  received: '2024-09-14',
  accepted: '2024-11-20',
  keywords: ['SCO'],
  abstract: 'Text.',
};

describe('articleSchema', () => {
  it('accepts the article as printed', () => {
    expect(articleSchema.safeParse(valid).success).toBe(true);
  });

  it("names the author whose superscript matches no affiliation", () => {
    const result = articleSchema.safeParse({ ...valid, authors: [{ name: 'C Three', given: 'C', family: 'Three', mark: 3 }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['authors', 0, 'mark']);
    expect(result.error?.issues[0]?.message).toMatch(/C Three's mark 3/);
  });

  it('requires the given and family names to spell the printed name', () => {
    const result = articleSchema.safeParse({ ...valid, authors: [{ name: 'A One', given: 'A', family: 'Uno', mark: 1 }] });
    expect(result.error?.issues[0]?.path).toEqual(['authors', 0, 'family']);
  });

  it('rejects unknown fields and dates that are not ISO', () => {
    expect(articleSchema.safeParse({ ...valid, doi: '10.1/x' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...valid, received: 'Sep 14, 2024' }).success).toBe(false);
  });
});
