/** On a phone: 360×740 with touch, a scenario played by tapping, to the debrief; and the display settings. */
import { expect, test } from '@playwright/test';
import { playUntilDebrief, setUpOwnDevice } from './helpers.ts';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a trainee taps through a scenario to the debrief, with nothing wider than the screen', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await setUpOwnDevice(page);
    await page.getByRole('button', { name: 'Start training' }).tap();
    await page.getByLabel('Name', { exact: true }).fill('Phone Trainee');
    await page.getByLabel('Contributing country').fill('Rwanda');
    await page.getByRole('button', { name: 'Save and continue' }).tap();
    await page.getByRole('button', { name: 'Open: First contact with a survivor' }).tap();
    await page.getByRole('button', { name: 'Begin scenario' }).tap();
    await expect(page.locator('.stage-host canvas')).toBeVisible({ timeout: 20_000 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    await playUntilDebrief(page, () => page.locator('.choices button').first().tap());
    await expect(page.getByRole('heading', { level: 1, name: /^Debrief/ })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

test('display settings change text size, contrast, motion and story speed, and are kept', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Larger').check();
  await dialog.getByLabel('High contrast').check();
  await dialog.getByLabel('Reduced').check();
  await dialog.getByLabel('Line by line').check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-text-size', 'larger');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await expect(html).toHaveAttribute('data-motion', 'reduced');
  const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(await fontSize()).toBe('22px');
  await page.reload();
  await expect(html).toHaveAttribute('data-text-size', 'larger');
  expect(await fontSize()).toBe('22px');
});

test.describe('when the device asks for reduced motion', () => {
  test.use({ colorScheme: 'light', reducedMotion: 'reduce' });
  test('the app follows it by default', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
  });
});
