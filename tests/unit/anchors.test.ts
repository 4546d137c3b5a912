import { describe, expect, it } from 'vitest';
import { isParagraphId, paragraphId, paragraphNumber, termId, timelineGroupId } from '../../src/site/anchors.ts';

describe('anchors', () => {
  it('reads a paragraph id back: which ids are paragraphs, and the number readers see after "¶"', () => {
    const id = paragraphId('finding-and-discussions', 12);
    expect(id).toBe('finding-and-discussions-p12');
    expect(isParagraphId(id)).toBe(true);
    expect(paragraphNumber(id)).toBe('12');
    expect(isParagraphId('finding-and-discussions-cite3')).toBe(false);
    expect(isParagraphId('abstract')).toBe(false);
    expect(isParagraphId(undefined)).toBe(false);
  });

  it('gives glossary entries and timeline groups ids a URL can carry', () => {
    expect(termId('MoU')).toBe('term-mou');
    expect(timelineGroupId('19th century')).toBe('decade-19th-century');
  });
});
