/** The most words or phrases a page marks on arrival, and the longest of them: a URL is reader input. */
const MAX_FORMS = 20;
const MAX_FORM_LENGTH = 200;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An abbreviation ("RATS", "MoU") is marked as written, so "US" never marks "us". */
const isAbbreviation = (text: string) => (text.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\s/.test(text);

/**
 * Where the words and phrases a search result marked stand in `text`: whole words only, any case
 * (an abbreviation as written), any run of white space between a phrase's words. The same spellings
 * the excerpt marked, so the page marks what the excerpt did and nothing more. Ranges do not overlap.
 */
export function markRanges(text: string, forms: string[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const wanted = [...new Set(forms.map((form) => form.trim()).filter(Boolean))]
    .filter((form) => form.length <= MAX_FORM_LENGTH)
    .slice(0, MAX_FORMS);
  for (const form of wanted) {
    const body = form.split(/\s+/).map(escape).join('\\s+');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, isAbbreviation(form) ? 'gu' : 'giu');
    for (const match of text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  return ranges.filter((range, i) => !ranges.slice(0, i).some((other) => range.start < other.end && other.start < range.end));
}
