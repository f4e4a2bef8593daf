/**
 * axe-core on every screen a trainee or a trainer sees: no violations of WCAG 2.2 A and AA rules.
 */
import { expect, test } from '@playwright/test';
import { noViolations } from './axe.ts';
import { playUntilDebrief, setUpOwnDevice } from './helpers.ts';

test('every trainee screen passes axe', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Waypoint' })).toBeVisible();
  await noViolations(page, 'title');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await noViolations(page, 'settings');
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('The trainees of a training centre, one after another').check();
  await expect(page.getByLabel('Passphrase again')).toBeVisible();
  await noViolations(page, 'device set-up, shared');
  await page.getByLabel('Only me, for my own training').check();
  await setUpOwnDevice(page);

  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await noViolations(page, 'profile');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Please correct' })).toBeVisible();
  await noViolations(page, 'profile with errors');
  await page.getByLabel('Name', { exact: true }).fill('Axe Tester');
  await page.getByLabel('Contributing country').fill('Norway');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  await noViolations(page, 'scenario list');
  await page.getByRole('button', { name: 'Open: First contact with a survivor' }).click();
  await expect(page.getByRole('heading', { name: 'Content note' })).toBeVisible();
  await noViolations(page, 'briefing');

  await page.getByRole('button', { name: 'Begin scenario' }).click();
  await expect(page.locator('.stage-host canvas')).toBeVisible({ timeout: 20_000 });
  await noViolations(page, 'play');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  await noViolations(page, 'pause');
  await page.getByRole('button', { name: 'Resume' }).click();

  await playUntilDebrief(page, () => page.keyboard.press('1'));
  await noViolations(page, 'debrief');

  // The in-mission refresher: the chosen set, a situation's briefing and debrief, and what changed.
  await page.getByRole('button', { name: 'Back to scenarios' }).click();
  await page.getByRole('button', { name: 'Start a refresher' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your refresher' })).toBeVisible();
  await noViolations(page, 'refresher plan');
  await page.getByRole('button', { name: 'Begin the first situation' }).click();
  await expect(page.getByText(/^Situation 1 of/)).toBeVisible();
  await noViolations(page, 'refresher briefing');
  await page.getByRole('button', { name: 'Begin scenario' }).click();
  await playUntilDebrief(page, () => page.keyboard.press('1'));
  await page.getByRole('button', { name: 'Next situation' }).click();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
  await noViolations(page, 'refresher result');
});

test('the trainer screens pass axe', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Trainer area' }).click();
  await expect(page.getByRole('heading', { name: 'Set up this device for a training centre' })).toBeVisible();
  await noViolations(page, 'trainer passphrase');
  await page.getByLabel('Passphrase', { exact: true }).fill('passphrase for axe');
  await page.getByLabel('Passphrase again').fill('passphrase for axe');
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(page.getByRole('heading', { name: 'Trainees and attempts' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Trainees and PINs' })).toBeVisible();
  await noViolations(page, 'trainer area');
});
