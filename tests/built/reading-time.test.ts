import { describe, expect, it } from 'vitest';
import { readPage, textsOf, without, withoutEditorial } from '../support/dist.ts';

const sectionPaths = ['/introduction/', '/literature/', '/material-and-methods/', '/finding-and-discussions/', '/conclusion/'];
/** The reading pace the site promises: attentive reading of academic prose. */
const WORDS_PER_MINUTE = 200;

/** The words a reader sees in a section's text: headings and paragraphs, without the site's own labels. */
function wordsOnPage(path: string): number {
  const tree = without(withoutEditorial(readPage(path)), (el) => {
    const classes = el.properties['className'];
    return Array.isArray(classes) && (classes.includes('reading-time') || classes.includes('paragraph-numbering'));
  });
  const [text] = textsOf(tree, 'article.section');
  return (text ?? '').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

describe('reading times agree with the text they describe', () => {
  it.each(sectionPaths)('%s states its word count and minutes truly', (path) => {
    const [label] = textsOf(readPage(path), '.reading-time');
    // Pages that mark dated events add a legend for the timeline markers.
    const match = /^(\d+) min read · ([\d,]+) words(?: · ◷ dates lead to the timeline)?$/.exec(label ?? '');
    expect(match, `reading-time label on ${path}: ${label}`).not.toBeNull();
    const minutes = Number(match?.[1]);
    const stated = Number(match?.[2]?.replace(/,/g, ''));
    const counted = wordsOnPage(path);
    // Citations read as a name and a year, so the stated count may differ a little from a plain split.
    expect(Math.abs(stated - counted) / counted, `${stated} stated, ${counted} counted`).toBeLessThan(0.1);
    expect(minutes).toBe(Math.max(1, Math.round(stated / WORDS_PER_MINUTE)));
    // The contents list shows the same minutes beside the section's name.
    const [navTime] = textsOf(readPage(path), '.site-nav a[aria-current="page"] .nav-time');
    expect(navTime).toBe(`${minutes} min`);
  });

  it('the whole article states the sum of its sections', () => {
    const sum = sectionPaths.reduce((total, path) => {
      const [label] = textsOf(readPage(path), '.reading-time');
      return total + Number(/^(\d+) min/.exec(label ?? '')?.[1]);
    }, 0);
    const [label] = textsOf(readPage('/article/'), '.reading-time');
    expect(label).toMatch(new RegExp(`^${sum} min read`));
  });
});
