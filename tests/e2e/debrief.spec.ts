/**
 * The debrief opens with its summary (the ending, pass or not with the score, the level per criterion and the
 * moments that mattered), each criterion in full behind a <details> of its own; and the play screen's story log is
 * reachable by keyboard. Played by keyboard on two paths that fail on critical errors (a typical one: sound but for
 * one critical choice, from the planner course.spec.ts uses; and the worst: three moments, the tallest summary), in
 * English and in French, on a desktop and on a 360 × 740 touch phone, with axe on every view.
 *
 * WAYPOINT_SCREENSHOTS=1 also writes docs/screenshots/debrief-summary-{desktop,phone}.png (English, worst path).
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { criticalFailPath } from '../../tools/content/plan-paths.ts';
import { storyFor } from '../../src/engine/content/localize.ts';
import { createRunner } from '../../src/engine/ink/runner.ts';
import type { StoryChoice } from '../../src/engine/ink/runner.ts';
import { messagesIn } from '../../src/presentation/i18n/t.ts';
import { noViolations } from './axe.ts';
import { firstContact, globals } from './first-contact.ts';
import { createProfileByKeyboard, decide } from './helpers.ts';

const root = join(import.meta.dirname, '..', '..');
const scenario = firstContact;
const PHONE = { width: 360, height: 740 };
const screenshots = process.env.WAYPOINT_SCREENSHOTS === '1';

/**
 * Choice texts of the English story as shown in `language` (a translated story has the English story's structure,
 * so the same choice indices), with the first critical choice among them and its decision number.
 */
function shownIn(language: string, english: string[]): { texts: string[]; critical: string; seq: number } {
  const source = createRunner(scenario.story, globals, 1);
  const shown = createRunner(storyFor(scenario, language), globals, 1);
  let offered = source.continue().choices;
  let offeredShown = shown.continue().choices;
  const texts: string[] = [];
  let critical: { text: string; seq: number } | undefined;
  for (const text of english) {
    const choice = offered.find((c) => c.text === text);
    const same = offeredShown.find((c) => c.index === choice?.index);
    if (!choice || !same) throw new Error(`"${text}" is not offered`);
    texts.push(same.text);
    if (!critical && choice.events.some((e) => e.kind === 'critical')) {
      critical = { text: same.text, seq: texts.length };
    }
    offered = source.choose(choice.index).choices;
    offeredShown = shown.choose(same.index).choices;
  }
  if (!critical) throw new Error('the path takes no critical choice');
  return { texts, critical: critical.text, seq: critical.seq };
}

/** Critical first, then the weakest evidence: the order in which the worst path takes choices. */
const badness = (c: StoryChoice) =>
  c.events.some((e) => e.kind === 'critical')
    ? -1
    : Math.min(4, ...c.events.flatMap((e) => (e.kind === 'evidence' ? [e.level] : [])));

/** A critical choice wherever there is one, else the weakest (ties: the first offered); English texts. */
function worstPath(): string[] {
  const runner = createRunner(scenario.story, globals, 1);
  let offered = runner.continue().choices;
  const texts: string[] = [];
  while (offered.length > 0) {
    const choice = [...offered].sort((a, b) => badness(a) - badness(b))[0];
    if (!choice) break;
    texts.push(choice.text);
    offered = runner.choose(choice.index).choices;
  }
  return texts;
}

const PATHS = {
  /** Plays well but for the first critical choice it can take. */
  typical: () => criticalFailPath(scenario, globals)?.choices ?? [],
  worst: worstPath,
};

/** Tabs until a <details>' own <summary> has focus; returns the details' id. Keyboard only. */
async function tabToNextSummary(page: Page, max = 60): Promise<string> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'SUMMARY' ? (el.parentElement?.id ?? '') : null;
    });
    if (id !== null) return id;
  }
  throw new Error('no criterion summary reached with Tab');
}

/** Height from the top of the page to the first criterion's details: what a trainee scrolls through first. */
const summaryHeight = (page: Page) =>
  page.evaluate(() => {
    const first = document.querySelector('.criteria details');
    return first ? Math.round(first.getBoundingClientRect().top + window.scrollY) : Infinity;
  });

