/**
 * The cmi5 adapter on its own client, against a fake LMS behind a fake fetch: what it sends from the fetch URL to
 * `terminated`, in what order, and what it does when the LRS fails or refuses.
 */
import { describe, expect, it } from 'vitest';
import { STATE_ID, connectCmi5 } from '../../../src/lms/cmi5/connection.ts';
import type { Cmi5Statement } from '../../../src/lms/cmi5/statements.ts';
import type { Fetch } from '../../../src/lms/cmi5/xapi-requests.ts';
import { LmsError } from '../../../src/lms/messages.ts';
import { encodeResume } from '../../../src/lms/suspend-data.ts';
import { T0, attempt, cmi5Actor, cmi5LaunchOf, decision, result, scenario } from './fixtures.ts';
import { lmsNoticeText } from '../../../src/presentation/i18n/lms-notices.ts';

const actor = cmi5Actor;
const launch = cmi5LaunchOf('https://lms.example/xapi/');
const TOKEN = 'dG9rZW4=';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

interface FakeLms {
  fetch: Fetch;
  /** `METHOD path` of every request, in order. */
  log: string[];
  statements: Cmi5Statement[];
  keepalive: string[];
  states: Map<string, unknown>;
  /** Answer the next statement POSTs with these statuses. */
  failNext: number[];
}

function fakeLms(launchData: Record<string, unknown> = {}, fetchAnswer?: unknown): FakeLms {
  const lms: FakeLms = {
    log: [],
    statements: [],
    keepalive: [],
    states: new Map(),
    failNext: [],
    fetch: async (url, init) => {
      const u = new URL(url);
      const method = init.method ?? 'GET';
      const body = init.body === undefined ? undefined : (JSON.parse(String(init.body)) as unknown);
      lms.log.push(`${method} ${u.pathname}`);
      if (init.keepalive) lms.keepalive.push(`${method} ${u.pathname}`);
      const json = (status: number, data?: unknown) =>
        new Response(data === undefined ? null : JSON.stringify(data), { status });
      if (u.href === launch.fetch) return json(200, fetchAnswer ?? { 'auth-token': TOKEN });
      if ((init.headers as Record<string, string>).Authorization !== `Basic ${TOKEN}`) return json(401);
      const stateId = u.searchParams.get('stateId');
      if (u.pathname === '/xapi/activities/state' && stateId === 'LMS.LaunchData') {
        return json(200, {
          contextTemplate: { extensions: { [SESSION]: 'session-1' } },
          launchMode: 'Normal',
          moveOn: 'CompletedAndPassed',
          ...launchData,
        });
      }
      if (u.pathname === '/xapi/activities/state' && stateId) {
        if (method === 'PUT') {
          lms.states.set(stateId, body);
          return json(204);
        }
        return lms.states.has(stateId) ? json(200, lms.states.get(stateId)) : json(404);
      }
      if (u.pathname === '/xapi/agents/profile') return json(404);
      if (u.pathname === '/xapi/statements' && method === 'POST') {
        const status = lms.failNext.shift();
        if (status) return json(status, { error: 'no' });
        const batch = (Array.isArray(body) ? body : [body]) as Cmi5Statement[];
        lms.statements.push(...batch);
        return json(
          200,
          batch.map((s) => s.id),
        );
      }
      return json(404);
    },
  };
  return lms;
}

/** A window that records listeners and where it was sent. */
function fakeWindow() {
  const listeners = new Map<string, () => void>();
  const assigned: string[] = [];
  const win = {
    addEventListener: (type: string, run: () => void) => listeners.set(type, run),
    location: { assign: (href: string) => assigned.push(href) },
  } as unknown as Window;
  return { win, assigned, fire: (type: string) => listeners.get(type)?.() };
}

function connect(lms: FakeLms, problems: string[] = [], win = fakeWindow().win) {
  let now = T0;
  return connectCmi5(win, launch, {
    scenarioId: 'survivor-contact',
    allowedOrigins: ['https://lms.example'],
    onProblem: (m) => problems.push(lmsNoticeText(m)),
    fetch: lms.fetch,
    now: () => (now += 1_000),
  });
}

