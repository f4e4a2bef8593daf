/**
 * The app inside a SCORM 1.2 LMS. scorm-again plays the LMS: a host page, served from the app's origin through
 * page.route, sets `window.API = new Scorm12API(…)` and opens the app in an iframe, as an LMS's player does.
 * The trainee plays by keyboard; the test reads back what the app set through the API.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';
import { decodeResume, SUSPEND_DATA_LIMIT } from '../../../src/lms/suspend-data.ts';
import { completeProfile, playByKeyboard } from './frame.ts';
import { forgetRecords } from '../records.ts';

const ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
const HOST = `${ORIGIN}/__lms/scorm-host.html`;
const SCENARIO = 'survivor-contact';
const LEARNER = { student_id: 'lms-2187', student_name: 'Traoré, Aïcha' };
const require = createRequire(import.meta.url);
const scormAgain = readFileSync(require.resolve('scorm-again/scorm12'), 'utf8');

/** The LMS's player page: launches the SCO with the given runtime data, and relaunches it like an LMS would. */
const hostPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/__lms/scorm12.js"></script>
<script>
  window.lms = { calls: [] };
  window.launch = (data) => {
    const api = new Scorm12API({ logLevel: 5, autocommit: false });
    api.loadFromJSON(data);
    for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) {
      const call = api[name].bind(api);
      api[name] = (p) => { window.lms.calls.push(name); return call(p); };
    }
    window.API = api;
    document.getElementById('sco').src = '/index.html?scenario=${SCENARIO}';
  };
</script>
</head><body><h1>Test LMS</h1><iframe id="sco" title="Course content" width="1100" height="760"></iframe></body></html>`;

async function openLms(page: Page): Promise<void> {
  await page.route(HOST, (route) => route.fulfill({ contentType: 'text/html', body: hostPage }));
  await page.route(`${ORIGIN}/__lms/scorm12.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: scormAgain }),
  );
  await page.goto(HOST);
}

async function launch(page: Page, data: object): Promise<Frame> {
  await page.evaluate((d) => (window as unknown as { launch(d: object): void }).launch(d), data);
  const frame = page.frameLocator('#sco');
  await expect(frame.locator('#app')).toBeAttached({ timeout: 15_000 });
  const found = page.frames().find((f) => f.url().includes('/index.html?scenario='));
  if (!found) throw new Error('the SCO frame did not load');
  return found;
}

const firstLaunch = {
  core: { ...LEARNER, entry: 'ab-initio', lesson_status: 'not attempted' },
  student_data: { mastery_score: '50' },
};

/** A value the SCO set, read from the LMS side. */
const cmi = (page: Page, element: string) =>
  page.evaluate(
    (e) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(e),
    element,
  );

/** The whole runtime data as the LMS holds it (write-only elements such as cmi.core.exit included). */
const cmiData = (page: Page) =>
  page.evaluate(() => {
    const api = (window as unknown as { API: { renderCMIToJSONObject(): { cmi: CmiData } } }).API;
    return api.renderCMIToJSONObject().cmi;
  });

interface CmiData {
  core: { exit: string; session_time: string };
  interactions: Record<string, Interaction>;
}

interface Interaction {
  id: string;
  type: string;
  time: string;
  student_response: string;
  result: string;
  latency: string;
  objectives: Record<string, { id: string }>;
}

const interactions = async (page: Page) => Object.values((await cmiData(page)).interactions);

const calls = (page: Page) =>
  page.evaluate(() => (window as unknown as { lms: { calls: string[] } }).lms.calls);

