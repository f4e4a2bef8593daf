/**
 * The bridge between the session and an LMS connection, with the real session machine and the fixture story
 * (two decisions), and a recording connection that can be made to fail.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { bridgeLms, steerLaunch } from '../../../src/app/lms-bridge.ts';
import type { PageEvents } from '../../../src/app/lms-bridge.ts';
import type { LmsConnection, LmsResumePoint } from '../../../src/engine/ports/lms-connection.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import type { Profile } from '../../../src/engine/records/profile.ts';
import { attemptOf } from '../../../src/engine/records/session-attempt.ts';
import { createSessionMachine } from '../../../src/engine/session/machine.ts';
import { validContent } from '../../helpers/fixtures.ts';
import { lmsNoticeText } from '../../../src/presentation/i18n/lms-notices.ts';

const { scenarios } = validContent();
const scenario = scenarios[0]!;
const profile: Profile = {
  id: 'lms-2187',
  name: 'Aïcha Traoré',
  serviceNumber: '',
  component: 'police',
  sex: 'female',
  country: 'Senegal',
  mission: '',
  stage: 'pre-deployment',
  language: 'en',
};

type Call =
  | { kind: 'decision'; seq: number; evidence: number; decisions: number }
  | { kind: 'complete'; passed: boolean | undefined; status: string }
  | { kind: 'suspend'; status: string; decisions: number }
  | { kind: 'terminate' };

function recording(over: Partial<LmsConnection> = {}) {
  const calls: Call[] = [];
  let failing = false;
  const maybeFail = async () => {
    if (failing) throw new Error('Your latest progress could not be sent to your LMS (SCORM 1.2) (offline).');
  };
  const connection: LmsConnection = {
    kind: 'scorm12',
    learner: { id: 'lms-2187', name: 'Aïcha Traoré' },
    scenarioId: scenario.id,
    resume: null,
    masteryPercent: null,
    decision: async (a, d) => {
      await maybeFail();
      calls.push({
        kind: 'decision',
        seq: d.seq,
        evidence: d.evidence.length,
        decisions: a.decisions.length,
      });
    },
    complete: async (a) => {
      await maybeFail();
      calls.push({ kind: 'complete', passed: a.result?.passed, status: a.status });
    },
    suspend: async (a) => {
      await maybeFail();
      calls.push({ kind: 'suspend', status: a.status, decisions: a.decisions.length });
    },
    terminate: async () => {
      calls.push({ kind: 'terminate' });
    },
    ...over,
  };
  return { connection, calls, fail: (on: boolean) => (failing = on) };
}

function session(startProfile: Profile | null = profile) {
  let now = 1_000;
  return createActor(
    createSessionMachine({
      scenario: (id) => scenarios.find((s) => s.id === id),
      playable: (id) => scenarios.find((s) => s.id === id),
      now: () => (now += 1000),
      newId: () => `attempt-${now}`,
      newSeed: () => 7,
    }),
    { input: { profile: startProfile } },
  );
}

function fakePage() {
  const listeners = new Map<string, () => void>();
  const page: PageEvents & { visibilityState: string } = {
    visibilityState: 'visible',
    document: {
      get visibilityState() {
        return page.visibilityState;
      },
    },
    addEventListener: (type, listener) => listeners.set(type, listener),
    removeEventListener: (type) => listeners.delete(type),
  };
  return { page, fire: (type: string) => listeners.get(type)?.(), listeners };
}

function bridged(lms = recording(), startProfile: Profile | null = profile) {
  const actor = session(startProfile);
  const notes: string[] = [];
  const { page, fire, listeners } = fakePage();
  const bridge = bridgeLms(actor, lms.connection, {
    scenario: (id) => scenarios.find((s) => s.id === id),
    appVersion: '0.1.0',
    notify: (m) => notes.push(lmsNoticeText(m)),
    page,
  });
  actor.start();
  return { actor, bridge, notes, lms, fire, page, listeners };
}

const play = (actor: ReturnType<typeof session>) => {
  actor.send({ type: 'title.start' });
  actor.send({ type: 'scenario.pick', id: scenario.id });
  actor.send({ type: 'briefing.accept' });
};

describe('the LMS bridge', () => {
  it('reports each decision once, with its evidence, then the result, and ends the launch after the debrief', async () => {
    const { actor, bridge, lms, notes, listeners } = bridged();
    play(actor);
    actor.send({ type: 'play.choose', index: 0 });
    actor.send({ type: 'play.choose', index: 1 });
    expect(actor.getSnapshot().value).toBe('debrief');
    await bridge.settled();
    expect(lms.calls).toEqual([
      { kind: 'decision', seq: 1, evidence: 1, decisions: 1 },
      { kind: 'decision', seq: 2, evidence: 1, decisions: 2 },
      { kind: 'complete', passed: true, status: 'completed' },
    ]);
    actor.send({ type: 'debrief.done' });
    await bridge.settled();
    expect(lms.calls.at(-1)).toEqual({ kind: 'terminate' });
    expect(bridge.terminated).toBe(true);
    expect(notes).toEqual([expect.stringMatching(/^Your result was sent to your LMS \(SCORM 1\.2\)/)]);
    expect(listeners.size).toBe(0);
    // Another attempt in the same window is not reported: the LMS session is over.
    play(actor);
    actor.send({ type: 'play.choose', index: 1 });
    await bridge.settled();
    expect(lms.calls.filter((c) => c.kind === 'decision')).toHaveLength(2);
  });

  it('reports only the launched scenario', async () => {
    const { actor, bridge, lms } = bridged(recording({ scenarioId: 'some-other-scenario' }));
    play(actor);
    actor.send({ type: 'play.choose', index: 0 });
    await bridge.settled();
    expect(lms.calls).toEqual([]);
  });

  it('clears the resume point when the trainee leaves the attempt', async () => {
    const { actor, bridge, lms } = bridged();
    play(actor);
    actor.send({ type: 'play.choose', index: 0 });
    actor.send({ type: 'screen.leave' });
    await bridge.settled();
    expect(lms.calls.at(-1)).toEqual({ kind: 'suspend', status: 'abandoned', decisions: 1 });
  });

  it('suspends when the page is hidden, and suspends and terminates at once when it goes', async () => {
    const { actor, bridge, lms, fire, page } = bridged();
    play(actor);
    actor.send({ type: 'play.choose', index: 1 });
    page.visibilityState = 'hidden';
    fire('visibilitychange');
    await bridge.settled();
    expect(lms.calls.at(-1)).toEqual({ kind: 'suspend', status: 'in-progress', decisions: 1 });
    fire('pagehide');
    // Not queued behind earlier calls: both are under way before the page is gone.
    expect(lms.calls.slice(-2)).toEqual([
      { kind: 'suspend', status: 'in-progress', decisions: 1 },
      { kind: 'terminate' },
    ]);
    expect(bridge.terminated).toBe(true);
  });

  it('says once when the LMS fails, lets play go on, then says when it is back', async () => {
    const lms = recording();
    const { actor, bridge, notes } = bridged(lms);
    play(actor);
    lms.fail(true);
    actor.send({ type: 'play.choose', index: 0 });
    await bridge.settled();
    expect(notes).toEqual([expect.stringMatching(/could not be sent to your LMS.*offline/)]);
    lms.fail(false);
    actor.send({ type: 'play.choose', index: 0 });
    await bridge.settled();
    expect(actor.getSnapshot().value).toBe('debrief');
    expect(notes.at(-1)).toMatch(/reachable again/);
    expect(lms.calls.map((c) => c.kind)).toEqual(['decision', 'complete']);
  });

  it('does not claim the result was sent when it was not', async () => {
    const lms = recording();
    const { actor, bridge, notes } = bridged(lms);
    play(actor);
    actor.send({ type: 'play.choose', index: 0 });
    await bridge.settled();
    lms.fail(true);
    actor.send({ type: 'play.choose', index: 0 });
    actor.send({ type: 'debrief.done' });
    await bridge.settled();
    expect(lms.calls.map((c) => c.kind)).toEqual(['decision', 'terminate']);
    // The result is tried again before terminating, and fails again: no claim that it was sent.
    expect(notes).toEqual([expect.stringMatching(/could not be sent/)]);
  });

  it('tries an unsent result again with the next call', async () => {
    const lms = recording();
    const { actor, bridge, notes, fire } = bridged(lms);
    play(actor);
    actor.send({ type: 'play.choose', index: 0 });
    await bridge.settled();
    lms.fail(true);
    actor.send({ type: 'play.choose', index: 0 });
    await bridge.settled();
    lms.fail(false);
    actor.send({ type: 'debrief.done' });
    await bridge.settled();
    expect(lms.calls.map((c) => c.kind)).toEqual(['decision', 'complete', 'terminate']);
    expect(notes.slice(-2)).toEqual([
      expect.stringMatching(/^Your result was sent to your LMS/),
      expect.stringMatching(/reachable again/),
    ]);
    fire('pagehide'); // already over: nothing more
    expect(lms.calls).toHaveLength(3);
  });

  it('after a resume, sends only the decisions the LMS does not have, once their evidence is rebuilt', async () => {
    // The device went two decisions in; the LMS had kept only the first.
    const first = session();
    first.start();
    play(first);
    first.send({ type: 'play.choose', index: 1 });
    const local = attemptOf(first.getSnapshot().context, scenario, '0.1.0', 'in-progress')!;
    const point: LmsResumePoint = { scenarioId: scenario.id, seed: 7, choices: [] };
    const lms = recording({ resume: point });
    const { actor, bridge } = bridged(lms);
    actor.send({ type: 'title.start' });
    actor.send({ type: 'attempt.resume', attempt: local });
    await bridge.settled();
    expect(lms.calls).toEqual([{ kind: 'decision', seq: 1, evidence: 1, decisions: 1 }]);
    actor.send({ type: 'play.choose', index: 0 });
    await bridge.settled();
    expect(lms.calls.map((c) => c.kind)).toEqual(['decision', 'decision', 'complete']);
  });

  it('does not send again what the LMS had when resuming from its own resume point', async () => {
    const bare: Attempt = {
      ...attemptOf(
        { ...session().getSnapshot().context, profile, attemptId: 'a-1', seed: 7, startedAt: 1 },
        scenario,
        '0.1.0',
        'in-progress',
      )!,
      decisions: [{ seq: 1, where: '', choiceIndex: 1, choiceText: '', at: 5, evidence: [], critical: [] }],
    };
    const lms = recording({ resume: { scenarioId: scenario.id, seed: 7, choices: [1] } });
    const { actor, bridge } = bridged(lms);
    actor.send({ type: 'title.start' });
    actor.send({ type: 'attempt.resume', attempt: bare });
    expect(actor.getSnapshot().context.decisions[0]?.evidence).toEqual([
      { criterion: 'test.listening', level: 0 },
    ]);
    await bridge.settled();
    expect(lms.calls).toEqual([]);
  });
});

describe('steering an LMS launch', () => {
  const deps = (over: Partial<Parameters<typeof steerLaunch>[2]> = {}) => ({
    scenario: (id: string) => scenarios.find((s) => s.id === id),
    attempts: () => [],
    appVersion: '0.1.0',
    newId: () => 'from-lms',
    now: () => 50,
    notify: () => undefined,
    ...over,
  });

  it("goes from the title to the profile screen, then to the launched scenario's briefing", () => {
    const actor = session(null).start();
    steerLaunch(actor, recording().connection, deps());
    expect(actor.getSnapshot().value).toBe('profile');
    actor.send({ type: 'profile.save', profile });
    expect(actor.getSnapshot().value).toEqual({ attempt: 'briefing' });
    expect(actor.getSnapshot().context.scenarioId).toBe(scenario.id);
  });

  it("resumes the LMS's resume point straight away when there is a profile", () => {
    const actor = session().start();
    const lms = recording({ resume: { scenarioId: scenario.id, seed: 7, choices: [1] } });
    steerLaunch(actor, lms.connection, deps());
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toEqual({ attempt: { playing: 'active' } });
    expect(snapshot.context.attemptId).toBe('from-lms');
    expect(snapshot.context.decisions.map((d) => d.choiceText)).toEqual(['Ask her what happened']);
  });

  it('says so and stays on the scenario list when the launched scenario is unknown', () => {
    const actor = session().start();
    const notes: string[] = [];
    steerLaunch(
      actor,
      recording({ scenarioId: 'nope' }).connection,
      deps({ notify: (m) => notes.push(lmsNoticeText(m)) }),
    );
    expect(actor.getSnapshot().value).toBe('scenarios');
    expect(notes).toEqual([
      expect.stringMatching(/opened the scenario "nope", which this version of Waypoint does not have/),
    ]);
  });
});
