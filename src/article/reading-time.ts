/** Words a minute for reading time: a common figure for attentive reading of academic prose. */
export const WORDS_PER_MINUTE = 200;

/**
 * Words and reading time of a section's MDX source: components, citation keys and Markdown marks are
 * not words; a citation reads as about two ("Zeb, 2006").
 */
export function readingTime(body: string): { words: number; minutes: number } {
  const text = body
    .replace(/<EditorNote[\s\S]*?<\/EditorNote>/g, ' ')
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/\[@[^\]]+\]/g, ' cite cite ')
    .replace(/^#+\s.*$/gm, ' ')
    .replace(/[#*_>\-[\]]/g, ' ');
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return { words, minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}
