/** A paragraph's number link (see src/article/paragraph-number.ts). */
export const PARAGRAPH_NUMBER = 'a.paragraph-link';
