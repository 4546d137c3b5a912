/**
 * A meta description taken from the section's own opening words, so no summary is ever written
 * in the authors' name. Drops citations (`[@key]`, with the space before them), keeps the text of MDX
 * components without their tags, and cuts at a word boundary near `max` characters.
 */
export function excerpt(body: string, max = 155): string {
  const firstParagraph =
    body
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .find((block) => block && !/^[#<\-*>|]/.test(block)) ?? '';
  const text = firstParagraph
    .replace(/\s*\[[^\]]*@[^\]]*\]/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}
