/**
 * "What if I had…", in the built app: a failed attempt of First contact, then from its debrief's map the trainee
 * replays from decision 3 with another choice, as practice, to an ending. The practice is marked as such while it
 * plays, ends with a comparison against the scored attempt criterion by criterion, and is recorded with mode
 * `practice`; the scored attempt's record is byte-for-byte what it was. The trainer sees the practice in the list and
 * the CSV with its mode, but not in the cohort figures nor on the trainee's certificate.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createRunner } from '../../src/engine/ink/runner.ts';
import type { StoryChoice } from '../../src/engine/ink/runner.ts';
import { en } from '../../src/presentation/i18n/en.ts';
import { noViolations } from './axe.ts';
import { firstContact as scenario, globals, plannedPaths, take } from './first-contact.ts';
import { createProfileByKeyboard, decide, playUntilDebrief } from './helpers.ts';
import { recordsOf } from './records.ts';

const FROM = 3;

/** The lowest level a choice shows (critical counts as lowest); 4 when it is not scored. */
const low = (c: StoryChoice) =>
  c.events.some((e) => e.kind === 'critical')
    ? -1
    : Math.min(4, ...c.events.flatMap((e) => (e.kind === 'evidence' ? [e.level] : [])));

/**
 * The scored path (sound but for one critical choice, after decision 3) and the practice: the same two first
 * choices, at decision 3 the best of the other choices, then the passing path's choices where they are offered.
 */
function plan(): { scored: string[]; offeredAtFrom: string[]; practice: string[] } {
  const { criticalFail: scored, passing } = plannedPaths();
  const good = new Set(passing);
  const runner = createRunner(scenario.story, globals, 1);
  let offered = runner.continue().choices;
  const practice: string[] = [];
  let offeredAtFrom: string[] = [];
  while (offered.length > 0) {
    const n = practice.length + 1;
    if (n === FROM) offeredAtFrom = offered.map((c) => c.text);
    const choice =
      n < FROM
        ? offered.find((c) => c.text === scored[n - 1])
        : n === FROM
          ? [...offered].filter((c) => c.text !== scored[n - 1]).sort((a, b) => low(b) - low(a))[0]
          : (offered.find((c) => good.has(c.text)) ?? [...offered].sort((a, b) => low(b) - low(a))[0]);
    if (!choice) throw new Error(`no choice to take at decision ${n}`);
    practice.push(choice.text);
    offered = runner.choose(choice.index).choices;
  }
  return { scored, offeredAtFrom, practice };
}

test.use({ viewport: { width: 1280, height: 800 } });

