/** Keyboard helpers for the app launched in its own window (cmi5). */
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { decide, tabTo } from '../helpers.ts';

/** The profile screen the LMS launch opens on: keeps the prefilled name, fills the rest, then the briefing. */
export async function createProfileKeepingName(page: Page, expectedName: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeFocused();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(expectedName);
  await tabTo(page, /^Contributing country$/);
  await page.keyboard.type('Senegal');
  await tabTo(page, 'Save and continue');
  await page.keyboard.press('Enter');
  // Straight to the launched scenario's briefing, content note first.
  await expect(page.getByRole('heading', { level: 1, name: 'First contact with a survivor' })).toBeFocused();
  await tabTo(page, 'Begin scenario');
  await page.keyboard.press('Enter');
}

/** Takes `n` decisions ("1", "2", "1", … counted from `start`), or until the debrief; returns how many. */
export async function playSome(page: Page, n: number, start = 0): Promise<number> {
  const debrief = page.getByRole('heading', { level: 1, name: /^Debrief/ });
  const choices = page.locator('.choices button');
  const log = page.locator('.story-log p');
  let made = 0;
  while (made < n && !(await debrief.isVisible())) {
    await expect(choices.first()).toBeFocused();
    const count = await choices.count();
    const before = await log.count();
    // Waits for the buttons to be replaced: a key pressed while the decision goes on record would be lost.
    await decide(page, () => page.keyboard.press((start + made) % 2 === 1 && count >= 2 ? '2' : '1'));
    made += 1;
    await expect(async () => {
      expect((await log.count()) > before || (await debrief.isVisible())).toBe(true);
    }).toPass();
  }
  return made;
}

/** Plays on to the debrief; returns the number of decisions made. */
export async function playToDebrief(page: Page, start = 0): Promise<number> {
  const made = await playSome(page, 80, start);
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief/ })).toBeFocused();
  return made;
}
