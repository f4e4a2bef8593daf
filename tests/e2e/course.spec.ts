/**
 * The core course in the browser: each scenario played twice by keyboard, once on a path that passes with no
 * critical error and once on a path that fails on a critical error; the debrief explains both with citations.
 * The paths come from the same planner the content tests use, so they follow the content as it changes.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { buildContent } from '../../tools/content/build-content.ts';
import { fileExploreCache } from '../../tools/content/explore-cache.ts';
import { criticalFailPath, passingPath } from '../../tools/content/plan-paths.ts';
import { createProfileByKeyboard, tabTo } from './helpers.ts';

const root = join(import.meta.dirname, '..', '..');
const { scenarios, catalogue } = buildContent({
  scenariosDir: join(root, 'scenarios'),
  root,
  checkCitations: false,
  exploreCache: fileExploreCache(join(root, 'node_modules', '.cache', 'waypoint-explore')),
});
// createProfileByKeyboard registers a police officer.
const globals = { component: 'police' };

async function playByKeyboard(page: Page, title: string, choices: string[]) {
  await tabTo(page, `Open: ${title}`);
  await page.keyboard.press('Enter');
  await tabTo(page, 'Begin scenario');
  await page.keyboard.press('Enter');
  const buttons = page.locator('.choices button');
  for (const text of choices) {
    await expect(buttons.first()).toBeFocused();
    const offered = (await buttons.allTextContents()).map((t) => t.replace(/^\d+\s*/, '').trim());
    const i = offered.indexOf(text);
    expect(i, `"${text}" is offered`).toBeGreaterThanOrEqual(0);
    // The buttons are replaced at every step; wait for the old ones to go.
    const old = await buttons.first().elementHandle();
    await page.keyboard.press(String(i + 1));
    await page.waitForFunction((el) => !el?.isConnected, old);
  }
  await expect(page.getByRole('heading', { level: 1, name: `Debrief: ${title}` })).toBeFocused();
}

// Snap situations are played in a refresher (refresher.spec.ts), not from the course list.
for (const scenario of scenarios.filter((s) => s.kind === 'course')) {
  test.describe(scenario.title, () => {
    test.describe.configure({ timeout: 180_000 });

    test('a sound path passes with no critical error', async ({ page }) => {
      const path = passingPath(scenario, globals);
      expect(path).not.toBeNull();
      await createProfileByKeyboard(page);
      await playByKeyboard(page, scenario.title, path?.choices ?? []);
      await expect(page.getByRole('heading', { name: 'Score: Passed' })).toBeVisible();
      await expect(page.getByText(`${path?.percent}% of the best achievable`)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Critical errors' })).toHaveCount(0);
      // Every cited source is shown: the source's own words as a quotation, a paraphrase never as one.
      const cited = scenario.rubric.criteria.flatMap(
        ({ id }) => catalogue?.criteria.find((c) => c.id === id)?.citations ?? [],
      );
      const verbatim = cited.filter((c) => c.quote === 'verbatim');
      const paraphrased = cited.filter((c) => c.quote === 'paraphrase');
      await expect(page.locator('.criterion blockquote')).toHaveCount(verbatim.length);
      await expect(page.locator('.criterion .paraphrase')).toHaveCount(paraphrased.length);
      await expect(
        page.locator('.criterion .paraphrase blockquote, .criterion blockquote .paraphrase'),
      ).toHaveCount(0);
      if (paraphrased[0]) {
        const shown = page.locator('.citation', { hasText: paraphrased[0].excerpt }).first();
        await expect(shown).toContainText('In our words (a paraphrase, not a quotation):');
        await expect(shown.locator('blockquote')).toHaveCount(0);
      }
    });

    test('a critical error fails the scenario, and the debrief says why', async ({ page }) => {
      const path = criticalFailPath(scenario, globals);
      expect(path).not.toBeNull();
      await createProfileByKeyboard(page);
      await playByKeyboard(page, scenario.title, path?.choices ?? []);
      await expect(page.getByRole('heading', { name: 'Score: Not passed' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Critical errors' })).toBeVisible();
      const broken = page.locator('.criterion.critical-error');
      await expect(broken.first()).toBeVisible();
      await expect(broken.first().locator('.critical-note')).toHaveText(
        'A critical error fails the scenario whatever the points.',
      );
      await expect(broken.first().locator('blockquote').first()).not.toBeEmpty();
      await expect(broken.first().locator('.reference').first()).toContainText(/lines \d+–\d+|item \d+/);
    });
  });
}
