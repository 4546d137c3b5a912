import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { builtPages } from '../support/dist.ts';

// Rules as in .htmlvalidate.json: the recommended set.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe('every built page is valid HTML', () => {
  it.each(builtPages().map(({ path, file }) => [path, file]))('%s', async (_path, file) => {
    const report = await validator.validateFile(file);
    expect(report.valid, text(report.results)).toBe(true);
  });
});
