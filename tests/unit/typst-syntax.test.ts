import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePdf } from '../../src/pdf/compile-pdf.ts';
import { typstArray, typstJoin, typstString } from '../../src/pdf/typst-syntax.ts';
import { contentText, openPdf } from '../built/pdf-reader.ts';

/** Typesets `body` (Typst code) and reads the PDF's text back. */
async function typesetText(body: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'typst-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, compilePdf(`#set document(title: "t")\n#set text(lang: "en")\n#${body}`, 0));
    return (await contentText(await openPdf(file))).replace(/\s+/g, ' ').trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('text reaches Typst as text, whatever characters it holds', () => {
  it('keeps markup characters, straight quotes, backslashes and Cyrillic as they are', async () => {
    const tricky = `$65 billion #1 *not bold* _not emph_ "straight" 'quotes' \\ back [a] <b> @c = - + / ~ -- ... Екатеринбург`;
    expect(await typesetText(`par(${typstString(tricky)})`)).toBe(tricky);
  });

  it('escapes what would end or break a string literal', () => {
    expect(typstString('a"b\\c\nd\u0007')).toBe('"a\\"b\\\\c\\nd\\u{7}"');
  });

  it('joins pieces of content and writes arrays Typst reads back', async () => {
    expect(typstArray([])).toBe('()');
    expect(typstArray(['"one"'])).toBe('("one",)');
    expect(typstJoin([])).toBe('[]');
    expect(await typesetText(`par(${typstJoin([typstString('a '), `emph(${typstString('b')})`, typstString(' c')])})`)).toBe('a b c');
  });

  it('stops with Typst’s message when the source is wrong', () => {
    expect(() => compilePdf('#set document(title: "t")\n#link(<nowhere>)[x]', 0)).toThrow(/label `<nowhere>` does not exist/);
  });
});
