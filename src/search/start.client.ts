/** Entry of the search code, run when the reader is about to search: enhances every search form on the page. */
import { enhanceSearch } from './ui.client.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-site-search], form[data-search-page]')) {
  enhanceSearch(form);
}