for (const language of ['en', 'fr'] as const) {
  for (const device of ['desktop', 'phone'] as const) {
    for (const path of ['typical', 'worst'] as const) {
      test.describe(`${language}, ${device}, ${path} path`, () => {
        if (device === 'phone') test.use({ viewport: PHONE, hasTouch: true, isMobile: true });
        else test.use({ viewport: { width: 1280, height: 800 } });

        test('the debrief opens with the summary, the critical choice first, each criterion one key away', async ({
          page,
        }) => {
          test.setTimeout(180_000);
          const { t } = messagesIn(language);
          const { texts, critical, seq: criticalSeq } = shownIn(language, PATHS[path]());
          const title = language === 'en' ? scenario.title : scenario.translations[language]?.title;
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));

          await createProfileByKeyboard(page);
          if (language !== 'en') {
            await page.getByLabel('Language').selectOption(language);
            await expect(page.getByRole('heading', { level: 1, name: t('scenariosHeading') })).toBeVisible();
          }
          const escaped = (title ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          await page.getByRole('button', { name: new RegExp(`${escaped}$`) }).focus();
          await page.keyboard.press('Enter');
          await page.getByRole('button', { name: t('begin') }).focus();
          await page.keyboard.press('Enter');

          // Play by number keys; halfway through, the story log is long: reach it by keyboard, scroll it, run axe.
          const buttons = page.locator('.choices button');
          const log = page.getByRole('log', { name: t('storyLog') });
          for (const [i, text] of texts.entries()) {
            await expect(buttons.first()).toBeFocused();
            if (i === Math.floor(texts.length / 2)) {
              expect(await log.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
              await expect(log).toHaveAttribute('tabindex', '0');
              await page.keyboard.press('Shift+Tab'); // from the first choice, back to the log
              await expect(log).toBeFocused();
              // Scrolled back by keyboard. Chromium animates the scroll, which under load (CI) can take a while.
              const bottom = await log.evaluate((el) => el.scrollTop);
              expect(bottom).toBeGreaterThan(0);
              await page.keyboard.press('Home');
              await expect
                .poll(() => log.evaluate((el) => el.scrollTop), { timeout: 15_000 })
                .toBeLessThan(bottom);
              // New text is announced once: the log is the only live region that holds it.
              const lastLine = (await log.locator('p').last().textContent()) ?? '';
              const announcing = await page.evaluate(
                (line) =>
                  [...document.querySelectorAll('[aria-live], [role="log"], [role="status"], [role="alert"]')]
                    .filter((el) => el.getAttribute('aria-live') !== 'off')
                    .filter((el) => el.textContent?.includes(line)).length,
                lastLine,
              );
              expect(announcing).toBe(1);
              await expect(log).not.toHaveAttribute('aria-atomic', 'true');
              await noViolations(page, `play (${language}, ${device}, long scrolled log)`);
              await buttons.first().focus();
            }
            const offered = (await buttons.allTextContents()).map((s) => s.replace(/^\d+\s*/, '').trim());
            const n = offered.indexOf(text);
            expect(n, `"${text}" is offered`).toBeGreaterThanOrEqual(0);
            await decide(page, () => page.keyboard.press(String(n + 1)));
          }

          // The summary: ending, not passed, levels per criterion, the critical choice first among the moments.
          const debrief = page.getByRole('heading', { level: 1, name: t('debriefHeading') });
          await expect(debrief).toBeFocused();
          await expect(page.locator('.debrief-summary .ending h2')).toContainText(t('ending'));
          await expect(page.locator('.overall')).toHaveClass(/\bfail\b/);
          await expect(page.getByRole('heading', { name: t('criticalErrors') })).toBeVisible();
          // The level per criterion, in words (the pips beside them are hidden from assistive technology).
          const levels = page.getByRole('list', { name: t('summaryLevelsHeading') }).getByRole('listitem');
          await expect(levels).toHaveCount(scenario.rubric.criteria.length);
          const levelWords = new RegExp(
            `^(${[0, 1, 2, 3].map((l) => t(`level${l}` as 'level0')).join('|')}|${t('notObserved')})`,
          );
          for (const item of await levels.all()) await expect(item).toHaveText(levelWords);
          await expect(levels.filter({ hasText: t('summaryCriticalError') }).first()).toBeVisible();
          const moments = page.getByRole('region', { name: t('momentsHeading') }).getByRole('listitem');
          expect(await moments.count()).toBeGreaterThanOrEqual(1);
          expect(await moments.count()).toBeLessThanOrEqual(3);
          const first = moments.first();
          await expect(first.locator('.moment-meta')).toContainText(t('momentCritical'));
          await expect(first.locator('.moment-choice')).toHaveText(
            `${t('momentDecision', { n: criticalSeq })} · ${t('momentCritical')}. ${t('labelValue', { label: t('momentYouChose'), value: critical })}`,
          );
          await expect(first.locator('.moment-practice')).toContainText(t('goodPractice'));
          await expect(first.locator('.moment-guidance')).toContainText(
            /\((obligation|recommended practice|field evidence|by analogy|pratique recommandée|constat de terrain|par analogie)\)/,
          );
          // Everything in detail is closed.
          const details = page.locator('.criteria details');
          expect(await details.count()).toBe(scenario.rubric.criteria.length);
          for (const d of await details.all()) await expect(d).not.toHaveAttribute('open');
          const height = await summaryHeight(page);
          const viewport = page.viewportSize()?.height ?? 0;
          test.info().annotations.push({ type: 'summary height', description: `${height} px` });
          console.log(`summary height (${language}, ${device}, ${path} path): ${height} px`);
          if (screenshots && language === 'en' && path === 'worst') {
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({
              path: join(root, 'docs', 'screenshots', `debrief-summary-${device}.png`),
              fullPage: true,
              clip: { x: 0, y: 0, width: page.viewportSize()?.width ?? 0, height },
            });
          }
          // About two screens on a phone for a typical failed attempt. The worst path's three moments make it taller
          // (measured, not held to it).
          if (device === 'phone' && path === 'typical') expect(height).toBeLessThanOrEqual(2.5 * viewport);
          await noViolations(page, `debrief summary (${language}, ${device})`);

          // A moment's link opens its criterion's details and moves focus there.
          const link = first.getByRole('link');
          const target = ((await link.getAttribute('href')) ?? '').slice(1);
          await link.focus();
          await page.keyboard.press('Enter');
          await expect(page.locator(`[id="${target}"]`)).toHaveAttribute('open', '');
          await expect(page.locator(`[id="${target}"] > summary`)).toBeFocused();
          await page.keyboard.press('Enter'); // closes it again
          await expect(page.locator(`[id="${target}"]`)).not.toHaveAttribute('open');
          // So does an address naming a criterion.
          const lastId = (await details.last().getAttribute('id')) ?? '';
          await page.evaluate((id) => (location.hash = `#${id}`), lastId);
          await expect(details.last()).toHaveAttribute('open', '');
          await expect(details.last().locator('> summary')).toBeFocused();
          await page.keyboard.press('Space');
          await expect(details.last()).not.toHaveAttribute('open');

          // Every criterion's details open by keyboard: Tab to its summary, then Enter or Space.
          await debrief.focus();
          const ids = await details.evaluateAll((all) => all.map((d) => d.id));
          for (const [i, id] of ids.entries()) {
            expect(await tabToNextSummary(page)).toBe(id);
            await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
            await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('open', '');
            await expect(
              page.locator(`[id="${id}"] blockquote, [id="${id}"] .paraphrase`).first(),
            ).toBeVisible();
          }
          await noViolations(page, `debrief with every criterion open (${language}, ${device})`);

          // The way on is where it was.
          await expect(page.getByRole('button', { name: t('backToScenarios') })).toBeVisible();
          expect(errors).toEqual([]);
        });
      });
    }
  }
}
