const cyrillic = /\p{Script=Cyrillic}/u;

/**
 * The language of a piece of reference or citation text where it is not the page's English: Russian
 * when it is written in Cyrillic, the one other script the reference list uses.
 */
export function languageOfText(text: string): 'ru' | undefined {
  return cyrillic.test(text) ? 'ru' : undefined;
}