async function begin(page: Page, frame: Frame) {
  await completeProfile(page, frame, 'Aïcha Traoré');
  // Straight to the launched scenario's briefing, content note first.
  await expect(frame.getByRole('heading', { level: 1, name: 'First contact with a survivor' })).toBeFocused();
  await expect(frame.getByRole('heading', { name: 'Content note' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(frame.getByRole('button', { name: 'Begin scenario' })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('a trainee plays a SCORM 1.2 launch to the end; the LMS gets status, score, interactions and a finish', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openLms(page);
  const frame = await launch(page, firstLaunch);
  await begin(page, frame);
  const taken = await playByKeyboard(page, frame);
  expect(taken.length).toBeGreaterThanOrEqual(12);

  // The device keeps the scenario's own pass mark; the LMS's mastery score (50) never changes it.
  const overall = await frame.locator('.overall p').first().textContent();
  expect(overall).toContain('pass mark 80%');
  const percent = Number(/^(\d+)%/.exec(overall ?? '')?.[1]);
  const passed = /\bpass\b/.test((await frame.locator('.overall').getAttribute('class')) ?? '');
  const critical = (await frame.getByRole('heading', { name: 'Critical errors' }).count()) > 0;

  expect(await cmi(page, 'cmi.core.lesson_status')).toBe(passed ? 'passed' : 'failed');
  // A failure that the LMS's mastery override could turn into a pass goes without a score.
  const scoreSent = passed || (!critical && percent < 50);
  expect(await cmi(page, 'cmi.core.score.raw')).toBe(scoreSent ? String(percent) : '');
  if (scoreSent) {
    expect(await cmi(page, 'cmi.core.score.min')).toBe('0');
    expect(await cmi(page, 'cmi.core.score.max')).toBe('100');
  }
  expect(await cmi(page, 'cmi.suspend_data')).toBe(''); // nothing left to resume
  expect((await cmiData(page)).core.exit).toBe('');

  // One interaction per decision, in SCORM 1.2's vocabulary.
  const list = await interactions(page);
  expect(list).toHaveLength(taken.length);
  list.forEach((x, i) => {
    expect(x.id).toMatch(new RegExp(`^d${i + 1}\\.[A-Za-z0-9_.-]+$`));
    expect(x.type).toBe('choice');
    expect(x.student_response).toBe(String(taken[i]));
    expect(x.result).toMatch(/^(wrong|neutral|[0-3])$/);
    expect(x.time).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(x.latency).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
  });
  // The evidence: every criterion of the rubric that the path evidenced appears as an interaction objective,
  // and the debrief's deciding choices are among them.
  const objectives = list.flatMap((x) => Object.values(x.objectives).map((o) => o.id));
  expect(objectives.length).toBeGreaterThan(0);
  expect(objectives.every((id) => /^crsv\./.test(id))).toBe(true);
  expect(await cmi(page, 'cmi.objectives._count')).not.toBe('0');

  // A commit after each decision; the LMS session ends when the trainee leaves the debrief.
  expect((await calls(page)).filter((c) => c === 'LMSCommit').length).toBeGreaterThanOrEqual(taken.length);
  expect(await calls(page)).not.toContain('LMSFinish');
  await frame.getByRole('button', { name: 'Back to scenarios' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => calls(page)).toContain('LMSFinish');
  await expect(frame.getByText(/Your result was sent to your LMS/)).toBeVisible();
  const sessionTime = (await cmiData(page)).core.session_time;
  expect(sessionTime).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
  const [h = 0, m = 0, s = 0] = sessionTime.split(':').map(Number);
  expect(h * 3600 + m * 60 + s).toBeGreaterThan(1); // the time this session lasted, not the default
  expect(errors).toEqual([]);
});

test('leaving a SCORM 1.2 launch midway keeps a resume point, and a relaunch resumes at the same decision', async ({
  page,
}) => {
  await openLms(page);
  let frame = await launch(page, firstLaunch);
  await begin(page, frame);
  const firstHalf = await playByKeyboard(page, frame, { limit: 6 });
  const storySoFar = await frame.locator('.story-log p').allTextContents();

  // The resume point: scenario, seed and the choices taken, well under SCORM 1.2's limit; no ink state.
  const suspend = await cmi(page, 'cmi.suspend_data');
  expect(suspend).toMatch(/^WP1\|survivor-contact\|[0-9a-z]+\|[0-9a-z~]+\|[0-9a-z]+$/);
  expect(suspend.length).toBeLessThan(SUSPEND_DATA_LIMIT);
  expect(decodeResume(suspend)).toMatchObject({
    ok: true,
    point: { scenarioId: SCENARIO, choices: firstHalf },
  });
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
  expect((await cmiData(page)).core.exit).toBe('suspend');
  expect(await cmi(page, 'cmi.core.lesson_location')).toMatch(/^decision 6 /);

  // The trainee leaves: the frame is unloaded. The SCO suspends and finishes.
  await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
  await expect.poll(() => calls(page)).toContain('LMSFinish');
  expect(await cmi(page, 'cmi.suspend_data')).toBe(suspend);
  expect((await cmiData(page)).core.exit).toBe('suspend');

  // Relaunch on "another device": this browser's records are gone, so only the LMS's resume point can help.
  await forgetRecords(page);
  frame = await launch(page, {
    core: { ...LEARNER, entry: 'resume', lesson_status: 'incomplete' },
    suspend_data: suspend,
    student_data: { mastery_score: '50' },
  });
  await completeProfile(page, frame, 'Aïcha Traoré');
  // Straight back into play at the same decision, the same story so far.
  await expect(frame.locator('.choices button').first()).toBeFocused();
  expect(await frame.locator('.story-log p').allTextContents()).toEqual(storySoFar);
  const rest = await playByKeyboard(page, frame, { start: firstHalf.length });
  await expect(frame.getByRole('heading', { level: 1, name: /^Debrief/ })).toBeVisible();
  expect(await frame.locator('.timeline li').count()).toBe(firstHalf.length + rest.length);

  // This session's interactions continue the numbering; the result is reported.
  const list = await interactions(page);
  expect(list).toHaveLength(rest.length);
  expect(list[0]?.id).toMatch(new RegExp(`^d${firstHalf.length + 1}\\.`));
  expect(await cmi(page, 'cmi.core.lesson_status')).toMatch(/^(passed|failed)$/);
  expect(await cmi(page, 'cmi.suspend_data')).toBe('');
});
