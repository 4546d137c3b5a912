import { expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';

// Keyboard only, with caret browsing (F7) on, as a reader who selects text with the keys has it.
const launch = chromiumLaunchOptions();
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), '--enable-caret-browsing'] } });

test('keyboard only: select with the keys, Tab reaches Copy quote, Enter copies, and it is announced', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/conclusion/');
  // Skip to the text, move the caret down into the paragraph, select to the end of the line.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const caretIn = () => page.evaluate(() => getSelection()?.anchorNode?.parentElement?.closest('#conclusion-p1') !== null);
  for (let i = 0; i < 12 && !(await caretIn()); i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+End');
  const selected = (await page.evaluate(() => String(getSelection()))).replace(/\s+/g, ' ').trim();
  expect(selected.length).toBeGreaterThan(20);

  await expect(page.getByRole('status').filter({ hasText: 'Copy quote is available: press Tab.' })).toHaveCount(1);
  await page.keyboard.press('Tab');
  const button = page.getByRole('button', { name: /^Copy quote$|^Copied$/ });
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Quote copied, with its citation and link.' })).toHaveCount(1);
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain.startsWith(`“${selected.replace(/\.$/, '')}`)).toBe(true);
  expect(plain).toContain('” (Afridi et al., 2024, Conclusion section, para. 1)');
  expect(plain).toMatch(/\/conclusion\/#conclusion-p1:~:text=/);

  // Escape puts the control away; the next Tab goes on through the page as before.
  await page.keyboard.press('Escape');
  await expect(button).toHaveCount(0);
  await context.close();
});
