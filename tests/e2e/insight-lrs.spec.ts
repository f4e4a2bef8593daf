/**
 * Trainer insight read back from a real learning record store: the test starts Learning Locker's statement
 * service (xapi-statements, in memory, on 127.0.0.1) and stops it. Two trainees on two devices (browser contexts)
 * play First contact, one to a pass and one to a critical error, and their devices send to the LRS. A trainer on a
 * third device, which holds no records of its own, reads the course back from the LRS and sees both attempts in
 * the insight views with the right shares; a second fetch asks only for what is new.
 */
import { expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { en } from '../../src/presentation/i18n/en.ts';
import { fr } from '../../src/presentation/i18n/fr.ts';
import { startRealLrs } from '../helpers/real-lrs.ts';
import type { RealLrs } from '../helpers/real-lrs.ts';
import { noViolations } from './axe.ts';
import { plannedPaths, take } from './first-contact.ts';
import { createProfileByKeyboard, playUntilDebrief } from './helpers.ts';
import { recordsOf } from './records.ts';

const PASSPHRASE = 'a trainer passphrase';
/** INSIGHT_SCREENSHOTS=1 also writes docs/screenshots/insight-{teach,points,criteria,discrimination}.png. */
const SCREENSHOTS = process.env.INSIGHT_SCREENSHOTS === '1';

let lrs: RealLrs;
test.beforeAll(async () => {
  lrs = await startRealLrs();
});
test.afterAll(async () => {
  await lrs?.stop();
});

async function openTrainer(page: Page, first: boolean): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: en.trainerArea }).click();
  await page.getByLabel(en.trainerPassphrase, { exact: true }).fill(PASSPHRASE);
  if (first) await page.getByLabel(en.trainerPassphraseAgain).fill(PASSPHRASE);
  await page.getByRole('button', { name: first ? en.trainerSetPassphrase : en.trainerEnter }).click();
}

/** A trainee's device: set to send to the LRS, then its trainee plays `path` to the debrief and it sends. */
async function traineeDevice(
  browser: Browser,
  baseURL: string,
  name: string,
  path: string[],
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await openTrainer(page, true);
  const section = page.getByRole('region', { name: en.lrsHeading });
  await section.getByLabel(en.lrsEndpoint).fill(lrs.endpoint);
  await section.getByLabel(en.lrsKey).fill(lrs.key);
  await section.getByLabel(en.lrsSecret).fill(lrs.secret);
  await section.getByRole('button', { name: en.lrsSave }).click();
  await expect(section.getByText(en.lrsSaved)).toBeVisible();

  await createProfileByKeyboard(page, name);
  await page.getByRole('button', { name: /Open: First contact/ }).click();
  await page.getByRole('button', { name: en.begin }).click();
  await playUntilDebrief(page, (i) => take(page, path[i] ?? ''));
  // Everything sent and acknowledged: the outbox empties.
  await expect.poll(async () => (await recordsOf(page)).outbox.length, { timeout: 60_000 }).toBe(0);
  return context;
}

