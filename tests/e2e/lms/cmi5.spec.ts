/**
 * The app launched by cmi5 against a test LMS (./lrs.ts) that records every statement; the test then checks
 * them against the cmi5 rules: initialized first, one "cmi5 allowed" answered per decision (no cmi5 category,
 * with registration and session id, carrying the evidence), passed or failed against the mastery score,
 * completed, terminated last.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createProfileKeepingName, playToDebrief, playSome } from './page.ts';
import { SESSION_ID_EXTENSION, startLrs } from './lrs.ts';
import type { Statement, TestLrs } from './lrs.ts';

const APP = `http://localhost:${process.env.E2E_PORT ?? 4173}/index.html`;
const SCENARIO = 'survivor-contact';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const EVIDENCE = 'https://waypoint.example/xapi/extensions/evidence';
const STATE_ID = 'https://waypoint.example/xapi/state/progress';

const verb = (s: Statement) => s.verb.id.replace(/^.*\//, '');
const categories = (s: Statement) => (s.context?.contextActivities?.category ?? []).map((a) => a.id);

let lrs: TestLrs;
test.beforeEach(async () => {
  lrs = await startLrs();
});
test.afterEach(async () => {
  await lrs.close();
});

/** Checks the rules every statement of a session follows, and returns the session's statements. */
function sessionStatements(sessionId: string): Statement[] {
  const mine = lrs.statements.filter((s) => s.context?.extensions?.[SESSION_ID_EXTENSION] === sessionId);
  for (const s of mine) {
    expect(s.actor).toEqual(lrs.actor);
    expect(s.context?.registration).toBe(lrs.registration);
    expect(s.context?.contextActivities?.grouping?.map((a) => a.id)).toContain(lrs.publisherId);
    expect(Date.parse(s.timestamp ?? '')).not.toBeNaN();
    expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
    if (verb(s) === 'answered') {
      // "cmi5 allowed": no cmi5 or moveOn category.
      expect(categories(s)).not.toContain(CMI5);
      expect(categories(s)).not.toContain(MOVEON);
    } else {
      // "cmi5 defined": the AU's activity, the cmi5 category, moveOn only with success or completion.
      expect(s.object.id).toBe(lrs.activityId);
      expect(categories(s)).toContain(CMI5);
      const movesOn = s.result?.success !== undefined || s.result?.completion !== undefined;
      expect(categories(s).includes(MOVEON)).toBe(movesOn);
    }
  }
  expect(mine.length).toBeGreaterThan(0);
  expect(verb(mine[0]!)).toBe('initialized');
  expect(verb(mine.at(-1)!)).toBe('terminated');
  expect(mine.filter((s) => verb(s) === 'initialized')).toHaveLength(1);
  expect(mine.filter((s) => verb(s) === 'terminated')).toHaveLength(1);
  return mine;
}

async function debriefFigures(page: Page) {
  const overall = (await page.locator('.overall p').first().textContent()) ?? '';
  const passed = /\bpass\b/.test((await page.locator('.overall').getAttribute('class')) ?? '');
  return { overall, percent: Number(/^(\d+)%/.exec(overall)?.[1]), passed };
}

