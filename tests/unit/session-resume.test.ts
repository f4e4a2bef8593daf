/**
 * Resume after a reload or crash: the attempt saved at the last decision, replayed into a fresh session, shows
 * the same story so far and ends with the same score as an uninterrupted run of the same choices.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { attemptOf } from '../../src/engine/records/session-attempt.ts';
import { createSessionMachine } from '../../src/engine/session/machine.ts';
import { REPLAY_MISMATCH } from '../../src/engine/session/story-actor.ts';
import { validContent } from '../helpers/fixtures.ts';
import { testProfile } from '../helpers/profile.ts';

const { scenarios } = validContent();
const scenario = scenarios[0]!;
const profile = testProfile({ component: 'civilian' });

function session() {
  let now = 0;
  return createActor(
    createSessionMachine({
      scenario: (id) => scenarios.find((s) => s.id === id),
      playable: (id) => scenarios.find((s) => s.id === id),
      now: () => (now += 1000),
      newId: () => 'attempt-1',
      newSeed: () => 7,
    }),
    { input: { profile } },
  ).start();
}

function begin() {
  const actor = session();
  actor.send({ type: 'title.start' });
  actor.send({ type: 'scenario.pick', id: scenario.id });
  actor.send({ type: 'briefing.accept' });
  return actor;
}

describe('resuming an attempt', () => {
  it('replays to the last decision with the same text, and ends with the same score as an unbroken run', () => {
    const unbroken = begin();
    unbroken.send({ type: 'play.choose', index: 1 });
    unbroken.send({ type: 'play.choose', index: 0 });
    const expected = unbroken.getSnapshot().context;
    expect(unbroken.getSnapshot().value).toBe('debrief');

    const first = begin();
    first.send({ type: 'play.choose', index: 1 });
    const saved = attemptOf(first.getSnapshot().context, scenario, '0.0.0', 'in-progress');
    expect(saved).not.toBeNull();
    const storedCopy = JSON.parse(JSON.stringify(saved)); // as IndexedDB would give it back
    first.stop();

    const resumed = session();
    resumed.send({ type: 'attempt.resume', attempt: storedCopy });
    const context = resumed.getSnapshot().context;
    expect(resumed.getSnapshot().value).toEqual({ attempt: { playing: 'active' } });
    expect(context.attemptId).toBe('attempt-1');
    expect(context.decisions).toEqual(storedCopy.decisions);
    expect(context.transcript).toEqual(first.getSnapshot().context.transcript);
    expect(context.choices.map((c) => c.text)).toEqual([
      'Give him her name',
      'Ask Amina before you answer',
      'Tell him it is a private matter',
    ]);

    resumed.send({ type: 'play.choose', index: 0 });
    expect(resumed.getSnapshot().value).toBe('debrief');
    expect(resumed.getSnapshot().context.result).toEqual(expected.result);
    expect(resumed.getSnapshot().context.ending).toBe(expected.ending);
  });

  it('rebuilds the evidence of each decision from the story when only the choices were kept (LMS suspend data)', () => {
    const first = begin();
    first.send({ type: 'play.choose', index: 1 });
    const saved = attemptOf(first.getSnapshot().context, scenario, '0.0.0', 'in-progress')!;
    const bare = {
      ...saved,
      decisions: saved.decisions.map((d) => ({
        ...d,
        evidence: [],
        critical: [],
        choiceText: '',
        where: '',
      })),
    };
    const resumed = session();
    resumed.send({ type: 'attempt.resume', attempt: bare });
    expect(resumed.getSnapshot().context.decisions).toEqual(saved.decisions);
  });

  it('refuses to resume another trainee’s attempt or a finished one', () => {
    const actor = session();
    const base = attemptOf(begin().getSnapshot().context, scenario, '0.0.0', 'in-progress')!;
    actor.send({ type: 'attempt.resume', attempt: { ...base, profileId: 'someone-else' } });
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'attempt.resume', attempt: { ...base, status: 'completed' } });
    expect(actor.getSnapshot().value).toBe('title');
  });

  it('says clearly when saved choices no longer fit the scenario, and keeps the decisions', () => {
    const actor = session();
    const base = attemptOf(begin().getSnapshot().context, scenario, '0.0.0', 'in-progress')!;
    const broken = {
      ...base,
      decisions: [{ seq: 1, where: 'x', choiceIndex: 9, choiceText: '?', at: 1, evidence: [], critical: [] }],
    };
    actor.send({ type: 'attempt.resume', attempt: broken });
    expect(actor.getSnapshot().value).toBe('failed');
    expect(actor.getSnapshot().context.error).toBe(REPLAY_MISMATCH);
    expect(actor.getSnapshot().context.decisions).toEqual(broken.decisions);
  });
});
