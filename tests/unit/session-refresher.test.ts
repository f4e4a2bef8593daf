/**
 * The refresher in the session machine: a chosen set of snap situations played one after another, each a record
 * of its own marked as a refresher attempt, then a result of what changed per criterion.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Scenario } from '../../src/engine/content/types.ts';
import { refresherChanges } from '../../src/engine/refresher/changes.ts';
import { attemptOf } from '../../src/engine/records/session-attempt.ts';
import { createSessionMachine } from '../../src/engine/session/machine.ts';
import { validContent } from '../helpers/fixtures.ts';
import { testProfile } from '../helpers/profile.ts';

const { scenarios: fixtures } = validContent();
const base = fixtures[0]!;
// The fixture story stands in for two snap situations.
const snaps: Scenario[] = [
  { ...base, id: 'snap-a', kind: 'snap' },
  { ...base, id: 'snap-b', kind: 'snap' },
];
const all = [base, ...snaps];

function session() {
  let now = 0;
  let id = 0;
  return createActor(
    createSessionMachine({
      scenario: (x) => all.find((s) => s.id === x),
      playable: (x) => all.find((s) => s.id === x),
      now: () => (now += 1000),
      newId: () => `attempt-${++id}`,
      newSeed: () => 7,
    }),
    { input: { profile: testProfile() } },
  ).start();
}

const picks = [
  { scenarioId: 'snap-a', because: 'test.consent' },
  { scenarioId: 'snap-b', because: null },
];
const baseline = { 'test.consent': 0, 'test.listening': null } as const;

function started() {
  const actor = session();
  actor.send({ type: 'title.start' });
  actor.send({ type: 'refresher.start', picks, baseline: { ...baseline } });
  return actor;
}

describe('a refresher session', () => {
  it('plays each snap in turn, keeps each result, and ends on what changed', () => {
    const actor = started();
    expect(actor.getSnapshot().value).toBe('refresherPlan');
    actor.send({ type: 'refresher.begin' });
    expect(actor.getSnapshot().value).toEqual({ attempt: 'briefing' });
    expect(actor.getSnapshot().context.scenarioId).toBe('snap-a');

    actor.send({ type: 'briefing.accept' });
    actor.send({ type: 'play.choose', index: 0 });
    actor.send({ type: 'play.choose', index: 1 });
    expect(actor.getSnapshot().value).toBe('debrief');
    const first = attemptOf(actor.getSnapshot().context, snaps[0]!, 'test', 'completed');
    expect(first).toMatchObject({ scenarioId: 'snap-a', mode: 'refresher', status: 'completed' });

    actor.send({ type: 'debrief.done' });
    expect(actor.getSnapshot().value).toEqual({ attempt: 'briefing' });
    expect(actor.getSnapshot().context).toMatchObject({ scenarioId: 'snap-b', decisions: [], result: null });
    actor.send({ type: 'briefing.accept' });
    actor.send({ type: 'play.choose', index: 1 });
    actor.send({ type: 'play.choose', index: 1 });
    expect(actor.getSnapshot().context.attemptId).toBe('attempt-2');
    actor.send({ type: 'debrief.done' });

    expect(actor.getSnapshot().value).toBe('refresherResult');
    const run = actor.getSnapshot().context.refresher!;
    expect(run.results).toHaveLength(2);
    // consent: 0 before, 3 in both snaps; listening: never before, weakest this time 0.
    expect(refresherChanges(run.baseline, run.results)).toEqual([
      { criterion: 'test.consent', before: 0, now: 3, change: 3 },
      { criterion: 'test.listening', before: null, now: 0, change: null },
    ]);
    expect(JSON.parse(JSON.stringify(actor.getSnapshot().context))).toEqual(actor.getSnapshot().context);

    actor.send({ type: 'refresher.done' });
    expect(actor.getSnapshot().value).toBe('scenarios');
    expect(actor.getSnapshot().context.refresher).toBeNull();
  });

  it('shows the result so far when the trainee leaves after a finished snap', () => {
    const actor = started();
    actor.send({ type: 'refresher.begin' });
    actor.send({ type: 'briefing.accept' });
    actor.send({ type: 'play.choose', index: 0 });
    actor.send({ type: 'play.choose', index: 0 });
    actor.send({ type: 'debrief.done' });
    actor.send({ type: 'briefing.accept' });
    actor.send({ type: 'screen.leave' });
    expect(actor.getSnapshot().value).toBe('refresherResult');
    expect(actor.getSnapshot().context.refresher?.results).toHaveLength(1);
  });

  it('goes back to the scenarios when left before any snap is finished', () => {
    const actor = started();
    actor.send({ type: 'refresher.begin' });
    actor.send({ type: 'briefing.accept' });
    actor.send({ type: 'screen.leave' });
    expect(actor.getSnapshot().value).toBe('scenarios');
    expect(actor.getSnapshot().context).toMatchObject({ refresher: null });
  });

  it('refuses a set that is empty or holds a course scenario', () => {
    for (const bad of [[], [{ scenarioId: base.id, because: null }]]) {
      const actor = session();
      actor.send({ type: 'title.start' });
      actor.send({ type: 'refresher.start', picks: bad, baseline: {} });
      expect(actor.getSnapshot().value).toBe('scenarios');
    }
  });

  it('marks a course attempt as course, even after a refresher', () => {
    const actor = started();
    actor.send({ type: 'screen.leave' });
    actor.send({ type: 'scenario.pick', id: base.id });
    actor.send({ type: 'briefing.accept' });
    expect(attemptOf(actor.getSnapshot().context, base, 'test', 'in-progress')?.mode).toBe('course');
  });

  it('resumes an unfinished refresher snap as a refresher attempt', () => {
    const actor = started();
    actor.send({ type: 'refresher.begin' });
    actor.send({ type: 'briefing.accept' });
    actor.send({ type: 'play.choose', index: 0 });
    const saved = attemptOf(actor.getSnapshot().context, snaps[0]!, 'test', 'in-progress')!;
    actor.stop();
    const resumed = session();
    resumed.send({ type: 'title.start' });
    resumed.send({ type: 'attempt.resume', attempt: JSON.parse(JSON.stringify(saved)) });
    resumed.send({ type: 'play.choose', index: 0 });
    expect(resumed.getSnapshot().value).toBe('debrief');
    expect(attemptOf(resumed.getSnapshot().context, snaps[0]!, 'test', 'completed')?.mode).toBe('refresher');
  });
});
