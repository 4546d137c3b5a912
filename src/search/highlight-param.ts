/** The URL parameter that carries, from a result to its page, the words to mark there (Pagefind's name for it). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
