/**
 * The search page searches as soon as it opens: its query and filter come from ?q= and ?in= (a shared
 * or bookmarked search). The query is capped like typed input.
 */
import { normaliseQuery } from './query.ts';

const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
if (form && input) {
  const params = new URLSearchParams(window.location.search);
  input.value = normaliseQuery(params.get('q') ?? '');
  const scope = params.get('in');
  const select = form.querySelector<HTMLSelectElement>('select[name="in"]');
  if (select && scope && Array.from(select.options).some((option) => option.value === scope)) select.value = scope;
  form.addEventListener('submit', (event) => event.preventDefault());
  input.focus();
  // Starts search if the loader is already listening; if not, the loader starts it when it runs.
  if (input.value) input.dispatchEvent(new Event('input', { bubbles: true }));
}
