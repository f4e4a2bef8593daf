/**
 * After the first load, Waypoint starts and plays with no network: the service worker has everything. The network
 * is cut for the page and its service worker alike (Playwright's offline mode covers both), then what a person
 * sees is checked: the app starts again from the reload, takes a profile, and plays a scenario (Phaser and the
 * story are loaded only then) to the debrief, every file of it answered by the service worker.
 */
import { expect, test } from '@playwright/test';
import { createProfileByKeyboard, playUntilDebrief } from './helpers.ts';

test('loads once, goes offline, reloads, and plays a scenario to the debrief', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  // The service worker is active once it has precached the app, Phaser and the scenarios.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const origin = new URL(page.url()).origin;

  await context.setOffline(true);
  // The network is really gone: what the service worker does not hold cannot be fetched.
  const probe = await page.evaluate(() =>
    fetch(`/not-part-of-the-app-${Date.now()}.txt`, { cache: 'no-store' }).then(
      () => 'fetched',
      () => 'failed',
    ),
  );
  expect(probe).toBe('failed');

  // Every request of the app from now on, and who answered it.
  const answered: { url: string; byServiceWorker: boolean }[] = [];
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith(origin)) answered.push({ url: r.url(), byServiceWorker: r.fromServiceWorker() });
  });
  page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText ?? ''}`));

  // The reload with no network starts the app: the title screen, then a new profile (on this device's storage).
  await createProfileByKeyboard(page, 'Offline Trainee');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await page.getByRole('button', { name: /Open: First contact/ }).click();
  await page.getByRole('button', { name: 'Begin scenario' }).click();
  await expect(page.locator('.stage-host canvas')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.choices button').first()).toBeVisible();
  await playUntilDebrief(page, () => page.keyboard.press('1'));
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // The page, its scripts (Phaser's chunk among them) and styles all came from the service worker.
  expect(failed).toEqual([]);
  expect(answered.some((a) => new URL(a.url).pathname === '/')).toBe(true);
  expect(answered.filter((a) => a.url.endsWith('.js')).length).toBeGreaterThan(1);
  expect(answered.filter((a) => !a.byServiceWorker)).toEqual([]);
});
