import { smartypantsu } from 'smartypants';

/**
 * Straight quotes and apostrophes made typographic (“ ” ‘ ’), as Markdown text already is by
 * smartypants in the unified processor: for the text the site renders from data (front matter,
 * references, glossary, timeline labels). HTML tags are left alone; dashes and dots stay as written.
 */
export function typographic(text: string): string {
  return smartypantsu(text, 'q');
}