test('"what if" replays from decision 3 as practice, compares, and leaves the scored record as it was', async ({
  page,
}, info) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { scored, offeredAtFrom, practice } = plan();
  expect(scored.length).toBeGreaterThan(FROM);
  expect(practice[FROM - 1]).not.toBe(scored[FROM - 1]);

  await createProfileByKeyboard(page, 'Mariam Diallo');
  await page.getByRole('button', { name: /Open: First contact/ }).click();
  await page.getByRole('button', { name: en.begin }).click();
  const log = page.getByRole('log', { name: en.storyLog });
  let storyAtFrom = '';
  await playUntilDebrief(page, async (i) => {
    if (i === FROM - 1) storyAtFrom = await log.innerText();
    await take(page, scored[i] ?? '');
  });
  expect(storyAtFrom).not.toBe('');
  await expect(page.locator('.overall')).toHaveClass(/\bfail\b/);
  const scoredPercent = (await page.locator('.overall p').first().textContent())?.match(/\d+/)?.[0];
  const before = (await recordsOf(page)).attempts.filter((a) => a.status === 'completed');
  expect(before).toHaveLength(1);
  const scoredRecord = JSON.stringify(before[0]);

  // One "what if" per decision on the map that had other choices; each names its decision.
  const map = page.locator('.debrief .path-map');
  const whatIf = map.getByRole('button', { name: en.whatIfButton.replace('{n}', String(FROM)) });
  await expect(whatIf).toBeVisible();
  await expect(
    map.getByRole('button', { name: /^What if I had chosen otherwise at decision \d+\?$/ }),
  ).toHaveCount(scored.length);
  await whatIf.click();

  // Practice, said so on screen; the two first choices are taken again: the story so far is what it was at decision
  // 3, which offers the same choices.
  const banner = page.locator('.practice-banner');
  await expect(banner).toHaveText(en.practiceBanner.replace('{n}', String(FROM)));
  const buttons = page.locator('.choices button.choice');
  await expect(buttons.first()).toBeFocused();
  const offered = await buttons.evaluateAll((bs) => bs.map((b) => (b.lastChild?.textContent ?? '').trim()));
  expect(offered).toEqual(offeredAtFrom);
  expect(await log.innerText()).toBe(storyAtFrom);
  await noViolations(page, 'practice play');
  let n = FROM - 1;
  const practiceDebrief = page.getByRole('heading', { level: 1, name: /^Debrief of practice/ });
  while (!(await practiceDebrief.isVisible())) {
    expect(n, 'decisions before the practice debrief').toBeLessThan(practice.length);
    await expect(banner).toBeVisible();
    const text = practice[n] ?? '';
    await decide(page, () => take(page, text));
    n += 1;
  }
  expect(n).toBe(practice.length);

  // The comparison: a row per criterion, the scored attempt's levels beside this path's, then the result.
  const table = page.getByRole('region', { name: en.compareHeading }).getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    en.compareCriterion,
    en.compareScored,
    en.comparePractice,
    en.compareChange,
  ]);
  const criteria = scenario.rubric.criteria.length;
  await expect(table.locator('tbody tr')).toHaveCount(criteria + 1);
  const resultRow = table.getByRole('row', { name: new RegExp(`^${en.compareResult}`) });
  await expect(resultRow.getByRole('cell').first()).toHaveText(`${en.failed}, ${scoredPercent}%`);
  const levels = [en.level0, en.level1, en.level2, en.level3, en.notObserved].join('|');
  for (const cell of await table.locator('tbody tr td:nth-child(2)').all()) {
    await expect(cell).toHaveText(new RegExp(`^(${levels}|${en.failed}.*)$`));
  }
  // This path avoids the scored attempt's critical error, so it passes: shown in the comparison.
  await expect(resultRow.getByRole('cell').nth(1)).toHaveText(new RegExp(`^${en.passed}, \\d+%$`));
  await expect(resultRow.getByRole('cell').nth(2)).toHaveText(en.compareBetter);
  await noViolations(page, 'practice debrief with its comparison');

  // Records: the scored attempt unchanged to the byte; the practice beside it, with the same seed and start.
  const after = await recordsOf(page);
  const again = after.attempts.find((a) => a.id === before[0]?.id);
  expect(JSON.stringify(again)).toBe(scoredRecord);
  const practised = after.attempts.filter((a) => a.mode === 'practice');
  expect(practised).toHaveLength(1);
  expect(practised[0]?.status).toBe('completed');
  expect(practised[0]?.seed).toBe(before[0]?.seed);
  expect(practised[0]?.decisions.slice(0, FROM - 1).map((d) => d.choiceText)).toEqual(
    scored.slice(0, FROM - 1),
  );
  expect(practised[0]?.result?.passed).toBe(true);

  // The trainer: the practice in the list and the CSV with its mode; not in the cohort figures; no certificate.
  await page.getByRole('button', { name: en.backToScenarios }).click();
  await page.goto('/');
  await page.getByRole('button', { name: en.trainerArea }).click();
  await page.getByLabel(en.trainerPassphrase, { exact: true }).fill('a trainer passphrase');
  await page.getByLabel(en.trainerPassphraseAgain).fill('a trainer passphrase');
  await page.getByRole('button', { name: en.trainerSetPassphrase }).click();
  const list = page.getByRole('table', { name: '2 attempts, newest first' });
  await expect(
    list.getByRole('row', { name: new RegExp(en.mode_practice.replace(/[()]/g, '\\$&')) }),
  ).toHaveCount(1);
  const cohort = page.getByRole('table', { name: /per criterion, overall, by sex and by component/ });
  // One scored attempt: every overall figure counts one attempt (two would mean the practice was counted).
  const overall = await cohort.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(overall.length).toBeGreaterThan(0);
  for (const figure of overall) expect(figure).toMatch(/^(–|.*\(n=1\))$/);
  await page.getByLabel(en.trainerMode).selectOption('practice');
  await expect(page.getByText(en.trainerNoResults)).toBeVisible();
  await page.getByLabel(en.trainerMode).selectOption('');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Attempts (CSV)' }).click();
  const csvPath = info.outputPath('attempts.csv');
  await (await download).saveAs(csvPath);
  const [header, ...rows] = readFileSync(csvPath, 'utf8').trim().split('\r\n');
  const modeAt = (header ?? '').split(',').indexOf('mode');
  expect(modeAt).toBeGreaterThanOrEqual(0);
  expect(rows.map((r) => r.split(',')[modeAt]).sort()).toEqual(['course', 'practice']);

  await list.getByRole('button', { name: en.trainerCertificate }).first().click();
  await expect(page.getByRole('heading', { name: en.certificateHeading })).toBeVisible();
  await expect(page.getByText(en.certificateNone)).toBeVisible();
  expect(errors).toEqual([]);
});
