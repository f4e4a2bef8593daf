/** Keyboard helpers for the app running inside a frame (an LMS page), and for reading its story. */
import { expect } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';

/** The accessible name of the element focused in the frame ('' when the frame does not have focus). */
async function focusedName(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    if (!document.hasFocus()) return '';
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return '';
    const label = el.labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? label ?? el.innerText ?? '').trim();
  });
}

/** Presses Tab until the element with this accessible name has focus in the frame. Keyboard only. */
export async function tabToIn(page: Page, frame: Frame, name: RegExp | string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedName(frame);
    if (typeof name === 'string' ? focused.includes(name) : name.test(focused)) return;
  }
  throw new Error(`could not reach "${String(name)}" with Tab`);
}

/** Fills in the profile screen by keyboard, keeping the name the LMS prefilled. */
export async function completeProfile(page: Page, frame: Frame, expectedName: string): Promise<void> {
  await expect(frame.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await expect(frame.getByLabel('Name', { exact: true })).toHaveValue(expectedName);
  await tabToIn(page, frame, /^Component$/);
  await page.keyboard.press('ArrowDown'); // police
  await tabToIn(page, frame, /^Contributing country$/);
  await page.keyboard.type('Senegal');
  await tabToIn(page, frame, 'Save and continue');
  await page.keyboard.press('Enter');
}

/** Takes the choices in turn ("1", "2", "1", …) until the debrief or until `limit` decisions; returns the ink
 * indices of the choices taken. */
export async function playByKeyboard(
  page: Page,
  frame: Frame,
  options: { limit?: number; start?: number } = {},
): Promise<number[]> {
  const debrief = frame.getByRole('heading', { level: 1, name: /^Debrief/ });
  const choices = frame.locator('.choices button');
  const taken: number[] = [];
  const limit = options.limit ?? 80;
  while (taken.length < limit && !(await debrief.isVisible())) {
    await expect(choices.first()).toBeFocused();
    const count = await choices.count();
    const nth = (options.start ?? 0) + taken.length;
    const pick = nth % 2 === 1 && count >= 2 ? 1 : 0;
    taken.push(pick);
    // The buttons are replaced at every step: wait for the old ones to go, so that the next key press is never
    // made on the old (hidden) choices while the new ones wait for the record.
    const old = await choices.first().elementHandle();
    await page.keyboard.press(String(pick + 1));
    await frame.waitForFunction((el) => !el?.isConnected, old);
  }
  return taken;
}
