/**
 * The in-mission refresher on a phone, offline: a trainee whose record shows a harmful choice on a criterion gets
 * a snap situation on that criterion, plays it with no network, sees what changed, and the trainer's export
 * shows the attempt marked as a refresher.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Attempt } from '../../src/engine/records/attempt.ts';
import { readCsvRecords } from '../unit/records/csv-reader.ts';
import { playUntilDebrief, setUpOwnDevice } from './helpers.ts';
import { putRecord, recordsOf } from './records.ts';

const DAY = 86_400_000;
const ALERT = 'Use the alert network, read the warning signs, act on a threat';

/** The trainee's history: a patrol scenario three days ago in which they waited on an alert (level 0, critical). */
async function seedWeakHistory(page: Page): Promise<void> {
  const profileId = (await recordsOf(page)).settings.currentProfile;
  if (profileId === undefined) throw new Error('no current profile to give a history to');
  const at = Date.now() - 3 * DAY;
  const attempt: Attempt = {
    id: crypto.randomUUID(),
    profileId,
    scenarioId: 'patrol',
    scenarioVersion: '1.0.0',
    appVersion: '0.1.0',
    stage: 'in-mission',
    mode: 'course',
    seed: 1,
    startedAt: at - 20 * 60_000,
    endedAt: at,
    status: 'completed',
    decisions: [
      {
        seq: 1,
        where: 'night.alert.c-1',
        choiceIndex: 1,
        choiceText: 'Wait until the alert is confirmed',
        at,
        evidence: [{ criterion: 'patrol.early-warning', level: 0 }],
        critical: ['patrol.early-warning'],
      },
    ],
    inkState: null,
    ending: 'too-late',
    result: {
      criteria: [
        {
          id: 'patrol.early-warning',
          weight: 3,
          level: 0,
          points: 0,
          maxPoints: 9,
          best: 3,
          deciding: [1],
          criticalAt: [1],
        },
      ],
      points: 0,
      maxPoints: 9,
      percent: 0,
      passMark: 85,
      passed: false,
      criticalErrors: [{ criterion: 'patrol.early-warning', seq: 1 }],
    },
  };
  await putRecord(page, 'attempt', attempt);
}

test.describe('the in-mission refresher', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('aims at the weak criterion, plays offline on a phone, and reaches the trainer export', async ({
    page,
    context,
  }, info) => {
    test.setTimeout(240_000);
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await setUpOwnDevice(page);
    await page.getByRole('button', { name: 'Start training' }).tap();
    await page.getByLabel('Name', { exact: true }).fill('Deployed Trainee');
    await page.getByLabel('Contributing country').fill('Nepal');
    await page.getByRole('button', { name: 'Save and continue' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
    await seedWeakHistory(page);

    // From here on there is no network: everything comes from the service worker's cache.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Start training' }).tap();
    await page.getByRole('button', { name: 'Start a refresher' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Your refresher' })).toBeFocused();
    const first = page.locator('.scenario-list li').first();
    await expect(first.getByRole('heading', { name: 'An alert in the night' })).toBeVisible();
    await expect(first).toContainText(`Practises ${ALERT}. Last time: Harmful.`);
    const situations = await page.locator('.scenario-list li').count();
    expect(situations).toBeGreaterThanOrEqual(3);
    expect(situations).toBeLessThanOrEqual(4);

    await page.getByRole('button', { name: 'Begin the first situation' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'An alert in the night' })).toBeFocused();
    await expect(page.getByText(`Situation 1 of ${situations}`)).toBeVisible();
    await page.getByRole('button', { name: 'Begin scenario' }).tap();
    await expect(page.locator('.stage-host canvas')).toBeVisible({ timeout: 30_000 });
    const decisions = await playUntilDebrief(page, () => page.locator('.choices button').first().tap());
    expect(decisions).toBeGreaterThanOrEqual(2);
    expect(decisions).toBeLessThanOrEqual(4);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    // On to the next situation, then leave: the result shows what changed so far.
    await page.getByRole('button', { name: 'Next situation' }).tap();
    await expect(page.getByText(`Situation 2 of ${situations}`)).toBeVisible();
    await page.getByRole('button', { name: 'Not now' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeFocused();
    const row = page.getByRole('row', { name: new RegExp(ALERT) });
    await expect(row.getByRole('cell').first()).toHaveText('Harmful');
    await page.getByRole('button', { name: 'Done' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();

    // The trainer, on the same device and still offline, sees and exports the refresher attempt.
    await page.goto('/');
    await page.getByRole('button', { name: 'Trainer area' }).tap();
    await page.getByLabel('Passphrase', { exact: true }).fill('a trainer passphrase');
    await page.getByLabel('Passphrase again').fill('a trainer passphrase');
    await page.getByRole('button', { name: 'Set passphrase' }).tap();
    const table = page.getByRole('table', { name: /attempts, newest first/ });
    await expect(table.getByRole('row', { name: /In-mission refresher/ }).first()).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Attempts (CSV)' }).tap();
    const path = info.outputPath('attempts.csv');
    await (await download).saveAs(path);
    const rows = readCsvRecords(readFileSync(path, 'utf8'));
    const snap = rows.find((r) => r.scenario_id === 'night-alert');
    expect(snap, 'the refresher attempt is in the export').toMatchObject({
      mode: 'refresher',
      status: 'completed',
      name: 'Deployed Trainee',
    });
    expect(rows.find((r) => r.scenario_id === 'patrol')?.mode).toBe('course');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });
});
