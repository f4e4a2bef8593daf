/**
 * Classroom mode in the built app, with two pages of one browser context as on one laptop and its projector: the
 * trainer starts a session from the trainer area (scenario, language, head count, a trainee ticked as present),
 * the projector window opens; at every decision the trainer enters the votes by key, reveals them and the group's
 * choice goes on (once overridden, with a reason); the projector shows the same decision at every step, the vote
 * bars once revealed and never the discussion prompts, and after it is closed and opened again it resumes where
 * the session is. The group debrief is on both; the record is the group's (mode classroom, votes, the override
 * reason), listed as the group's with no certificate to offer; axe finds nothing on either view; the scene is
 * drawn on both. With CLASSROOM_SCREENSHOTS=1 it writes docs/screenshots/classroom-presenter.png and
 * classroom-audience.png.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { noViolations } from './axe.ts';
import { createProfileByKeyboard, distinctCanvasColours, setUpSharedDevice, tabTo } from './helpers.ts';
import { recordsOf } from './records.ts';
import { en } from '../../src/presentation/i18n/en.ts';

const PASSPHRASE = 'a classroom passphrase';
const HEAD_COUNT = 12;
const OVERRIDE_AT = 2;
const REASON = 'The room missed what reporting her name would cost her.';
const SCREENSHOTS = process.env.CLASSROOM_SCREENSHOTS === '1';

// Two drawn scenes animate at once (presenter and projector); without motion they cost the machine less.
test.use({ reducedMotion: 'reduce' });

/** What the projector shows now: the decision on offer and the choices' texts. */
async function projected(audience: Page) {
  const view = audience.locator('.classroom-audience');
  return {
    decision: await view.getAttribute('data-decision'),
    choices: await audience.locator('.classroom-audience-choices .classroom-choice-text').allTextContents(),
  };
}

