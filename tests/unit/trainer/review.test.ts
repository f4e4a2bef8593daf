import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { attemptOf } from '../../../src/engine/records/session-attempt.ts';
import { createSessionMachine } from '../../../src/engine/session/machine.ts';
import { reviewAttempt } from '../../../src/engine/trainer/review.ts';
import { validContent } from '../../helpers/fixtures.ts';
import { testProfile } from '../../helpers/profile.ts';

const { scenarios, catalogue } = validContent();
const scenario = scenarios[0]!;

function playedAttempt(picks: number[]) {
  const actor = createActor(
    createSessionMachine({
      scenario: () => scenario,
      playable: () => scenario,
      now: () => 1,
      newId: () => 'a',
      newSeed: () => 5,
    }),
    {
      input: {
        profile: testProfile({ id: 'p' }),
      },
    },
  ).start();
  actor.send({ type: 'title.start' });
  actor.send({ type: 'scenario.pick', id: scenario.id });
  actor.send({ type: 'briefing.accept' });
  for (const i of picks) actor.send({ type: 'play.choose', index: i });
  return attemptOf(actor.getSnapshot().context, scenario, '1', 'completed')!;
}

describe('after-action review', () => {
  it('walks the attempt decision by decision with situation, choice, evidence, feedback and citations', () => {
    const review = reviewAttempt(playedAttempt([1, 0]), scenario, catalogue, { component: 'police' });
    expect(review.problem).toBeNull();
    expect(review.steps).toHaveLength(2);
    const [first, second] = review.steps;
    expect(first?.situation.map((l) => l.text)).toContain('She says something happened on the road.');
    expect(first?.offered.map((o) => o.text)).toEqual(['Hear her story', 'Ask her what happened']);
    expect(first?.chosen.text).toBe('Ask her what happened');
    expect(first?.evidence).toEqual([
      expect.objectContaining({ criterion: 'test.listening', level: 0, feedback: 'You asked for details.' }),
    ]);
    expect(first?.evidence[0]?.citations[0]).toMatchObject({ kind: 'external', item: 24 });
    expect(second?.situation.map((l) => l.text)).toEqual(['She looks away.', 'A colleague asks who she is.']);
    expect(second?.critical).toEqual([{ criterion: 'test.consent', title: 'Consent before sharing' }]);
    expect(review.outcome.map((l) => l.text)).toEqual(['Her name is now known at the base.']);
  });

  it('says so when the attempt no longer fits the scenario instead of inventing a path', () => {
    const attempt = playedAttempt([0, 0]);
    const changed = { ...attempt, decisions: attempt.decisions.map((d) => ({ ...d, choiceIndex: 7 })) };
    const review = reviewAttempt(changed, scenario, catalogue, null);
    expect(review.steps).toEqual([]);
    expect(review.problem).toMatchObject({ seq: 1, version: '1.0.0' });
  });
});
