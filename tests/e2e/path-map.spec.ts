/**
 * The map of the path, in the built app: a scenario played to its end, then the debrief's map lists every decision
 * taken, with the choices that were on offer and not taken and every level in words, and draws the same; the
 * trainer's after-action review of that attempt shows the same map. axe finds nothing on the map at desktop and
 * phone sizes, in English and in French. With PATH_MAP_SCREENSHOTS=1 it also writes the screenshots
 * docs/screenshots/path-map-desktop.png and path-map-phone.png (English).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { en } from '../../src/presentation/i18n/en.ts';
import { fr } from '../../src/presentation/i18n/fr.ts';
import type { Catalogue } from '../../src/presentation/i18n/en.ts';
import { playUntilDebrief } from './helpers.ts';

const SCREENSHOTS = process.env.PATH_MAP_SCREENSHOTS === '1';
const SCENARIO: Record<string, RegExp> = {
  en: /First contact with a survivor/,
  fr: /Premier contact avec une survivante/,
};

/** What the trainee was offered at one decision and what they took (choice texts as the buttons show them). */
interface Taken {
  offered: string[];
  chosen: string;
}

/** axe-core on the map alone (the rest of the screen is other tests' business): WCAG 2.2 A and AA. */
async function mapHasNoViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('.path-map')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on the map (${where})`).toEqual([]);
}

/** Counts distinct colours in a screenshot of an element (every 7th pixel), in the page. */
async function distinctColours(page: Page, target: Locator): Promise<number> {
  const png = (await target.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
    }
    return colours.size;
  }, png);
}

/** From a fresh device to the scenario's first choice, in `language`, with taps on a phone. */
async function startScenario(page: Page, m: Catalogue, language: string, touch: boolean): Promise<void> {
  const press = (l: Locator) => (touch ? l.tap() : l.click());
  await page.goto('/');
  if (language !== 'en') {
    await page.getByLabel('Language').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
  }
  await press(page.getByRole('button', { name: m.setupSubmit }));
  await press(page.getByRole('button', { name: m.start }));
  await page.getByLabel(m.name, { exact: true }).fill('Mariam Diallo');
  await page.getByLabel(m.country).fill('Mali');
  await press(page.getByRole('button', { name: m.saveProfile }));
  await press(page.getByRole('button', { name: SCENARIO[language] }));
  await press(page.getByRole('button', { name: m.begin }));
}

/** Plays to the debrief, taking a different position among the choices from one decision to the next. */
async function playRecording(page: Page, touch: boolean): Promise<Taken[]> {
  const taken: Taken[] = [];
  await playUntilDebrief(page, async (i) => {
    const buttons = page.locator('.choices button.choice');
    // A button is its key number (hidden from screen readers) and the choice's text.
    const offered = await buttons.evaluateAll((bs) => bs.map((b) => (b.lastChild?.textContent ?? '').trim()));
    const k = (i * 2 + 1) % offered.length;
    taken.push({ offered, chosen: offered[k] ?? '' });
    await (touch ? buttons.nth(k).tap() : buttons.nth(k).click());
  });
  return taken;
}

/** Checks the map's list against the decisions taken, and that the drawing mirrors it. */
async function checkMap(page: Page, map: Locator, m: Catalogue, taken: Taken[]): Promise<void> {
  await expect(map.getByRole('heading', { name: m.pathMapHeading })).toBeVisible();
  const points = map.locator('.path-map-list > li');
  await expect(points).toHaveCount(taken.length);
  const levels = [m.level0, m.level1, m.level2, m.level3, m.pathMapNotScored].join('|');
  const levelText = new RegExp(`^(${levels})`);
  for (const [i, step] of taken.entries()) {
    const point = points.nth(i);
    await expect(point.getByRole('heading')).toHaveText(m.pathMapDecision.replace('{n}', String(i + 1)));
    const choices = point.locator('.path-map-choice');
    // The chosen one first, then the others in the order they were offered.
    expect(await choices.locator('.path-map-text').allTextContents()).toEqual([
      step.chosen,
      ...step.offered.filter((o) => o !== step.chosen),
    ]);
    await expect(choices.first()).toHaveClass(/chosen/);
    await expect(choices.first().locator('.path-map-label')).toContainText(m.pathMapChosen);
    for (const level of await choices.locator('.path-map-level').allTextContents()) {
      expect(level).toMatch(levelText);
    }
  }
  // Some choice on this path is marked critical, in words.
  await expect(map.locator('.path-map-critical').first()).toContainText(m.pathMapCritical);
  await expect(map.locator('.path-map-end')).toContainText(m.pathMapEnding);

  // The drawing: hidden from assistive technology, one card per choice in the list, and not blank.
  const drawing = map.locator('svg.path-map-drawing');
  await expect(drawing).toHaveAttribute('aria-hidden', 'true');
  const listed = await map.locator('.path-map-choice').count();
  await expect(drawing.locator('.path-map-node')).toHaveCount(listed);
  await expect(drawing.locator('.path-map-node.chosen')).toHaveCount(taken.length);
  await expect(drawing.locator('.path-map-ending')).toContainText(m.pathMapEnding);
  expect(await distinctColours(page, map.locator('.path-map-scroll'))).toBeGreaterThan(8);
}

/** The page is never wider than the screen; the drawing scrolls in its own frame, which the keyboard reaches. */
async function checkFits(page: Page, map: Locator): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const frame = map.locator('.path-map-scroll');
  await expect(frame).toHaveAttribute('tabindex', '0');
  const wider = await frame.evaluate((f) => f.scrollWidth > f.clientWidth);
  if (wider) {
    await frame.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.evaluate((f) => f.scrollLeft)).toBeGreaterThan(0);
    await frame.evaluate((f) => {
      f.scrollLeft = 0;
    });
  }
}

async function openReview(page: Page, m: Catalogue, touch: boolean): Promise<void> {
  const press = (l: Locator) => (touch ? l.tap() : l.click());
  await page.goto('/');
  await press(page.getByRole('button', { name: m.trainerArea }));
  await page.getByLabel(m.trainerPassphrase, { exact: true }).fill('a trainer passphrase');
  await page.getByLabel(m.trainerPassphraseAgain).fill('a trainer passphrase');
  await press(page.getByRole('button', { name: m.trainerSetPassphrase }));
  await press(page.getByRole('button', { name: m.trainerReview, exact: true }));
}

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'phone', viewport: { width: 360, height: 740 }, touch: true },
] as const;

for (const size of SIZES) {
  for (const [language, m] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    test.describe(`on a ${size.name}, in ${language}`, () => {
      test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch });

      test('the map of the path lists and draws every decision with the choices not taken and their levels', async ({
        page,
      }) => {
        test.setTimeout(240_000);
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await startScenario(page, m, language, size.touch);
        const taken = await playRecording(page, size.touch);
        expect(taken.length).toBeGreaterThanOrEqual(8);

        // The debrief's map.
        const debriefMap = page.locator('.debrief .path-map');
        await checkMap(page, debriefMap, m, taken);
        if (SCREENSHOTS && language === 'en') {
          // The map at the top of the screen, as the trainee scrolls to it.
          await page.evaluate(() =>
            document.querySelector('.debrief .path-map')?.scrollIntoView({ block: 'start' }),
          );
          await page.screenshot({ path: `docs/screenshots/path-map-${size.name}.png` });
        }
        await checkFits(page, debriefMap);
        await mapHasNoViolations(page, `debrief, ${size.name}, ${language}`);
        // The same list in the review, but for the debrief's "what if" buttons (the trainee's, not the trainer's).
        const listed = await debriefMap.locator('.path-map-choices').allInnerTexts();
        await expect(debriefMap.locator('.path-map-list button.what-if')).toHaveCount(taken.length);

        // The same map in the trainer's after-action review of this attempt.
        await openReview(page, m, size.touch);
        const reviewMap = page.locator('.review .path-map');
        await checkMap(page, reviewMap, m, taken);
        expect(await reviewMap.locator('.path-map-choices').allInnerTexts()).toEqual(listed);
        await expect(reviewMap.locator('button.what-if')).toHaveCount(0);
        await checkFits(page, reviewMap);
        await mapHasNoViolations(page, `trainer review, ${size.name}, ${language}`);
        expect(errors).toEqual([]);
      });
    });
  }
}
