/**
 * Trainees on a shared training-centre device: the trainer passphrase is set when the device is set up, "Start
 * training" asks who is training, each trainee opens their own records with their PIN, the next person at the
 * keyboard cannot go on as the last one, and the trainer sets a new PIN for a trainee who forgot theirs.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { noViolations } from './axe.ts';
import { TEST_PIN, createProfileByKeyboard, decide, setUpOwnDevice, setUpSharedDevice } from './helpers.ts';
import { putRecord } from './records.ts';

const PASSPHRASE = 'a trainer passphrase';
const SCENARIO = 'First contact with a survivor';

/** From the title screen to the trainee's scenarios, through "Who is training?" and the PIN. */
async function openAs(page: Page, name: string, pin: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is training?' })).toBeFocused();
  await page.getByRole('button', { name, exact: true }).click();
  const field = page.getByLabel('PIN', { exact: true });
  await expect(field).toBeFocused();
  await field.fill(pin);
  await page.getByRole('button', { name: 'Open my records' }).click();
}

test('each trainee of a shared device opens only their own records, with their PIN', async ({ page }) => {
  test.setTimeout(180_000);
  await setUpSharedDevice(page, PASSPHRASE);

  // Amina starts the scenario and takes one decision; a reload (the next person at the keyboard) signs her out.
  await createProfileByKeyboard(page, 'Amina Diallo');
  await page.getByRole('button', { name: `Open: ${SCENARIO}` }).click();
  await page.getByRole('button', { name: 'Begin scenario' }).click();
  await expect(page.locator('.choices button').first()).toBeFocused({ timeout: 30_000 });
  await decide(page, () => page.keyboard.press('1'));
  await expect(page.locator('.choices button').first()).toBeEnabled();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start training' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Resume/ })).toHaveCount(0);

  // The next trainee sees the list, not Amina's profile, and starts as a new trainee with an empty form.
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is training?' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Amina Diallo' })).toBeVisible();
  await noViolations(page, 'who is training');
  await page.getByRole('button', { name: 'Amina Diallo' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'PIN for Amina Diallo' })).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('1111');
  await page.getByRole('button', { name: 'Open my records' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right.' })).toBeVisible();
  await expect(page.getByLabel('PIN', { exact: true })).toBeFocused();
  await noViolations(page, 'PIN with an error');
  await expect(page.getByRole('heading', { level: 1, name: 'Who is training?' })).toBeVisible();

  await page.getByRole('button', { name: 'I am a new trainee' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  await page.getByLabel('Name', { exact: true }).fill('Bruno Costa');
  await page.getByLabel('Contributing country').fill('Brazil');
  await page.getByLabel('Choose a PIN').fill('12');
  await page.getByLabel('PIN again').fill('12');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'A PIN is 4 to 8 digits.' })).toBeVisible();
  await page.getByLabel('Choose a PIN').fill('1357');
  await page.getByLabel('PIN again').fill('1357');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('Training as Bruno Costa')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Resume/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Waypoint' })).toBeVisible();

  // Amina, with her PIN, finds her unfinished scenario.
  await openAs(page, 'Amina Diallo', TEST_PIN);
  await expect(page.getByText('Training as Amina Diallo')).toBeVisible();
  await expect(page.getByRole('button', { name: `Resume: ${SCENARIO}` })).toBeVisible();

  // The trainer area asks for the passphrase set with the device, and offers no other.
  await page.goto('/');
  await page.getByRole('button', { name: 'Trainer area' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Enter the trainer passphrase' })).toBeVisible();
  await expect(page.getByLabel('Passphrase again')).toHaveCount(0);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open trainer area' }).click();

  // Bruno forgot his PIN: the trainer sets a new one.
  const pins = page.getByRole('region', { name: 'Trainees and PINs' });
  await pins.getByLabel('Trainee', { exact: true }).selectOption({ label: 'Bruno Costa' });
  await pins.getByLabel('Choose a PIN').fill('97531');
  await pins.getByLabel('PIN again').fill('97531');
  await pins.getByRole('button', { name: 'Set PIN' }).click();
  await expect(pins.getByRole('status')).toHaveText('New PIN set for Bruno Costa. Tell them, and only them.');
  await noViolations(page, 'trainer area of a shared device');

  await openAs(page, 'Bruno Costa', '1357');
  await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right.' })).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('97531');
  await page.getByRole('button', { name: 'Open my records' }).click();
  await expect(page.getByText('Training as Bruno Costa')).toBeVisible();
});

test('five wrong PINs in a row make the next try wait, even across a reload; once the wait is over the PIN opens', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The page's clock, to jump over the wait instead of sitting through it.
  await page.clock.install();
  await setUpSharedDevice(page, PASSPHRASE);
  await createProfileByKeyboard(page, 'Amina Diallo');
  const field = page.getByLabel('PIN', { exact: true });
  const open = page.getByRole('button', { name: 'Open my records' });
  const locked = page.getByRole('alert').filter({ hasText: 'Too many wrong PINs for Amina Diallo.' });

  // Four slips of the finger cost nothing; the fifth wrong PIN earns a wait, and no PIN is taken meanwhile.
  await openAs(page, 'Amina Diallo', '0000');
  for (let i = 2; i <= 5; i++) {
    await expect(field).toHaveValue('');
    await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right.' })).toBeVisible();
    await field.fill(String(i).repeat(4));
    await open.click();
  }
  await expect(locked).toBeVisible();
  await expect(open).toBeDisabled();

  // The next person at the keyboard reloads: the wait is on disk, and says when it ends.
  await page.goto('/');
  await page.getByRole('button', { name: 'Start training' }).click();
  await page.getByRole('button', { name: 'Amina Diallo', exact: true }).click();
  await expect(locked).toBeVisible();
  await expect(locked).toContainText('your trainer can set a new PIN');
  await expect(open).toBeDisabled();
  await noViolations(page, 'PIN after too many wrong ones');

  // Half a minute later, the right PIN opens her records.
  await page.clock.fastForward('00:31');
  await expect(open).toBeEnabled();
  await expect(locked).toHaveCount(0);
  await field.fill(TEST_PIN);
  await open.click();
  await expect(page.getByText('Training as Amina Diallo')).toBeVisible();
});

