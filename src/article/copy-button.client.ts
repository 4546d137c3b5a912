/** "Copy" buttons: copy the text of the element named by data-copy, and say so. Hidden without JavaScript. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset['copy'] ?? '');
  const status = button.parentElement?.querySelector('[role="status"]');
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const text = (source.textContent ?? '').replace(/\s+/g, ' ').trim();
    navigator.clipboard.writeText(text).then(
      () => status && (status.textContent = 'Copied.'),
      () => status && (status.textContent = 'Could not copy: select the text and copy it instead.'),
    );
  });
}
