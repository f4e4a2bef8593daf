/**
 * Records survive a reload: play half a scenario, reload, resume, finish. The attempt is whole and its score
 * equals an uninterrupted run of the same choices.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { storedDecisions, createProfileByKeyboard, decide, playUntilDebrief } from './helpers.ts';
import { recordsOf } from './records.ts';

async function openScenario(page: Page) {
  await page.getByRole('button', { name: /Open: First contact/ }).click();
  await page.getByRole('button', { name: 'Begin scenario' }).click();
}

/** Presses "1" on every choice until the debrief; returns the number of decisions made. */
const firstChoiceUntilDebrief = (page: Page) =>
  playUntilDebrief(page, async () => {
    await expect(page.locator('.choices button').first()).toBeFocused();
    await page.keyboard.press('1');
  });

async function debriefFigures(page: Page) {
  return {
    score: await page.locator('.overall p').first().textContent(),
    levels: await page.locator('.criterion .level').allTextContents(),
    path: await page.locator('.timeline li').allTextContents(),
  };
}

test('a reload mid-scenario resumes at the last decision with the same score', async ({ page, context }) => {
  // Two whole plays of the longest-text scenario, by keyboard, on a slow CI machine.
  test.setTimeout(180_000);
  await createProfileByKeyboard(page);
  await openScenario(page);
  const total = await firstChoiceUntilDebrief(page);
  const uninterrupted = await debriefFigures(page);
  await page.getByRole('button', { name: 'Back to scenarios' }).click();

  // Second attempt: half the decisions, then the tab is reloaded.
  await openScenario(page);
  const half = Math.floor(total / 2);
  for (let i = 0; i < half; i++) await decide(page, () => page.keyboard.press('1'));
  const storySoFar = await page.locator('.story-log p').allTextContents();
  // Each decision is written as it is made; reload once the last one is on disk (a write takes a moment).
  await expect.poll(() => storedDecisions(page)).toBe(half);
  await page.reload();

  const resume = page.getByRole('button', { name: 'Resume: First contact with a survivor' });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page.locator('.choices button').first()).toBeFocused();
  expect(await page.locator('.story-log p').allTextContents()).toEqual(storySoFar);

  const rest = await firstChoiceUntilDebrief(page);
  expect(half + rest).toBe(total);
  expect(await debriefFigures(page)).toEqual(uninterrupted);

  // The stored attempt is whole: every decision, completed, with the same result.
  const stored = (await recordsOf(page)).attempts.map((a) => ({
    status: a.status,
    decisions: a.decisions.length,
    percent: a.result?.percent ?? -1,
  }));
  expect(stored.filter((a) => a.status === 'completed')).toHaveLength(2);
  expect(stored.every((a) => a.decisions === total)).toBe(true);
  expect(new Set(stored.map((a) => a.percent)).size).toBe(1);
  await context.close();
});
