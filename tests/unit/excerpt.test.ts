import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/article/excerpt.ts';

describe('excerpt', () => {
  it("takes the first paragraph of the authors' text, skipping headings, lists and components", () => {
    const body = '## Heading\n\n- item\n\n<EditorNote id="x">\nNote\n</EditorNote>\n\nFirst words here.\n\nSecond.';
    expect(excerpt(body)).toBe('First words here.');
  });

  it('drops inline components but keeps their text', () => {
    expect(excerpt('A <EditorMark note="n">marked</EditorMark> passage.')).toBe('A marked passage.');
  });

  it('drops citations, so no raw [@key] reaches the description', () => {
    expect(excerpt('Trade grew [@zeb2006]. It fell [see @iqbal2024, p. 3; @blank2021].')).toBe('Trade grew. It fell.');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const result = excerpt('word '.repeat(100), 30);
    expect(result.length).toBeLessThanOrEqual(31);
    expect(result).toMatch(/word…$/);
  });
});