test('a device set up for one person never hands its trainer area to whoever opens it next', async ({
  page,
}) => {
  await page.goto('/');
  await setUpOwnDevice(page);
  await createProfileByKeyboard(page, 'Owner Trainee');
  // A second trainee's profile on the device (as on a device used before set-up existed).
  await putRecord(page, 'profile', {
    id: 'other-trainee',
    name: 'Other Trainee',
    serviceNumber: '',
    component: 'military',
    sex: 'unstated',
    country: 'Chad',
    mission: '',
    stage: 'pre-deployment',
    language: 'en',
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Trainer area' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'the trainer area stays closed' })).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveCount(0);
});

test("when storage fails on a shared device, 'Download my records' holds the signed-in trainee's records only", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await setUpSharedDevice(page, PASSPHRASE, false);
  await createProfileByKeyboard(page, 'First Trainee');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await createProfileByKeyboard(page, 'Second Trainee');
  await page.getByRole('button', { name: `Open: ${SCENARIO}` }).click();
  await page.getByRole('button', { name: 'Begin scenario' }).click();
  await expect(page.locator('.choices button').first()).toBeFocused({ timeout: 30_000 });

  // The disk fills up: every write from now on fails.
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = fail;
    IDBObjectStore.prototype.add = fail;
  });
  await page.keyboard.press('1');
  const notice = page.getByRole('alert').filter({ hasText: 'cannot be saved on this device' });
  await expect(notice).toBeVisible({ timeout: 20_000 });

  const file = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download my records' }).click();
  const path = info.outputPath('records.json');
  await (await file).saveAs(path);
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as {
    payload: { profiles: { id: string; name: string }[]; attempts: { profileId: string }[] };
  };
  expect(bundle.payload.profiles.map((p) => p.name)).toEqual(['Second Trainee']);
  const second = bundle.payload.profiles[0]?.id;
  expect(bundle.payload.attempts.length).toBeGreaterThan(0);
  expect(bundle.payload.attempts.every((a) => a.profileId === second)).toBe(true);
});