test('a trainer reads two trainees’ attempts back from a real LRS and sees their shares', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(420_000);
  const { passing, criticalFail } = plannedPaths();
  // Where the two paths part: the first decision at which they differ.
  const split = passing.findIndex((text, i) => criticalFail[i] !== text);
  expect(split).toBeGreaterThanOrEqual(0);
  const a = await traineeDevice(browser, baseURL ?? '', 'Awa Sow', passing);
  const b = await traineeDevice(browser, baseURL ?? '', 'Binta Diallo', criticalFail);

  const trainer = await browser.newContext({ baseURL });
  const page = await trainer.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openTrainer(page, true);
  await page.getByRole('button', { name: en.insightOpen }).click();
  const insight = page.getByRole('region', { name: en.insightHeading });
  await expect(insight).toBeVisible();
  // Nothing on this device yet.
  await expect(insight.getByRole('status')).toContainText('Attempts counted: 0');

  const panel = insight.getByRole('region', { name: en.insightLrsHeading });
  await expect(panel).toContainText(en.insightLrsNotSet);
  await expect(panel).toContainText('anyone who can open the trainer area can use it');
  await panel.getByLabel(en.insightLrsEndpoint).fill(lrs.endpoint);
  await panel.getByLabel(en.insightLrsKey).fill(lrs.key);
  await panel.getByLabel(en.insightLrsSecret).fill(lrs.secret);
  await panel.getByRole('button', { name: en.insightLrsSave }).click();
  await expect(panel).toContainText(en.insightNeverFetched);
  await panel.getByRole('button', { name: en.insightFetch }).click();
  await expect(panel).toContainText(en.insightDone, { timeout: 60_000 });
  const statements = 2 * 3 + passing.length + criticalFail.length; // attempted, completed, verdict, answers
  await expect(panel.locator('.insight-kept')).toContainText(`${statements} statements kept on this device`);

  // Both attempts, from the LRS only.
  await expect(insight.getByRole('status')).toContainText(
    'Attempts counted: 2 (on this device: 0; from the LRS: 2; found in both: 0)',
  );
  // The decision points: at the first, both took the same choice; where the paths part, one each.
  await insight.locator('details.insight-scenario > summary').first().click();
  const pointWith = (text: string) => insight.locator('table.insight-point', { hasText: text });
  const first = pointWith(passing[0] ?? '');
  await expect(first.locator('caption')).toContainText('reached by 2');
  await expect(first.getByRole('row', { name: new RegExp(`^${passing[0]}`) })).toContainText('100% (2)');
  const parting = pointWith(passing[split] ?? '');
  await expect(parting.getByRole('row', { name: new RegExp(`^${passing[split]}`) })).toContainText('50% (1)');
  await expect(parting.getByRole('row', { name: new RegExp(`^${criticalFail[split]}`) })).toContainText(
    `50% (1)`,
  );
  await expect(parting.getByRole('row', { name: new RegExp(`^${criticalFail[split]}`) })).toContainText(
    en.pointsCritical,
  );
  // Teach tomorrow names that point, with a guidance reference.
  const teach = insight.getByRole('region', { name: en.teachHeading });
  await expect(teach.getByRole('listitem').first()).toContainText(criticalFail[split] ?? '');
  await expect(teach.locator('.reference').first()).toContainText(/lines \d+–\d+|item \d+/);
  // Discrimination: one passer and one other, far too few, and said so.
  const discrimination = insight.getByRole('region', { name: en.discriminationHeading });
  await expect(discrimination.locator('caption').first()).toContainText('1 passed, 1 did not');
  await expect(discrimination.locator('tbody tr').first()).toContainText(en.discriminationTooFew);
  // The mode filter: practice asked for by name shows none.
  await insight.getByLabel(en.trainerMode).selectOption('practice');
  await expect(insight.getByText(en.insightNone)).toBeVisible();
  await insight.getByLabel(en.trainerMode).selectOption('');
  await expect(insight.getByRole('status')).toContainText('Attempts counted: 2');
  // The scenario opened before stays open through the filters.
  await expect(insight.locator('details.insight-scenario').first()).toHaveAttribute('open', '');
  await noViolations(page, 'trainer insight');
  if (SCREENSHOTS) {
    for (const [name, region] of [
      ['teach', teach],
      ['points', insight.getByRole('region', { name: en.pointsHeading })],
      // The first: the view's section (its table's scrolling frame bears the same name).
      ['criteria', insight.getByRole('region', { name: en.criteriaInsightHeading }).first()],
      ['discrimination', discrimination],
    ] as const) {
      await region.screenshot({ path: `docs/screenshots/insight-${name}.png` });
    }
  }
  // On a tablet too: nothing wider than the screen (wide tables scroll in their own frame), and axe finds nothing.
  await page.setViewportSize({ width: 768, height: 1024 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await noViolations(page, 'trainer insight on a tablet');
  await page.setViewportSize({ width: 1280, height: 800 });

  // A CSV of a view.
  const download = page.waitForEvent('download');
  await teach.getByRole('button', { name: en.insightCsv }).click();
  const csv = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of csv) chunks.push(c as Buffer);
  expect(Buffer.concat(chunks).toString('utf8')).toContain(criticalFail[split] ?? '');

  // The next fetch asks only for what is new: nothing.
  await panel.getByRole('button', { name: en.insightFetch }).click();
  await expect(panel.locator('.insight-counts')).toContainText(en.insightDone, { timeout: 60_000 });
  await expect(panel.locator('.insight-kept')).toContainText(`${statements} statements kept on this device`);

  // The next morning, in French: the page opened afresh draws the views from what is stored (the attempts
  // rebuilt last time), in the page's language, and axe finds nothing.
  await page.reload();
  await page.getByLabel(en.language, { exact: true }).selectOption('fr');
  await page.getByRole('button', { name: fr.trainerArea }).click();
  await page.getByLabel(fr.trainerPassphrase, { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: fr.trainerEnter }).click();
  await page.getByRole('button', { name: fr.insightOpen }).click();
  const analyse = page.getByRole('region', { name: fr.insightHeading });
  await expect(analyse.getByRole('status')).toContainText(/Tentatives comptées\s:\s2 /);
  await analyse.locator('details.insight-scenario > summary').first().click();
  // Numbers in French: the share everyone took at the first decision point, "100 %".
  await expect(analyse.locator('table.insight-point', { hasText: /100\s%\s\(2\)/ }).first()).toBeVisible();
  await expect(analyse.getByRole('region', { name: fr.teachHeading })).toBeVisible();
  await noViolations(page, 'trainer insight in French');
  expect(errors).toEqual([]);
  // One after another: closing contexts at once raced over their trace files (seen once, locally).
  for (const context of [a, b, trainer]) await context.close();
});
