import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage, textsOf } from '../support/dist.ts';

const text = (node: Element | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '');

describe('typography', () => {
  // The search page's own help text belongs to the search feature, kept by another hand.
  const pages = builtPages().filter(({ path }) => path !== '/search/');

  it.each(pages.map(({ path }) => path))('%s sets quotes and apostrophes typographically in its text', (path) => {
    const straight: string[] = [];
    visit(readPage(path), 'element', (node) => {
      if (['script', 'style', 'head'].includes(node.tagName)) return 'skip';
      for (const child of node.children) {
        if (child.type === 'text' && /['"]/.test(child.value)) straight.push(child.value.trim().slice(0, 60));
      }
      return undefined;
    });
    expect(straight).toEqual([]);
  });

  it('the authors’ quotes and apostrophes reach the section pages curled', () => {
    const literature = text(select('main', readPage('/literature/')));
    expect(literature).toContain('“harmonious society,”');
    expect(literature).not.toMatch(/['"]/);
  });
});

describe('the header', () => {
  it.each(['/', '/introduction/', '/references/'])('%s names the edition by its short title; the full one stays in <title> and on the home page', (path) => {
    const page = readPage(path);
    expect(text(select('.site-title', page))).toBe('The SCO and Pakistan');
    expect(text(select('title', page))).toContain('The Shanghai Cooperation Organization (SCO) Encourages Pakistan');
  });

  it('the home page still gives the full title as its heading', () => {
    expect(text(select('h1', readPage('/')))).toBe(
      'The Shanghai Cooperation Organization (SCO) Encourages Pakistan to Focus on Regional Security and Potential Development',
    );
  });
});

describe('timeline markers and the timeline page', () => {
  it('nested events show their markers in the order the text and the timeline give them', () => {
    const introduction = readPage('/introduction/');
    const run = (id: string) => selectAll('.timeline-link', select(`#event-${id}`, introduction)!).map((link) => text(link));
    expect(run('telegraph-union')).toEqual(['◷ 1865', '◷ 1874']);
    expect(run('forces-reduction-treaty')).toEqual(['◷ April 1997', '◷ 1998', '◷ 1999', '◷ 2000']);
    expect(run('postal-union')).toEqual([]);
  });

  it('every marker says what it is to assistive technology, by its date, and the page explains the ◷ once', () => {
    const introduction = readPage('/introduction/');
    for (const link of selectAll('.timeline-link', introduction)) expect(String(link.properties['ariaLabel'])).toMatch(/^(\d{4}|\w+ \d{4}|\w+ \d+, \d{4}|\d+\w+ century|\d{4}s) on the timeline$/);
    expect(text(select('.timeline-legend', introduction))).toBe('· ◷ dates lead to the timeline');
  });

  it('groups the timeline so that no heading stands over a single event', () => {
    const timeline = readPage('/timeline/');
    const sizes = selectAll('section', select('main', timeline)!).map((section) => selectAll('.timeline-entry', section).length);
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.filter((size) => size < 2)).toEqual([]);
  });

  it('gives the timeline an "On this page" of its groups', () => {
    const timeline = readPage('/timeline/');
    const groups = textsOf(timeline, 'main h2');
    expect(textsOf(timeline, '.on-this-page nav a')).toEqual(groups);
  });
});
