import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { recordsOf } from './records.ts';

/** Presses Tab until the element with this accessible name has focus, then returns. Keyboard only. */
export async function tabTo(page: Page, name: RegExp | string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return '';
      const label = el.labels?.[0]?.textContent;
      return (el.getAttribute('aria-label') ?? label ?? el.innerText ?? '').trim();
    });
    if (typeof name === 'string' ? focused.includes(name) : name.test(focused)) return;
  }
  throw new Error(`could not reach "${String(name)}" with Tab`);
}

/** The PIN that helpers give new trainees on devices that ask for one. */
export const TEST_PIN = '2580';

/**
 * Creates a profile from the title screen using only the keyboard. A device never set up is set up for the
 * trainee's own use first; on a shared device the trainee starts as a new trainee (with TEST_PIN when PINs are
 * asked for).
 */
export async function createProfileByKeyboard(page: Page, name = 'Aïcha Traoré'): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Waypoint' })).toBeVisible();
  if (await page.getByRole('heading', { level: 2, name: 'Set up this device' }).isVisible()) {
    await tabTo(page, 'Set up this device'); // "Only me" is chosen unless changed
    await page.keyboard.press('Enter');
  }
  await tabTo(page, 'Start training');
  await page.keyboard.press('Enter');
  const profileHeading = page.getByRole('heading', { level: 1, name: 'Your profile' });
  const whoHeading = page.getByRole('heading', { level: 1, name: 'Who is training?' });
  await expect(profileHeading.or(whoHeading)).toBeFocused();
  if (await whoHeading.isVisible()) {
    await tabTo(page, 'I am a new trainee');
    await page.keyboard.press('Enter');
    await expect(profileHeading).toBeFocused();
  }
  await tabTo(page, /^Name$/);
  await page.keyboard.type(name);
  await tabTo(page, /^Component$/);
  await page.keyboard.press('ArrowDown'); // police
  await tabTo(page, /^Contributing country$/);
  await page.keyboard.type('Senegal');
  if (await page.getByLabel('Choose a PIN').isVisible()) {
    await tabTo(page, /^Choose a PIN$/);
    await page.keyboard.type(TEST_PIN);
    await tabTo(page, /^PIN again$/);
    await page.keyboard.type(TEST_PIN);
  }
  await tabTo(page, 'Save and continue');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeFocused();
}

/** Sets a fresh device up for one person's own training, at the title screen. */
export async function setUpOwnDevice(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: 'Set up this device' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up this device' }).click();
  await expect(page.getByRole('button', { name: 'Start training' })).toBeVisible();
}

/** Sets a fresh device up for the trainees of a training centre, with the trainer passphrase, at the title. */
export async function setUpSharedDevice(page: Page, passphrase: string, pins = true): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Set up this device' })).toBeVisible();
  await page.getByLabel('The trainees of a training centre, one after another').check();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Passphrase again').fill(passphrase);
  await page.getByLabel('Each trainee opens their records with a PIN').setChecked(pins);
  await page.getByRole('button', { name: 'Set up this device' }).click();
  await expect(page.getByRole('button', { name: 'Start training' })).toBeVisible();
}

/** Reads the pixels of the drawn scene through a screenshot and counts distinct colours. */
export async function distinctCanvasColours(page: Page): Promise<number> {
  const canvas = page.locator('.stage-host canvas');
  await expect(canvas).toBeVisible();
  const png = (await canvas.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
    }
    return colours.size;
  }, png);
}

/** Takes one decision with `act` (a key press, a click or a tap) and waits until the choices are replaced. */
export async function decide(page: Page, act: () => Promise<void>): Promise<void> {
  const old = await page.locator('.choices button').first().elementHandle();
  await act();
  await page.waitForFunction((el) => !el?.isConnected, old);
}

/** Plays on until the debrief, taking decision i with `act(i)`; returns how many decisions it took. */
export async function playUntilDebrief(
  page: Page,
  act: (i: number) => Promise<void>,
  limit = 60,
): Promise<number> {
  const debrief = page.getByRole('heading', { level: 1, name: /^(Debrief|Débriefing)/ });
  let i = 0;
  while (!(await debrief.isVisible())) {
    expect(i, 'decisions before the debrief').toBeLessThan(limit);
    await decide(page, () => act(i));
    i += 1;
  }
  return i;
}

/** Decisions of the unfinished attempt as IndexedDB holds them, or -1 when there is none. */
export const storedDecisions = async (page: Page): Promise<number> =>
  (await recordsOf(page)).attempts.find((a) => a.status === 'in-progress')?.decisions.length ?? -1;