const verbs = (lms: FakeLms) => lms.statements.map((s) => s.verb.id.replace(/^.*\//, ''));

describe('the cmi5 adapter', () => {
  it('starts with the fetch URL, LaunchData, the preferences and initialized, then reads its state', async () => {
    const lms = fakeLms({ masteryScore: 0.5 });
    const c = await connect(lms);
    expect(lms.log).toEqual([
      'POST /fetch/abc',
      'GET /xapi/activities/state',
      'GET /xapi/agents/profile',
      'POST /xapi/statements',
      'GET /xapi/activities/state',
    ]);
    expect(verbs(lms)).toEqual(['initialized']);
    expect(c).toMatchObject({ kind: 'cmi5', learner: { id: 'l-1' }, resume: null, masteryPercent: 50 });
  });

  it('reports a whole attempt: answered, passed against the mastery score, completed, terminated', async () => {
    const lms = fakeLms({ masteryScore: 0.5, returnURL: 'https://lms.example/return' });
    const w = fakeWindow();
    const c = await connect(lms, [], w.win);
    const d1 = decision(1);
    await c.decision(attempt([d1]), d1, scenario);
    expect(lms.states.get(STATE_ID)).toMatchObject({ suspend: expect.stringMatching(/^WP1\|/) });
    const done = attempt([d1], { status: 'completed', endedAt: T0 + 60_000, result: result(60, false) });
    await c.complete(done, scenario);
    await c.complete(done, scenario); // at most one verdict and one completed
    await c.terminate();
    expect(verbs(lms)).toEqual(['initialized', 'answered', 'passed', 'completed', 'terminated']);
    const [initialized, , passed, completed, terminated] = lms.statements;
    expect(passed!.result).toEqual({
      score: { scaled: 0.6, raw: 60, min: 0, max: 100 },
      success: true,
      duration: expect.stringMatching(/^PT\d+S$/),
    });
    expect(passed!.context.extensions).toEqual({ [SESSION]: 'session-1', [MASTERY]: 0.5 });
    expect(completed!.result).toMatchObject({ completion: true });
    // Durations run from initialized, by the clock.
    expect(initialized!.result).toBeUndefined();
    expect(Number(/PT(\d+)S/.exec(terminated!.result!.duration!)![1])).toBeGreaterThan(
      Number(/PT(\d+)S/.exec(passed!.result!.duration!)![1]),
    );
    for (const s of lms.statements) {
      expect(s.actor).toEqual(actor);
      expect(s.context.registration).toBe(launch.registration);
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(lms.statements.map((s) => s.id)).size).toBe(5);
    expect(lms.states.get(STATE_ID)).toEqual({ suspend: null, completed: true, passed: true });
    expect(w.assigned).toEqual(['https://lms.example/return']);
  });

  it('sends failed without a score that reaches the mastery score (a critical error)', async () => {
    const lms = fakeLms({ masteryScore: 0.5 });
    const c = await connect(lms);
    await c.complete(attempt([], { status: 'completed', result: result(87, false, true) }), scenario);
    const failed = lms.statements.find((s) => s.verb.id.endsWith('/failed'))!;
    expect(failed.result).toEqual({ success: false, duration: expect.stringMatching(/^PT/) });
    expect(failed.context.extensions?.[MASTERY]).toBe(0.5);
  });

  it('resumes from its state document, and sends only initialized and terminated outside Normal mode', async () => {
    const lms = fakeLms({ launchMode: 'Review' });
    const suspend = encodeResume({ scenarioId: 'survivor-contact', seed: 7, choices: [1, 0] });
    lms.states.set(STATE_ID, { suspend, completed: false, passed: false });
    const c = await connect(lms);
    expect(c.resume).toEqual({ scenarioId: 'survivor-contact', seed: 7, choices: [1, 0] });
    const d1 = decision(1);
    await c.decision(attempt([d1]), d1, scenario);
    await c.complete(attempt([d1], { status: 'completed', result: result(90, true) }), scenario);
    await c.terminate();
    expect(verbs(lms)).toEqual(['initialized', 'terminated']);
  });

  it('counts 409 as stored, keeps a statement a server error stopped, and drops one the LRS refuses', async () => {
    const lms = fakeLms();
    const problems: string[] = [];
    const c = await connect(lms, problems);
    const [d1, d2, d3] = [decision(1), decision(2), decision(3)];
    lms.failNext = [409];
    await c.decision(attempt([d1]), d1, scenario); // the LRS had it already: not an error
    lms.failNext = [503];
    await expect(c.decision(attempt([d1, d2]), d2, scenario)).rejects.toBeInstanceOf(LmsError);
    lms.failNext = [400]; // d2 is resent first, and refused: dropped, the failure reported
    await expect(c.decision(attempt([d1, d2, d3]), d3, scenario)).rejects.toThrow(
      /the LRS answered 400 to POST statements/,
    );
    const d4 = decision(4);
    await c.decision(attempt([d1, d2, d3, d4]), d4, scenario); // d3 then d4
    const seq = lms.statements
      .filter((s) => s.verb.id.endsWith('/answered'))
      .map((s) => s.result?.extensions?.['https://waypoint.example/xapi/extensions/sequence']);
    expect(seq).toEqual([3, 4]);
  });

  it('sends what is left and terminated in one keepalive request as the page goes', async () => {
    const lms = fakeLms();
    const w = fakeWindow();
    const c = await connect(lms, [], w.win);
    const d1 = decision(1);
    lms.failNext = [503];
    await expect(c.decision(attempt([d1]), d1, scenario)).rejects.toThrow();
    w.fire('pagehide');
    await c.suspend(attempt([d1]));
    await c.terminate();
    expect(lms.keepalive).toEqual(['PUT /xapi/activities/state', 'POST /xapi/statements']);
    expect(verbs(lms)).toEqual(['initialized', 'answered', 'terminated']);
  });

  it('says why it could not connect: the fetch URL, LaunchData or initialized', async () => {
    const used = fakeLms({}, { 'error-code': '1', 'error-text': 'This fetch URL has already been used.' });
    const e = await connect(used).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LmsError);
    expect((e as Error).message).toContain(
      'the LMS refused the fetch URL (cmi5 error 1: This fetch URL has already been used)',
    );
    expect(used.log).toEqual(['POST /fetch/abc']);

    const noToken = fakeLms({}, { nothing: true });
    await expect(connect(noToken)).rejects.toThrow(/the fetch URL gave no auth token/);

    const down = fakeLms();
    down.failNext = [500];
    await expect(connect(down)).rejects.toThrow(/the LRS answered 500 to POST statements/);
  });

  it('reports a state document it cannot read, and goes on', async () => {
    const lms = fakeLms();
    const fetch: Fetch = (url, init) =>
      new URL(url).searchParams.get('stateId') === STATE_ID
        ? Promise.resolve(new Response(null, { status: 500 }))
        : lms.fetch(url, init);
    const problems: string[] = [];
    let now = T0;
    const c = await connectCmi5(fakeWindow().win, launch, {
      scenarioId: 'survivor-contact',
      allowedOrigins: [],
      onProblem: (m) => problems.push(lmsNoticeText(m)),
      fetch,
      now: () => (now += 1_000),
    });
    expect(c.resume).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('the LRS answered 500 to GET activities/state');
  });
});