test('a cmi5 launch reports by the cmi5 rules, from initialized to terminated', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const session = lrs.launch(APP, SCENARIO, {
    masteryScore: 0.5,
    moveOn: 'CompletedAndPassed',
    returnUrl: true,
  });
  await page.goto(session.launchUrl);
  await createProfileKeepingName(page, 'Aïcha Traoré');
  const decisions = await playToDebrief(page);
  const { overall, percent } = await debriefFigures(page);
  // The device keeps the scenario's own pass mark; the LMS's mastery score (50%) judges only what it is sent.
  expect(overall).toContain('pass mark 80%');
  const critical = (await page.getByRole('heading', { name: 'Critical errors' }).count()) > 0;
  const passed = !critical && percent >= 50;

  // Leaving the debrief ends the session; the AU then goes to the LMS's returnURL.
  await page.getByRole('button', { name: 'Back to scenarios' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${lrs.origin}/return`);

  const mine = sessionStatements(session.id);
  const verbs = mine.map(verb);
  const verdict = passed ? 'passed' : 'failed';
  expect(verbs).toEqual([
    'initialized',
    ...Array(decisions).fill('answered'),
    verdict,
    'completed',
    'terminated',
  ]);

  // One "cmi5 allowed" answered per decision, with the criterion evidence.
  const answered = mine.filter((s) => verb(s) === 'answered');
  answered.forEach((s, i) => {
    expect(s.object.id.startsWith(`${lrs.activityId}/decisions/`)).toBe(true);
    expect(s.object.definition).toMatchObject({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
    });
    expect(s.context?.contextActivities?.parent?.map((a) => a.id)).toContain(lrs.activityId);
    expect(s.result?.extensions?.['https://waypoint.example/xapi/extensions/sequence']).toBe(i + 1);
    expect(Array.isArray(s.result?.extensions?.[EVIDENCE])).toBe(true);
  });
  const evidence = answered.flatMap(
    (s) => s.result?.extensions?.[EVIDENCE] as { criterion: string; level: number }[],
  );
  expect(evidence.length).toBeGreaterThan(0);
  expect(evidence.every((e) => /^crsv\./.test(e.criterion) && e.level >= 0 && e.level <= 3)).toBe(true);

  // The verdict against the mastery score, with the score the debrief shows.
  const v = mine.find((s) => verb(s) === verdict)!;
  expect(v.context?.extensions?.[MASTERY_EXTENSION]).toBe(0.5);
  expect(v.result?.success).toBe(passed);
  expect(v.result?.duration).toMatch(/^P/);
  if (passed) expect(v.result?.score).toEqual({ scaled: percent / 100, raw: percent, min: 0, max: 100 });
  if (passed) expect(v.result!.score!.scaled).toBeGreaterThanOrEqual(0.5);
  if (!passed && v.result?.score) expect(v.result.score.scaled).toBeLessThan(0.5);
  const completed = mine.find((s) => verb(s) === 'completed')!;
  expect(completed.result).toMatchObject({ completion: true });
  expect(completed.result?.score).toBeUndefined();

  // The fetch URL was used once; every xAPI request carried the token it gave.
  expect(lrs.fetchCalls).toEqual([session.token]);
  expect(new Set(lrs.authorizations)).toEqual(
    new Set([`Basic ${Buffer.from(`au:${session.token}`).toString('base64')}`]),
  );
  expect(lrs.states.get(STATE_ID)).toEqual({ suspend: null, completed: true, passed });
  expect(errors).toEqual([]);
});

test('a cmi5 session left midway is terminated as the page goes, and the next session resumes it', async ({
  page,
}) => {
  const first = lrs.launch(APP, SCENARIO, { masteryScore: 0.5 });
  await page.goto(first.launchUrl);
  await createProfileKeepingName(page, 'Aïcha Traoré');
  const half = await playSome(page, 5);
  const storySoFar = await page.locator('.story-log p').allTextContents();

  // The trainee closes the course: pagehide. What is left and `terminated` still reach the LMS.
  await page.goto(`${lrs.origin}/return`);
  await expect.poll(() => lrs.statements.map(verb).at(-1)).toBe('terminated');
  const firstSession = sessionStatements(first.id);
  expect(firstSession.map(verb)).toEqual(['initialized', ...Array(half).fill('answered'), 'terminated']);
  const saved = lrs.states.get(STATE_ID) as { suspend: string; completed: boolean };
  expect(saved.suspend).toMatch(/^WP1\|survivor-contact\|[0-9a-z]+\|[0-9a-z~]{5}\|[0-9a-z]+$/);
  expect(saved.completed).toBe(false);

  // The LMS launches the AU again: a new session of the same registration, resumed at the same decision.
  const second = lrs.launch(APP, SCENARIO, { masteryScore: 0.5 });
  await page.goto(second.launchUrl);
  await expect(page.locator('.choices button').first()).toBeFocused();
  expect(await page.locator('.story-log p').allTextContents()).toEqual(storySoFar);
  const rest = await playToDebrief(page, half);
  await page.getByRole('button', { name: 'Back to scenarios' }).click();
  await expect.poll(() => lrs.statements.map(verb).at(-1)).toBe('terminated');

  const secondSession = sessionStatements(second.id);
  const verbs = secondSession.map(verb);
  expect(verbs.filter((x) => x === 'answered')).toHaveLength(rest);
  expect(verbs.slice(-2)).toEqual(['completed', 'terminated']);
  expect(verbs.filter((x) => x === 'passed' || x === 'failed')).toHaveLength(1);
  // Across both sessions, one answered statement per decision, numbered in order.
  const sequence = lrs.statements
    .filter((s) => verb(s) === 'answered')
    .map((s) => s.result?.extensions?.['https://waypoint.example/xapi/extensions/sequence']);
  expect(sequence).toEqual(Array.from({ length: half + rest }, (_, i) => i + 1));
});

test('a crafted launch link is refused: nothing is sent to the host it names, and the app says why', async ({
  page,
}) => {
  const session = lrs.launch(APP, SCENARIO, { masteryScore: 0 });
  const crafted = new URL(session.launchUrl);
  crafted.searchParams.set('endpoint', 'https://attacker.example/xapi/');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(crafted.href);
  await expect(page.getByText(/"endpoint" is not on an LMS origin this package was built for/)).toBeVisible();
  expect(requests.filter((u) => new URL(u).hostname === 'attacker.example')).toEqual([]);
  expect(lrs.fetchCalls).toEqual([]);
  expect(lrs.statements).toEqual([]);
});
