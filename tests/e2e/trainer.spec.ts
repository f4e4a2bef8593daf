/**
 * The trainer area in the built app: passphrase on first use, attempts and cohort, after-action review,
 * exports, and an import that refuses an altered bundle and changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createProfileByKeyboard, playUntilDebrief } from './helpers.ts';
import { recordsOf } from './records.ts';
import { canonicalJson, sha256Hex } from '../../src/engine/records/bundle/canonical.ts';

async function playToDebrief(page: Page) {
  await page.getByRole('button', { name: /Open: First contact/ }).click();
  await page.getByRole('button', { name: 'Begin scenario' }).click();
  await playUntilDebrief(page, () => page.locator('.choices button').first().click());
}

async function openTrainer(page: Page, passphrase: string, first: boolean) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Trainer area' }).click();
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: first ? 'Set up this device for a training centre' : 'Enter the trainer passphrase',
    }),
  ).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  if (first) await page.getByLabel('Passphrase again').fill(passphrase);
  await page.getByRole('button', { name: first ? 'Set passphrase' : 'Open trainer area' }).click();
}

test('a trainer reviews, exports and imports records', async ({ page }, info) => {
  test.setTimeout(180_000);
  await createProfileByKeyboard(page, 'Fatou Ndiaye');
  await playToDebrief(page);

  await openTrainer(page, 'a trainer passphrase', true);
  const table = page.getByRole('table', { name: '1 attempt, newest first' });
  await expect(table.getByRole('row', { name: /Fatou Ndiaye/ })).toBeVisible();
  const cohort = page.getByRole('table', { name: /per criterion, overall, by sex and by component/ });
  expect(await cohort.locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
  await expect(page.locator('.bar-chart rect.bar').first()).toBeAttached();

  // Filters: an outcome with no match empties the list.
  await page.getByLabel('Scenario').selectOption({ label: 'First contact with a survivor' });
  await page.getByLabel('Outcome').selectOption('unfinished');
  await expect(page.getByText('No attempts match these filters.')).toBeVisible();
  await page.getByLabel('Outcome').selectOption('');

  // After-action review, decision by decision.
  await table.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { name: /^Review: Fatou Ndiaye, First contact/ })).toBeFocused();
  await expect(page.getByRole('heading', { name: /^Decision 1 of \d+/ })).toBeVisible();
  await expect(page.locator('.offered .chosen')).toHaveCount(1);
  await page.getByRole('button', { name: 'Next decision' }).click();
  await expect(page.getByRole('heading', { name: /^Decision 2 of \d+/ })).toBeVisible();
  await expect(page.locator('.review-step blockquote').first()).not.toBeEmpty();
  await page.getByRole('button', { name: 'Back to the list' }).click();

  // Exports: attempts CSV has a row for the attempt and one column per criterion.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Attempts (CSV)' }).click();
  const csvPath = info.outputPath('attempts.csv');
  await (await csvDownload).saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv).toContain('Fatou Ndiaye');
  expect(csv.split('\r\n')[0]).toContain('crsv.consent');

  // A cohort key for this device: its bundles are signed from now on.
  await page.getByLabel('Cohort name').first().fill('Cohort 12');
  await page.getByRole('button', { name: 'Create the key' }).click();
  await expect(page.getByText(/Cohort Cohort 12 created\. Its code is [0-9A-Z-]{32}/)).toBeVisible();

  const bundleDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bundle for another device (JSON)' }).click();
  const bundlePath = info.outputPath('bundle.json');
  await (await bundleDownload).saveAs(bundlePath);

  // An altered bundle is refused and nothing changes.
  const altered = readFileSync(bundlePath, 'utf8').replace('"percent":', '"percent":1');
  const alteredPath = info.outputPath('altered.json');
  writeFileSync(alteredPath, altered);
  await page.getByLabel('Bundle files (.json)').setInputFiles(alteredPath);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('.transfer-status')).toContainText('altered.json: refused.');
  await expect(table.locator('tbody tr')).toHaveCount(1);

  // A forger who recomputes the digest: refused, because the edited result does not follow from the choices.
  const genuine = JSON.parse(readFileSync(bundlePath, 'utf8')) as {
    payload: { attempts: { result: { percent: number; passed: boolean } }[] };
    integrity: { digest: string };
    signature?: unknown;
  };
  expect(genuine.signature).toBeDefined();
  const forged = structuredClone(genuine);
  forged.payload.attempts[0]!.result.percent = 100;
  forged.payload.attempts[0]!.result.passed = true;
  forged.integrity.digest = await sha256Hex(canonicalJson(forged.payload));
  delete forged.signature;
  const forgedPath = info.outputPath('forged.json');
  writeFileSync(forgedPath, JSON.stringify(forged));
  const importStatus = page.locator('.transfer-status');
  await page.getByLabel('Bundle files (.json)').setInputFiles(forgedPath);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(importStatus).toContainText('forged.json: refused. Some records in this file do not hold up');
  await expect(importStatus).toContainText('has a result its choices do not give');

  // The genuine records without their signature: refused unless the trainer accepts unverified files.
  const unsigned = structuredClone(genuine);
  delete unsigned.signature;
  const unsignedPath = info.outputPath('unsigned.json');
  writeFileSync(unsignedPath, JSON.stringify(unsigned));
  await page.getByLabel('Bundle files (.json)').setInputFiles(unsignedPath);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(importStatus).toContainText(
    'unsigned.json: refused. The file is not signed with a cohort key',
  );
  await expect(table.locator('tbody tr')).toHaveCount(1);

  // The same (signed) bundle imported again adds nothing.
  await page.getByLabel('Bundle files (.json)').setInputFiles(bundlePath);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('.transfer-status')).toContainText('0 attempts added, 0 updated, 1 already here');
  await expect(page.locator('.transfer-status')).toContainText('Signed by cohort Cohort 12');
  await expect(table.locator('tbody tr')).toHaveCount(1);

  // Certificate.
  await table.getByRole('button', { name: 'Certificate' }).click();
  await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toBeVisible();

  // Closing and coming back asks for the passphrase; a wrong one is refused.
  await page.goto('/');
  await page.getByRole('button', { name: 'Trainer area' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Open trainer area' }).click();
  await expect(page.getByText('That passphrase is not right.')).toBeVisible();
  const stored = String((await recordsOf(page)).settings.trainerPassphrase);
  expect(stored).not.toContain('a trainer passphrase');
  expect(stored).toContain('PBKDF2');
});
