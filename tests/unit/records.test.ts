import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { readRecords, writeRecord } from '../../src/markdown/records.ts';

describe('section records', () => {
  it('hands what a plugin writes to the page that reads it, beside the front matter', () => {
    const file = new VFile();
    file.data.astro = { frontmatter: { title: 'Literature', order: 2 } };
    writeRecord(file, 'glossary', [{ term: 'RATS', paragraph: 'literature-p3' }]);
    const frontmatter = file.data.astro.frontmatter ?? {};
    expect(frontmatter['title']).toBe('Literature');
    expect(readRecords(frontmatter)).toEqual({ paragraphs: [], citations: [], glossary: [{ term: 'RATS', paragraph: 'literature-p3' }], timeline: [] });
  });

  it('refuses a record that does not match its declaration', () => {
    expect(() => readRecords({ citations: [{ key: 'zeb2006', section: 'literature' }] })).toThrow();
  });
});
