/** Attempts played through the real session machine on the valid fixture: genuine records for import tests. */
import { createActor } from 'xstate';
import type { Scenario } from '../../src/engine/content/types.ts';
import type { Attempt } from '../../src/engine/records/attempt.ts';
import type { Profile } from '../../src/engine/records/profile.ts';
import { attemptOf } from '../../src/engine/records/session-attempt.ts';
import { createSessionMachine } from '../../src/engine/session/machine.ts';

/** Plays `choices` (by index) from the start, a second apart, finishing an hour before `now`. */
export function played(
  scenario: Scenario,
  profile: Profile,
  choices: number[],
  id: string,
  now: number,
): Attempt {
  let clock = now - 3_600_000;
  const actor = createActor(
    createSessionMachine({
      scenario: () => scenario,
      playable: () => scenario,
      now: () => (clock += 1000),
      newId: () => id,
      newSeed: () => 7,
    }),
    { input: { profile } },
  ).start();
  actor.send({ type: 'title.start' });
  actor.send({ type: 'scenario.pick', id: scenario.id });
  actor.send({ type: 'briefing.accept' });
  for (const i of choices) actor.send({ type: 'play.choose', index: i });
  const status = actor.getSnapshot().value === 'debrief' ? 'completed' : 'in-progress';
  const attempt = attemptOf(actor.getSnapshot().context, scenario, '0.1.0', status);
  if (!attempt) throw new Error('no attempt was played');
  return attempt;
}
