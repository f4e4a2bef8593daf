/** After the first load, Waypoint starts and plays with no network: the service worker has everything. */
import { expect, test } from '@playwright/test';
import { createProfileByKeyboard, playUntilDebrief } from './helpers.ts';

test('loads once, goes offline, reloads, and plays a scenario to the debrief', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  // The service worker is active once it has precached the app, Phaser and the scenarios.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await createProfileByKeyboard(page, 'Offline Trainee');
  await expect(page.getByText('Waypoint needs JavaScript')).toBeHidden();

  await page.getByRole('button', { name: /Open: First contact/ }).click();
  await page.getByRole('button', { name: 'Begin scenario' }).click();
  await expect(page.locator('.stage-host canvas')).toBeVisible({ timeout: 30_000 });
  await playUntilDebrief(page, () => page.keyboard.press('1'));
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});
