import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../../src/citations/bibliography.ts';
import { formatReferenceList } from '../../src/citations/reference-list.ts';

describe('formatReferenceList', () => {
  const entries = formatReferenceList(loadBibliography());

  it('formats all 31 works in APA order, Latin before Cyrillic', () => {
    expect(entries).toHaveLength(31);
    expect(entries[0]?.key).toBe('akiner2010');
    expect(entries.at(-1)?.key).toBe('khakimdzhonovich2022');
  });

  it('tells the two Giustozzi 2008 works apart with 2008a and 2008b, in list and label alike', () => {
    const report = entries.find((e) => e.key === 'giustozzi2008report');
    const article = entries.find((e) => e.key === 'giustozzi2008article');
    expect(report?.label).toBe('Giustozzi, 2008a');
    expect(report?.html).toContain('(2008a)');
    expect(article?.label).toBe('Giustozzi, 2008b');
    expect(article?.html).toContain('(2008b)');
  });

  it('keeps the printed capitals of venues instead of re-casing them', () => {
    const cpec = entries.find((e) => e.key === 'rehman2018cpec');
    expect(cpec?.html).toContain('Role of CPEC in development of OF TRANSPORT INFRASTRUCTURE');
  });

  it('marks Russian works as Russian', () => {
    expect(entries.find((e) => e.key === 'maksim2011')?.lang).toBe('ru');
    expect(entries.find((e) => e.key === 'zeb2006')?.lang).toBeUndefined();
  });
});
