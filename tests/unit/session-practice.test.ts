/**
 * "What if I had…": from a debrief, the trainee plays the attempt again from one of its decisions, as practice. The
 * same story and seed, the choices before that decision replayed; a new attempt with mode `practice` that keeps the
 * scored result to compare with; the scored attempt's record is never touched, and the LMS never hears of it.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { keepRecords } from '../../src/app/records-keeper.ts';
import { createSessionMachine } from '../../src/engine/session/machine.ts';
import { memoryStore } from '../../src/storage/memory-store.ts';
import { validContent } from '../helpers/fixtures.ts';
import { testProfile } from '../helpers/profile.ts';

const { scenarios } = validContent();
const scenario = scenarios[0]!;

function session() {
  let ids = 0;
  let now = 1_000;
  const store = memoryStore();
  const actor = createActor(
    createSessionMachine({
      scenario: (id) => scenarios.find((s) => s.id === id),
      playable: (id) => scenarios.find((s) => s.id === id),
      now: () => (now += 1000),
      newId: () => `attempt-${++ids}`,
      newSeed: () => 7,
    }),
    { input: { profile: testProfile() } },
  );
  const keeper = keepRecords(actor, store, {
    scenario: (id) => scenarios.find((s) => s.id === id),
    appVersion: '1.0.0',
    onProblem: () => undefined,
  });
  actor.start();
  actor.send({ type: 'title.start' });
  actor.send({ type: 'scenario.pick', id: scenario.id });
  actor.send({ type: 'briefing.accept' });
  // The scored attempt: the right first choice, then the critical error (the "exposed" ending).
  actor.send({ type: 'play.choose', index: 0 });
  actor.send({ type: 'play.choose', index: 0 });
  return { actor, keeper, store };
}

describe('practice from a debrief', () => {
  it('replays the choices before the decision, then lets the trainee choose again, as a new practice attempt', async () => {
    const { actor, keeper, store } = session();
    const scored = actor.getSnapshot().context;
    expect(actor.getSnapshot().matches('debrief')).toBe(true);
    expect(scored.result?.passed).toBe(false);
    await keeper.settled();
    const before = JSON.stringify(await store.attempts());

    actor.send({ type: 'debrief.practice', from: 2 });
    const practice = actor.getSnapshot();
    expect(practice.matches({ attempt: { playing: 'active' } })).toBe(true);
    expect(practice.context).toMatchObject({
      mode: 'practice',
      attemptId: 'attempt-2',
      seed: scored.seed,
      comparedWith: { attemptId: 'attempt-1', result: scored.result },
    });
    // Decision 1 as it was (its time kept), and decision 2 on offer again.
    expect(practice.context.decisions).toEqual(scored.decisions.slice(0, 1));
    expect(practice.context.choices.map((c) => c.index)).toContain(1);

    actor.send({ type: 'play.choose', index: 1 });
    const done = actor.getSnapshot().context;
    expect(actor.getSnapshot().matches('debrief')).toBe(true);
    expect(done.ending).toBe('safe');
    expect(done.result?.passed).toBe(true);
    await keeper.settled();

    const after = await store.attempts();
    // The scored attempt's record is byte for byte what it was; the practice is a record of its own.
    expect(JSON.stringify(after.filter((a) => a.id === 'attempt-1'))).toBe(before);
    expect(after.find((a) => a.id === 'attempt-2')).toMatchObject({
      mode: 'practice',
      status: 'completed',
      seed: scored.seed,
      ending: 'safe',
    });
  });

  it('is offered only for a decision the attempt has, and not within a refresher', () => {
    const { actor } = session();
    for (const from of [0, 3, 1.5, -1]) {
      actor.send({ type: 'debrief.practice', from });
      expect(actor.getSnapshot().matches('debrief')).toBe(true);
    }
  });

  it('compares a practice of a practice with the scored attempt, not with the practice', () => {
    const { actor } = session();
    const scoredResult = actor.getSnapshot().context.result;
    actor.send({ type: 'debrief.practice', from: 2 });
    actor.send({ type: 'play.choose', index: 1 });
    actor.send({ type: 'debrief.practice', from: 1 });
    expect(actor.getSnapshot().context.comparedWith).toEqual({
      attemptId: 'attempt-1',
      result: scoredResult,
    });
    expect(actor.getSnapshot().context.decisions).toEqual([]);
  });
});
