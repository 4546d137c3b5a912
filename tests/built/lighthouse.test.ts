import { describe, expect, it } from 'vitest';
import { auditSite, type Scores } from '../audit/lighthouse.ts';

describe('Lighthouse', () => {
  it('scores 100 for accessibility, best practices and SEO on home, a section, references, search and glossary', async () => {
    const scores = await auditSite();
    const below = Object.entries(scores).flatMap(([page, s]) =>
      (['accessibility', 'best-practices', 'seo'] as const satisfies (keyof Scores)[])
        .filter((category) => s[category] < 100)
        .map((category) => `${page} ${category}: ${s[category]}`),
    );
    expect(below).toEqual([]);
    expect(Object.keys(scores)).toHaveLength(5);
  }, 240_000);
});
