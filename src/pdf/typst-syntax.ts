/**
 * Typst source for values taken from the article. Text only ever reaches Typst as a string literal in
 * code, never as markup, so `$`, `#`, `*`, `_`, quotes and brackets in the text stay characters and
 * need no markup escaping: only the string literal's own escapes apply.
 */
export function typstString(text: string): string {
  const escaped = text.replace(/[\\"\u0000-\u001f\u007f]/g, (char) => {
    if (char === '\\' || char === '"') return `\\${char}`;
    if (char === '\n') return '\\n';
    if (char === '\t') return '\\t';
    return `\\u{${char.codePointAt(0)!.toString(16)}}`;
  });
  return `"${escaped}"`;
}

/** A Typst array of code expressions (a one-item array needs its trailing comma). */
export function typstArray(expressions: string[]): string {
  return `(${expressions.join(', ')}${expressions.length === 1 ? ',' : ''})`;
}

/** A Typst array of strings. */
export function typstStrings(texts: string[]): string {
  return typstArray(texts.map(typstString));
}

/** Code-mode expressions joined into one piece of content (an empty body is empty content). */
export function typstJoin(expressions: string[]): string {
  return expressions.length === 0 ? '[]' : `{ ${expressions.join('; ')} }`;
}
