import { describe, expect, it } from 'vitest';
import { isParagraphId, paragraphId, paragraphLabel, paragraphName, termId, timelineGroupId } from '../../src/site/anchors.ts';

describe('anchors', () => {
  it('reads a paragraph id back: which ids are paragraphs', () => {
    const id = paragraphId('finding-and-discussions', 12);
    expect(id).toBe('finding-and-discussions-p12');
    expect(isParagraphId(id)).toBe(true);
    expect(isParagraphId('finding-and-discussions-cite3')).toBe(false);
    expect(isParagraphId('abstract')).toBe(false);
    expect(isParagraphId(undefined)).toBe(false);
  });

  it('names a paragraph by its section, the subsection it counts from and its number', () => {
    expect(paragraphLabel('Literature', { number: 3 })).toBe('Literature, para. 3');
    expect(paragraphLabel('Literature', { number: 1, heading: 'Executive Structure of the SCO' })).toBe(
      'Literature: Executive Structure of the SCO, para. 1',
    );
    expect(paragraphLabel('Literature', { number: 3 }, true)).toBe('Literature, paragraph 3');
  });

  it('names a search result by the number its page shows, from /paragraphs.json', () => {
    const index = {
      'literature-p7': { section: 'Literature', number: 3 },
      'literature-p19': { section: 'Literature', number: 1, heading: 'Function and Working of SCO' },
    };
    expect(paragraphName(index, 'literature-p7')).toBe('Literature, para. 3');
    expect(paragraphName(index, 'literature-p19')).toBe('Literature: Function and Working of SCO, para. 1');
    expect(paragraphName(index, 'ref-zeb2006')).toBeUndefined();
  });

  it('gives glossary entries and timeline groups ids a URL can carry', () => {
    expect(termId('MoU')).toBe('term-mou');
    expect(timelineGroupId('19th century')).toBe('decade-19th-century');
  });
});
