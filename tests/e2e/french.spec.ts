/**
 * A whole scenario in French with the keyboard only: the language switch, the profile, the content note, the
 * story and the debrief are all French, and the document says so.
 */
import { expect, test } from '@playwright/test';
import { decide, playUntilDebrief, setUpOwnDevice, tabTo } from './helpers.ts';

const NBSP = '\u00a0';

test('a trainee plays the survivor-contact scenario in French with the keyboard only', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await tabTo(page, /^Language$/);
  await page.keyboard.press('ArrowDown'); // Français
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Waypoint' })).toBeVisible();
  // A fresh device is set up first ("Moi seul" is chosen unless changed).
  await expect(page.getByRole('heading', { level: 2, name: 'Préparer cet appareil' })).toBeVisible();
  await tabTo(page, 'Préparer cet appareil');
  await page.keyboard.press('Enter');

  await tabTo(page, 'Commencer la formation');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Votre profil' })).toBeFocused();
  await tabTo(page, /^Nom$/);
  await page.keyboard.type('Awa Konaté');
  await tabTo(page, /^Pays contributeur$/);
  await page.keyboard.type('Sénégal');
  await tabTo(page, 'Enregistrer et continuer');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Scénarios' })).toBeFocused();

  await tabTo(page, `Ouvrir${NBSP}: Premier contact avec une survivante`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Avertissement sur le contenu' })).toBeVisible();
  await tabTo(page, 'Commencer le scénario');
  await page.keyboard.press('Enter');

  const log = page.getByRole('log', { name: 'Le récit jusqu’ici' });
  await expect(log).toContainText('Vous aidez les femmes');
  const debrief = page.getByRole('heading', { level: 1, name: /^Débriefing/ });
  const buttons = page.getByRole('region', { name: `Que faites-vous${NBSP}?` }).getByRole('button');
  await playUntilDebrief(page, async (i) => {
    await expect(buttons.first()).toBeFocused();
    await page.keyboard.press(i % 3 === 1 ? '2' : 'Enter');
  });
  await expect(debrief).toBeFocused();
  await expect(page.getByRole('heading', { name: /^Score\s:\s(Réussi|Non réussi)$/ })).toBeVisible();
  // Criterion titles and feedback are French; the cited excerpt stays the English original, marked as such.
  await expect(page.locator('.criterion h3').first()).not.toHaveText(/Safety and privacy/);
  await expect(page.locator('.criterion blockquote').first()).toHaveAttribute('lang', 'en');
});

test('switching language in the middle of a scenario keeps the progress', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await setUpOwnDevice(page);
  await page.getByRole('button', { name: 'Start training' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Lena Berg');
  await page.getByLabel('Contributing country').fill('Sweden');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('button', { name: 'Open: First contact with a survivor' }).click();
  await page.getByRole('button', { name: 'Begin scenario' }).click();
  const buttons = page.locator('.choices button');
  for (let i = 0; i < 3; i++) await decide(page, () => page.keyboard.press('1'));
  const englishLines = await page.locator('.story-log p').count();
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('log', { name: 'Le récit jusqu’ici' })).toContainText('Vous aidez les femmes');
  await expect(page.locator('.story-log p')).toHaveCount(englishLines);
  await expect(buttons.first()).toBeVisible();
});
