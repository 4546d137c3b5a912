import { expect, test } from '@playwright/test';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The words a sentence must contain for an event's date, e.g. "April 26, 1996" → "April 26, 1996". */
function dateWords(datetime: string | null, text: string): string {
  if (!datetime) return text.replace(/^(Since|By|Before) (the )?/, '').replace(/^early /, '');
  const [year, month, day] = datetime.split('-');
  if (day) return `${MONTHS[Number(month) - 1]} ${Number(day)}, ${year}`;
  if (month) return `${MONTHS[Number(month) - 1]} ${year}`;
  return year ?? '';
}

test('the timeline lists the dated events of the text in order, by decade where a decade holds several', async ({ page }) => {
  await page.goto('/timeline/');
  const entries = page.locator('.timeline-entry');
  expect(await entries.count()).toBeGreaterThanOrEqual(20);
  const labels = await entries.locator('.timeline-label').allTextContents();
  for (const named of ['Universal Telegraph Union', 'Universal Postal Union', 'Shanghai Trade Cooperation Council', 'Mamnoon Hussain', '$65 billion', 'RATS', 'officially recognized']) {
    expect(labels.some((label) => label.includes(named)), named).toBe(true);
  }
  const keys = await entries.evaluateAll((items) =>
    items.map((item) => {
      const time = item.querySelector('time')?.getAttribute('datetime');
      const text = item.querySelector('.timeline-date')?.textContent ?? '';
      if (time) return time.padEnd(10, '-00').replace(/-00-00$|-00$/, '');
      return /(\d{3,4})/.exec(text)?.[1]?.padEnd(4, '0') ?? '';
    }),
  );
  const sortable = keys.map((key) => key.replace(/-/g, '').padEnd(8, '0'));
  expect(sortable).toEqual([...sortable].sort());
  await expect(page.locator('main h2')).toHaveText(['19th century', '1990s', '2000s', '2010s']);
  await expect(entries.filter({ hasText: 'agreement on confidence' }).locator('time')).toHaveText('April 26, 1996');
});

test('every event links to a sentence that contains its date, and the sentence links back', async ({ page }) => {
  await page.goto('/timeline/');
  const events = await page.locator('.timeline-entry').evaluateAll((items) =>
    items.map((item) => ({
      id: item.id,
      datetime: item.querySelector('time')?.getAttribute('datetime') ?? null,
      text: item.querySelector('.timeline-date')?.textContent ?? '',
      href: item.querySelector<HTMLAnchorElement>('.timeline-source')?.getAttribute('href') ?? '',
    })),
  );
  for (const event of events) {
    await page.goto(event.href);
    const sentence = page.locator(`#${event.id}`).first();
    await expect(sentence, event.id).toBeInViewport();
    expect(await sentence.evaluate((el) => getComputedStyle(el).backgroundColor), `${event.id} is marked`).not.toBe('rgba(0, 0, 0, 0)');
    await expect(sentence, event.id).toContainText(dateWords(event.datetime, event.text));
    // Its marker follows the sentence, or the event it is nested at the end of.
    await expect(page.locator(`:is(#${event.id}, .timeline-event:has(#${event.id})) a.timeline-link[href$="#${event.id}"]`)).toHaveCount(1);
  }
  await page.goto(events[0]?.href ?? '/');
  await page.locator(`a.timeline-link[href$="#${events[0]?.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/timeline/#${events[0]?.id}$`));
});

test('the timeline reads without JavaScript, prints, and is searchable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/timeline/');
  await expect(noJs.locator('.timeline-entry').first()).toBeVisible();
  await noJs.emulateMedia({ media: 'print' });
  await expect(noJs.locator('.site-nav-menu')).toBeHidden();
  await expect(noJs.locator('.timeline-entry').first()).toBeVisible();
  await context.close();

  const withJs = await browser.newContext();
  const page = await withJs.newPage();
  await page.goto('/timeline/');
  await page.goto('/search/?q=Telegraph&in=kind%3ATimeline');
  await expect(page.locator('#search-page-results a.search-result').first()).toContainText('Universal Telegraph Union');
  await withJs.close();
});
