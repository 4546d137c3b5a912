import { describe, expect, it } from 'vitest';
import { formatTimelineDate, parseTimelineDate, timelineGroup } from '../../src/timeline/date.ts';

describe('timeline dates', () => {
  it('keeps the precision the text gives and writes it as the article does', () => {
    expect(formatTimelineDate(parseTimelineDate('1996-04-26'))).toBe('April 26, 1996');
    expect(formatTimelineDate(parseTimelineDate('1997-04'))).toBe('April 1997');
    expect(formatTimelineDate(parseTimelineDate('1865'))).toBe('1865');
    expect(parseTimelineDate('1990s').precision).toBe('decade');
    expect(parseTimelineDate('19th century').key).toEqual([1800, 0, 0]);
  });

  it('groups by decade, and a century on its own', () => {
    expect(timelineGroup(parseTimelineDate('2001-06-15'))).toBe('2000s');
    expect(timelineGroup(parseTimelineDate('1865'))).toBe('1860s');
    expect(timelineGroup(parseTimelineDate('19th century'))).toBe('19th century');
  });

  it('refuses what is not a date', () => {
    expect(() => parseTimelineDate('spring 1996')).toThrow(/not a date the timeline understands/);
    expect(() => parseTimelineDate('1996-13')).toThrow(/not a real month/);
    expect(() => parseTimelineDate('')).toThrow();
  });
});
