/**
 * A decision is durable before the next one can be taken: the page is crashed (Chromium's Page.crash) right after
 * each decision of a scenario, as soon as the next choices appear, and every time the resume holds every decision
 * made so far. Then the attempt is played on from the resume to the end.
 */
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { storedDecisions, createProfileByKeyboard } from './helpers.ts';

const TITLE = 'First contact with a survivor';

async function crash(context: BrowserContext, page: Page): Promise<Page> {
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // The renderer dies before it can answer, so the command itself never resolves: do not wait for it.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close().catch(() => undefined);
  return context.newPage();
}

test('every decision whose next choices appeared survives a crash of the page', async ({ context, page }) => {
  test.setTimeout(600_000);
  await createProfileByKeyboard(page);
  await page.getByRole('button', { name: `Open: ${TITLE}` }).click();
  await page.getByRole('button', { name: 'Begin scenario' }).click();

  let made = 0;
  for (;;) {
    const first = page.locator('.choices button').first();
    await expect(first).toBeFocused();
    // Alternate the first and the second choice so the path is not the simplest one.
    const count = await page.locator('.choices button').count();
    await page.keyboard.press(made % 2 === 1 && count > 1 ? '2' : '1');
    made += 1;
    const debrief = page.getByRole('heading', { level: 1, name: `Debrief: ${TITLE}` });
    // Wait for the next choices (or the debrief) to appear, then crash at once.
    await expect(page.locator('.choices button').first().or(debrief)).toBeVisible();
    if (await debrief.isVisible()) break;
    await expect(page.locator('.choices button').first()).toBeFocused();

    page = await crash(context, page);
    await page.goto('/');
    const resume = page.getByRole('button', { name: `Resume: ${TITLE}` });
    await expect(resume).toBeVisible();
    expect(await storedDecisions(page), `decisions on record after crash ${made}`).toBe(made);
    await resume.click();
  }
  expect(made).toBeGreaterThanOrEqual(12);
});
