import { expect, type Page } from '@playwright/test';
import { normaliseQuery as asSearched } from '../../src/search/query.ts';

/** The header's result links. */
export const headerResults = (page: Page) => page.locator('#site-search-results a.search-result');
/** The search page's result links. */
export const pageResults = (page: Page) => page.locator('#search-page-results a.search-result');

/** Types a query into the header search, as a reader would, and waits for its answer on screen. */
export async function searchHeader(page: Page, query: string): Promise<void> {
  const input = page.getByRole('search').getByLabel('Search the article');
  await input.click();
  await input.fill(query);
  const shown = asSearched(query);
  if (shown) await expect(page.locator('#site-search-results')).toHaveAttribute('data-query', shown);
}

/** Opens the search page for a query and waits for its answer. */
export async function searchPage(page: Page, query: string, scope?: string): Promise<void> {
  const params = new URLSearchParams({ q: query, ...(scope && { in: scope }) });
  await page.goto(`/search/?${params}`);
  await expect(page.locator('#search-page-results')).toHaveAttribute('data-query', asSearched(query));
}
