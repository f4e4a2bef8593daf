/**
 * The playable core in the built app: create a profile, play a scenario to its end with the keyboard only, and
 * read the debrief with its criteria and citations.
 */
import { expect, test } from '@playwright/test';
import { createProfileByKeyboard, decide, distinctCanvasColours, tabTo } from './helpers.ts';

test('a trainee plays the survivor-contact scenario from title to debrief with the keyboard only', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  await createProfileByKeyboard(page);
  await tabTo(page, /Open: First contact/);
  await page.keyboard.press('Enter');

  // Briefing: the content note comes first, with support information.
  await expect(page.getByRole('heading', { name: 'Content note' })).toBeVisible();
  await expect(page.getByText('You can pause or leave at any moment.')).toBeVisible();
  await tabTo(page, 'Begin scenario');
  await page.keyboard.press('Enter');

  // Playing: story text in a log, choices as buttons, the first choice focused.
  const log = page.getByRole('log', { name: 'Story so far' });
  await expect(log.locator('p').first()).toBeVisible();
  const choices = page.getByRole('region', { name: 'What do you do?' }).getByRole('button');
  await expect(choices.first()).toBeFocused();

  // Pause and resume with the keyboard.
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Paused' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Resume' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // Alternate Enter on the focused first choice and the number key 2, until the debrief.
  const debrief = page.getByRole('heading', { level: 1, name: /^Debrief/ });
  let decisions = 0;
  while (!(await debrief.isVisible())) {
    await expect(choices.first()).toBeFocused();
    const before = await log.locator('p').count();
    const count = await choices.count();
    // Waits for the buttons to be replaced: a key pressed while the decision goes on record would be lost.
    await decide(page, () => page.keyboard.press(decisions % 2 === 1 && count >= 2 ? '2' : 'Enter'));
    decisions += 1;
    await expect(async () => {
      expect((await log.locator('p').count()) > before || (await debrief.isVisible())).toBe(true);
    }).toPass();
    expect(decisions).toBeLessThan(60);
  }
  expect(decisions).toBeGreaterThanOrEqual(12);

  // Debrief: overall result, each criterion with level, feedback and citation excerpt.
  await expect(debrief).toBeFocused();
  await expect(page.getByRole('heading', { name: /^Score: (Passed|Not passed)$/ })).toBeVisible();
  const criteria = page.locator('.criterion');
  expect(await criteria.count()).toBeGreaterThanOrEqual(6);
  await expect(criteria.first().getByText(/^Level: /)).toBeVisible();
  await expect(criteria.first().locator('blockquote').first()).not.toBeEmpty();
  await expect(criteria.first().locator('.reference').first()).toContainText(/lines \d+–\d+|item \d+/);
  await expect(page.getByRole('heading', { name: 'Your path' })).toBeVisible();
  expect(await page.locator('.timeline li').count()).toBe(decisions);
  expect(errors).toEqual([]);
});

test('the drawn scene is not blank and is hidden from assistive technology', async ({ page }) => {
  await createProfileByKeyboard(page);
  await page.getByRole('button', { name: /Open: First contact/ }).click();
  await page.getByRole('button', { name: 'Begin scenario' }).click();
  await expect(page.locator('.stage-host canvas')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.stage-caption')).toContainText('Scene:');
  // Let the scene draw, then count colours: a blank or single-colour canvas fails.
  await expect(async () => expect(await distinctCanvasColours(page)).toBeGreaterThan(12)).toPass({
    timeout: 15_000,
  });
  await expect(page.locator('.stage-host canvas')).toHaveAttribute('aria-hidden', 'true');
});

test('the page enforces a Content-Security-Policy without unsafe-eval or inline scripts', async ({
  page,
}) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  // The policy is enforced: an injected inline script is refused and reported as a violation.
  const violation = await page.evaluate(
    () =>
      new Promise<string>((done) => {
        document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), {
          once: true,
        });
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
        setTimeout(() => done('none'), 2000);
      }),
  );
  expect(violation).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
