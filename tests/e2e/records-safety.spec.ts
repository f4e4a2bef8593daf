/**
 * What a damaged or altered device store does to the app: a weakened trainer passphrase keeps the trainer area
 * locked (it never reads as "no passphrase yet"), and a damaged record is set aside and shown to the trainer.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { putRecord, putSetting } from './records.ts';

async function ready(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Waypoint' })).toBeVisible();
}

test('a weakened trainer passphrase keeps the trainer area locked, and offers no new one', async ({
  page,
}) => {
  await ready(page);
  const weak = { algorithm: 'PBKDF2-SHA-256', iterations: 1, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'AAAA' };
  await putSetting(page, 'trainerPassphrase', JSON.stringify(weak));
  await page.reload();
  await page.getByRole('button', { name: 'Trainer area' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'the trainer area stays locked' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set passphrase' })).toHaveCount(0);
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveCount(0);
});

test('a damaged record is set aside, never deleted, and the trainer sees when and why', async ({ page }) => {
  test.setTimeout(120_000);
  await ready(page);
  await page.getByRole('button', { name: 'Trainer area' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('a trainer passphrase');
  await page.getByLabel('Passphrase again').fill('a trainer passphrase');
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  // The area opens once the passphrase is hashed and stored.
  await expect(page.getByRole('button', { name: 'Attempts (CSV)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Entries set aside/ })).toHaveCount(0);

  // An attempt that looks almost right: its result says 100% but it has a level no criterion has.
  await putRecord(page, 'attempt', {
    id: '7f3c2a1e-5b4d-4c6e-8f9a-0b1c2d3e4f5a',
    profileId: 'nobody',
    scenarioId: 'survivor-contact',
    scenarioVersion: '2.0.0',
    appVersion: '0.1.0',
    stage: 'pre-deployment',
    seed: 1,
    startedAt: 1000,
    endedAt: null,
    status: 'in-progress',
    decisions: [
      {
        seq: 1,
        where: 'x',
        choiceIndex: 0,
        choiceText: 'x',
        at: 1001,
        evidence: [{ criterion: 'c', level: 9 }],
        critical: [],
      },
    ],
    inkState: null,
    ending: null,
    result: null,
  });
  await page.reload();
  await page.getByRole('button', { name: 'Trainer area' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('a trainer passphrase');
  await page.getByRole('button', { name: 'Open trainer area' }).click();
  const section = page.getByRole('region', { name: 'Entries set aside (1)' });
  await expect(section).toBeVisible();
  await expect(section.getByRole('cell', { name: 'Attempt', exact: true })).toBeVisible();
  await expect(section.getByRole('cell', { name: /level must be/ })).toBeVisible();
  const saved = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download the entries set aside (JSON)' }).click();
  const entries = JSON.parse(
    await (await (await saved).createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')),
  );
  expect(entries[0].raw.id).toBe('7f3c2a1e-5b4d-4c6e-8f9a-0b1c2d3e4f5a');
});