test('a trainer runs a scenario with a group: votes, an override, the projector in step, the group debrief', async ({
  page,
  context,
}) => {
  // Some twenty decisions, each checked on two pages: minutes on a busy two-core machine.
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await setUpSharedDevice(page, PASSPHRASE, false);
  await createProfileByKeyboard(page, 'Aïcha Traoré');
  const aicha = (await recordsOf(page)).profiles[0]!;

  await page.goto('/');
  await page.getByRole('button', { name: en.trainerArea }).click();
  await page.getByLabel(en.trainerPassphrase, { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open trainer area' }).click();
  await expect(page.getByRole('heading', { level: 2, name: en.classroomHeading })).toBeVisible();
  await page.getByLabel(en.classroomScenario).selectOption({ label: 'First contact with a survivor' });
  await page.getByLabel(en.classroomLanguage).selectOption('en');
  await page.getByLabel(en.classroomHeadCount).fill(String(HEAD_COUNT));
  await page.getByLabel('Aïcha Traoré', { exact: true }).check();
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: en.classroomStart }).click();
  let audience = await opened;
  // The projector window takes the focus as it opens; the trainer comes back to their own.
  await page.bringToFront();
  await expect(page.getByRole('heading', { level: 1, name: 'First contact with a survivor' })).toBeVisible();
  await expect(page.getByText(`Head count: ${HEAD_COUNT}`)).toBeVisible();

  const debriefHeading = page.getByRole('heading', { level: 2, name: en.classroomDebrief });
  const decisionHeading = page.locator('#classroom-decision-heading');
  let n = 0;
  while (!(await debriefHeading.isVisible())) {
    n += 1;
    await expect(decisionHeading).toHaveText(`Decision ${n}`, { timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Add a vote for choice 1' })).toBeEnabled();
    const texts = await page.locator('.classroom-choice-text').allTextContents();
    // The projector shows the same decision and the same choices, without the votes until they are revealed.
    await expect.poll(() => projected(audience)).toEqual({ decision: String(n), choices: texts });
    await expect(audience.locator('.classroom-audience-votes')).toHaveCount(0);
    // The prompts for this decision are on the presenter's screen, never on the projector.
    const asks = await page.locator('.classroom-prompt-list .ask').allTextContents();
    expect(asks.length).toBeGreaterThan(0);
    await expect(audience.locator('.classroom-prompt-list, .classroom-prompts')).toHaveCount(0);
    expect(await audience.locator('body').textContent()).not.toContain(asks[0]!.replace(/^Ask /, ''));

    // Votes by key: choice 1 has the majority. At the first decision, Shift and a number take a vote away.
    const keys = n === 1 ? ['1', '1', '1', '1', '2', '2', 'Shift+Digit1'] : ['1', '1', '1', '2'];
    for (const key of keys) await page.keyboard.press(key);
    const counts = page.locator('.classroom-count');
    await expect(counts.first()).toHaveText('3');
    if (texts.length > 1) await expect(counts.nth(1)).toHaveText(n === 1 ? '2' : '1');
    // At the third decision with the keyboard alone, from the first choice's buttons.
    if (n === 3) {
      await tabTo(page, en.classroomReveal);
      await page.keyboard.press('Enter');
    } else await page.getByRole('button', { name: en.classroomReveal }).click();
    // Revealed: the bars on the projector, the majority's choice marked.
    await expect(audience.locator('.classroom-audience-choices li.chosen')).toContainText('3 votes');

    if (n === 1) {
      await noViolations(page, 'classroom presenter');
      await noViolations(audience, 'classroom projector');
      // On a projector's 1280×720, the choices and their bars are in view with the scene and the story.
      await expect(audience.locator('.classroom-audience-choices li.chosen')).toBeInViewport({ ratio: 1 });
      await expect(async () => expect(await distinctCanvasColours(page)).toBeGreaterThan(12)).toPass({
        timeout: 20_000,
      });
      await expect(async () => expect(await distinctCanvasColours(audience)).toBeGreaterThan(12)).toPass({
        timeout: 20_000,
      });
      // The projector window closed by mistake, and opened again: it is back where the session is.
      await audience.close();
      const again = context.waitForEvent('page');
      await page.getByRole('button', { name: en.classroomOpenAudience }).click();
      audience = await again;
      await page.bringToFront();
      await expect.poll(() => projected(audience)).toEqual({ decision: String(n), choices: texts });
      await expect(audience.locator('.classroom-audience-choices li.chosen')).toContainText('3 votes');
      // High contrast set on the trainer's window reaches the projector at once, not at the next step.
      const contrast = () => audience.evaluate(() => document.documentElement.dataset.contrast);
      await page.getByRole('button', { name: en.settings }).click();
      await page.getByLabel(en.setting_contrast_high).check();
      await expect.poll(contrast).toBe('high');
      await page
        .getByRole('group', { name: en.setting_contrast })
        .getByLabel(en.setting_contrast_normal)
        .check();
      await expect.poll(contrast).toBe('normal');
      await page.getByRole('button', { name: en.close }).click();
      await page.bringToFront();
    }
    if (n === OVERRIDE_AT && texts.length > 1) {
      // Without a reason the override is refused; with one, the group goes with choice 2.
      await page.getByLabel(en.classroomOverrideChoice, { exact: true }).selectOption({ index: 1 });
      await page.getByRole('button', { name: en.classroomOverrideApply }).click();
      await expect(page.getByText(en.classroomOverrideNeedsReason)).toBeVisible();
      await page.getByLabel(en.classroomOverrideReason).fill(REASON);
      await page.getByRole('button', { name: en.classroomOverrideApply }).click();
      await expect(page.locator('.classroom-status')).toContainText(REASON);
      if (SCREENSHOTS) {
        await page.screenshot({ path: 'docs/screenshots/classroom-presenter.png', fullPage: true });
        await audience.setViewportSize({ width: 1280, height: 720 });
        await audience.screenshot({ path: 'docs/screenshots/classroom-audience.png' });
      }
    }
    if (n === 3) {
      await tabTo(page, en.classroomDecide);
      await page.keyboard.press('Enter');
    } else await page.getByRole('button', { name: en.classroomDecide }).click();
    expect(n).toBeLessThan(60);
  }

  // The group debrief, on both: every decision with its votes; the override's reason.
  await expect(audience.getByRole('heading', { level: 2, name: en.classroomDebrief })).toBeVisible();
  await expect(page.locator('.classroom-debrief-point')).toHaveCount(n);
  await expect(audience.locator('.classroom-debrief-point')).toHaveCount(n);
  await expect(audience.getByText(REASON)).toBeVisible();
  await noViolations(page, 'classroom presenter debrief');
  await noViolations(audience, 'classroom projector debrief');

  // The record: the group's, with its votes and the override's reason.
  const attempt = (await recordsOf(page)).attempts.find((a) => a.mode === 'classroom');
  expect(attempt).toMatchObject({
    profileId: 'classroom',
    status: 'completed',
    classroom: { headCount: HEAD_COUNT, present: [aicha.id] },
  });
  expect(attempt?.decisions).toHaveLength(n);
  expect(attempt?.classroom?.votes).toHaveLength(n);
  expect(attempt?.classroom?.votes[0]?.counts[0]).toBe(3);
  expect(attempt?.classroom?.votes[OVERRIDE_AT - 1]?.override).toBe(REASON);
  expect(attempt?.classroom?.votes.every((v) => v.revealed)).toBe(true);

  // Back in the trainer area: the session is listed as the group's; no certificate lists it.
  await page.getByRole('button', { name: en.classroomBack }).click();
  await expect(audience.getByText(en.classroomAudienceEnded)).toBeVisible();
  const list = page.getByRole('table', { name: '1 attempt, newest first' });
  await expect(list.getByRole('row', { name: /Classroom \(group\)/ })).toHaveCount(1);
  await page.getByLabel(en.trainerMode).selectOption('classroom');
  await expect(list.getByRole('row', { name: /Classroom \(group\)/ })).toHaveCount(1);
  await page.getByLabel(en.trainerMode).selectOption('');
  // The group's session is nobody's: named as the group's, and its row offers no certificate.
  const row = list.getByRole('row', { name: /Classroom \(group\)/ });
  await expect(row.getByRole('rowheader')).toHaveText(
    `${en.classroomBadge} (${en.classroomHeadCountIs.replace('{n}', String(HEAD_COUNT))})`,
  );
  await expect(row.getByRole('button', { name: en.trainerCertificate })).toHaveCount(0);
  await expect(row.getByRole('button', { name: en.trainerReview })).toHaveCount(1);
});
