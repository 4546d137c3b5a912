/**
 * Citation previews: hovering, focusing or tapping a citation shows its full reference beside it, so a
 * reader keeps their place. The preview stays while the pointer is over it and closes with Escape.
 * Screen readers already hear the reference through the link's aria-describedby, so this box is only
 * visual. Without JavaScript, a citation is a plain link to the reference list.
 */
const citations = document.querySelectorAll<HTMLAnchorElement>('a[data-cite]');
if (citations.length > 0) previewCitations(citations);

function previewCitations(links: NodeListOf<HTMLAnchorElement>): void {
  const box = document.createElement('div');
  box.className = 'citation-popover';
  box.hidden = true;
  box.setAttribute('aria-hidden', 'true');
  document.body.append(box);

  let current: HTMLAnchorElement | undefined;
  let tapped: HTMLAnchorElement | undefined;
  let lastPointer = '';
  let hideTimer = 0;

  function show(link: HTMLAnchorElement): void {
    clearTimeout(hideTimer);
    const source = document.getElementById(link.getAttribute('aria-describedby') ?? '');
    if (!source) return;
    if (current !== link) {
      box.replaceChildren(...Array.from(source.cloneNode(true).childNodes));
      box.lang = source.lang;
    }
    current = link;
    box.hidden = false;
    place(link);
  }

  function hide(): void {
    clearTimeout(hideTimer);
    box.hidden = true;
    current = tapped = undefined;
  }

  function hideSoon(): void {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 300);
  }

  /** Below the citation, or above it when the viewport has no room below; never off-screen sideways. */
  function place(link: HTMLAnchorElement): void {
    const rect = link.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const left = Math.max(8, Math.min(rect.left, viewport - box.offsetWidth - 8));
    const below = rect.bottom + box.offsetHeight + 12 < window.innerHeight;
    box.style.left = `${left + window.scrollX}px`;
    box.style.top = `${(below ? rect.bottom + 6 : rect.top - box.offsetHeight - 6) + window.scrollY}px`;
  }

  for (const link of links) {
    link.addEventListener('mouseenter', () => show(link));
    link.addEventListener('mouseleave', hideSoon);
    link.addEventListener('focus', () => show(link));
    link.addEventListener('blur', () => lastPointer !== 'touch' && hide());
    // On touch, the first tap previews and a second tap on the same citation follows the link.
    link.addEventListener('click', (event) => {
      if (lastPointer === 'touch' && tapped !== link) {
        event.preventDefault();
        show(link);
        tapped = link;
      }
    });
  }

  box.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  box.addEventListener('mouseleave', hideSoon);
  document.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
    const target = event.target as Node;
    if (!box.hidden && !box.contains(target) && !current?.contains(target)) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !box.hidden) hide();
  });
}
