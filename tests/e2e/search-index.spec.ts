import { expect, test } from '@playwright/test';
import { foldWord } from '../../src/search/query.ts';
import { pageResults, searchPage } from './search-helpers.ts';

test('no words run together in what Pagefind indexed, on any page it indexes', async ({ page }) => {
  await page.goto('/');
  // Every page of the index, with the text Pagefind keeps for excerpts.
  const indexed = await page.evaluate(async () => {
    const pagefind = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`)) as {
      options(o: object): Promise<void>;
      search(q: null): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }>;
    };
    await pagefind.options({ noWorker: true });
    const all = await pagefind.search(null);
    return Promise.all(all.results.map((result) => result.data().then(({ url, content }) => ({ url, content }))));
  });
  expect(indexed.map(({ url }) => url).sort()).toEqual(
    expect.arrayContaining(['/', '/glossary/', '/references/', '/timeline/', '/literature/']),
  );
  for (const { url, content } of indexed) {
    await page.goto(url);
    const text = await page.locator('[data-pagefind-body]').evaluateAll((bodies) => bodies.map((body) => (body as HTMLElement).innerText).join('\n'));
    const words = new Set(text.split(/[\s\-‐‑–/]+/).map(foldWord));
    // Each indexed word is a word of the page as read; two words run together ("2001The") are not.
    const joined = content
      .split(/\s+/)
      .flatMap((word) => word.split(/[-‐‑–/]+/))
      .map(foldWord)
      .filter((word) => word && !words.has(word));
    expect(joined, url).toEqual([]);
  }
});

test('each result opens at its own passage: a timeline event, a reference, a glossary term, a paragraph', async ({ page }) => {
  for (const [query, scope, anchor] of [
    ['Shanghai Five', 'kind:Timeline', /^event-/],
    ['Fallon', 'kind:Reference', /^ref-/],
    ['Regional Anti-Terrorism Structure', 'kind:Glossary', /^term-/],
    ['Gwadar', 'section:Finding and Discussions', /^finding-and-discussions-p\d+$/],
  ] as const) {
    await searchPage(page, query, scope);
    const links = pageResults(page);
    expect(await links.count(), query).toBeGreaterThan(0);
    const href = (await links.first().getAttribute('href')) ?? '';
    const id = href.split('#')[1] ?? '';
    expect(id, query).toMatch(anchor);
    await links.first().click();
    const target = page.locator(`[id="${id}"]`);
    await expect(target).toBeInViewport();
    // The passage itself holds the marked words.
    await expect(target.locator('mark.pagefind-highlight').first()).toBeVisible();
  }
});
