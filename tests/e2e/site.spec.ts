import { expect, test } from '@playwright/test';

const sections = [
  { path: '/introduction/', title: 'Introduction' },
  { path: '/literature/', title: 'Literature' },
  { path: '/material-and-methods/', title: 'Material and Methods' },
  { path: '/finding-and-discussions/', title: 'Finding and Discussions' },
  { path: '/conclusion/', title: 'Conclusion' },
];
const allPages = ['/', ...sections.map((s) => s.path), '/article/', '/references/'];

test('the home page presents the article and its contents', async ({ page }) => {
  await page.goto('/');
  const front = page.locator('.article-front');
  await expect(front.getByText('Research article')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The Shanghai Cooperation Organization (SCO) Encourages Pakistan to Focus on Regional Security and Potential Development',
  );
  await expect(front.locator('.authors')).toHaveText('Shahid Jan Afridi1, Qaisar Ali2, Xu Chang3');
  await expect(front.locator('.affiliations li')).toHaveCount(2);
  await expect(front.locator('.affiliations li').first()).toContainText('Abdul Wali Khan University, Mardan, Pakistan');
  await expect(front.locator('.article-dates dt')).toHaveText(['Received', 'Accepted', 'Corresponding author']);
  await expect(front.locator('.article-dates time')).toHaveText(['Sep 14, 2024', 'Nov 20, 2024']);
  await expect(front.locator('.article-dates time').first()).toHaveAttribute('datetime', '2024-09-14');
  await expect(front.getByRole('link', { name: '1042235364@pfur.ru' })).toHaveAttribute('href', 'mailto:1042235364@pfur.ru');
  await expect(page.locator('.keywords li')).toHaveText(['Economic Development', 'CPEC', 'Regional Cooperation', 'SCO', 'Regional security']);
  await expect(page.getByRole('region', { name: 'Abstract' })).toContainText('The study concludes that a key tool');

  const contents = page.getByRole('navigation', { name: 'Contents' });
  for (const { title } of sections) await expect(contents.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(contents.getByRole('link', { name: 'Executive Structure of the SCO' })).toBeVisible();
  await expect(contents.getByRole('link', { name: 'Function and Working of SCO' })).toBeVisible();
});

test('every contents link lands on its section or subsection', async ({ page }) => {
  await page.goto('/');
  const links = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
  const targets = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent?.trim() ?? '' })));
  expect(targets.length).toBe(sections.length + 6);
  for (const { href, text } of targets) {
    await page.goto(href);
    if (text === 'References' || text === 'Glossary' || text === 'Timeline') {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
      continue;
    }
    if (text.startsWith('Read the whole article')) {
      await expect(page.getByRole('heading', { level: 1 })).toContainText('The Shanghai Cooperation Organization');
      continue;
    }
    const hash = new URL(href, 'http://x').hash;
    const heading = hash ? page.locator(`${hash}`) : page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(text);
    await expect(heading).toBeInViewport();
  }
});

test('previous and next links walk the sections in order, both ways', async ({ page }) => {
  await page.goto(sections[0]!.path);
  for (const { title } of sections) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const next = page.locator('a[rel="next"]');
    if (title === 'Conclusion') await expect(next).toHaveCount(0);
    else await next.click();
  }
  for (const { title } of [...sections].reverse()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const prev = page.locator('a[rel="prev"]');
    if (title === 'Introduction') await expect(prev).toHaveCount(0);
    else await prev.click();
  }
});

test('every page has the shared layout: lang, its own title and description, header and navigation', async ({ page }) => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  for (const path of allPages) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const title = await page.title();
    expect(title.length).toBeGreaterThan(10);
    titles.add(title);
    const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
    expect(description.length).toBeGreaterThan(50);
    descriptions.add(description);

    const nav = page.getByRole('navigation', { name: 'Sections' });
    // Each section's link gives its reading time after its title.
    const link = (title: string) => nav.getByRole('link', { name: new RegExp(`^${title} \\d+ min$`) });
    for (const { title } of sections) await expect(link(title)).toBeVisible();
    const current = sections.find((s) => s.path === path);
    if (current) await expect(link(current.title)).toHaveAttribute('aria-current', 'page');

    await page.locator('.site-title').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('region', { name: 'Abstract' })).toBeVisible();
  }
  expect(titles.size).toBe(allPages.length);
  expect(descriptions.size).toBe(allPages.length);
});

test('the whole article reads end to end on one page, headings nested under their sections', async ({ page }) => {
  await page.goto('/article/');
  await expect(page.locator('main h2')).toHaveText(['Abstract', ...sections.map((s) => s.title), 'References']);
  await expect(page.locator('section[data-section="literature"] h3')).toHaveText([
    'Executive Structure of the SCO',
    'Function and Working of SCO',
  ]);
  const ids = await page.locator('main [id]').evaluateAll((els) => els.map((el) => el.id));
  expect(new Set(ids).size).toBe(ids.length);
  // Every section's paragraphs, beside the abstract's one.
  await expect(page.locator('section[data-section] .paragraph')).toHaveCount(await countParagraphs(page));
});

async function countParagraphs(page: import('@playwright/test').Page): Promise<number> {
  let total = 0;
  for (const { path } of sections) {
    const other = await page.context().newPage();
    await other.goto(path);
    total += await other.locator('.paragraph').count();
    await other.close();
  }
  return total;
}

test('subsection headings carry stable ids that links can target', async ({ page }) => {
  await page.goto('/literature/#function-and-working-of-sco');
  const heading = page.getByRole('heading', { name: 'Function and Working of SCO' });
  await expect(heading).toHaveAttribute('id', 'function-and-working-of-sco');
  await expect(heading).toBeInViewport();
  await expect(page.locator('#executive-structure-of-the-sco')).toHaveText('Executive Structure of the SCO');
});

test("the repeated passage is kept and marked with a visible editor's note", async ({ page }) => {
  await page.goto('/finding-and-discussions/');
  const mark = page.locator('mark.editor-mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toContainText('In the regional and global context, Pakistan’s full membership in the SCO is crucial.');
  await page.getByRole('link', { name: 'Editor’s note on the marked passage' }).click();
  const note = page.locator('#note-repeated-passage');
  await expect(note).toBeInViewport();
  await expect(note).toContainText('prints the passage twice');
});

test('lists in the source stay lists', async ({ page }) => {
  await page.goto('/literature/');
  const lists = page.locator('main ul');
  await expect(lists).toHaveCount(2);
  await expect(lists.nth(0).locator('li')).toHaveCount(8);
  // The items are not numbered on their own: the list counts with the paragraph that introduces it.
  await expect(lists.nth(1).locator('li')).toHaveText([
    'The Council of Heads of State',
    'The Council of Prime Ministers',
    'The Council of Foreign Ministers',
    'The Meetings of Heads of Ministers',
    'The Council of National Coordinators',
  ]);
});

test('an unknown address answers 404 with a way back into the article', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'Conclusion' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conclusion');
});
