/** A classroom session played through the real session machine on the valid fixture: genuine group records. */
import { createActor } from 'xstate';
import type { Scenario } from '../../../src/engine/content/types.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import { attemptOf } from '../../../src/engine/records/session-attempt.ts';
import { createSessionMachine } from '../../../src/engine/session/machine.ts';
import type { SessionEvent } from '../../../src/engine/session/machine.ts';

/** What the room does at one decision: votes per choice index, and an override when the trainer makes one. */
export interface RoomVote {
  counts: number[];
  reveal?: boolean;
  override?: { index: number; reason: string };
}

export function classroomSession(scenario: Scenario, options: { id?: string; now?: number } = {}) {
  let clock = (options.now ?? Date.UTC(2026, 10, 1)) - 3_600_000;
  const actor = createActor(
    createSessionMachine({
      scenario: (id) => (id === scenario.id ? scenario : undefined),
      playable: (id) => (id === scenario.id ? scenario : undefined),
      now: () => (clock += 1000),
      newId: () => options.id ?? '6d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      newSeed: () => 7,
    }),
    { input: { device: { use: 'shared', pins: false } } },
  ).start();
  const send = (e: SessionEvent) => actor.send(e);
  send({ type: 'trainer.open' });
  send({ type: 'trainer.unlock' });
  return { actor, send };
}

/** The group's whole session: start, then at each decision the votes, the reveal, any override, and decide. */
export function playedClassroom(
  scenario: Scenario,
  votes: RoomVote[],
  start: { headCount: number | null; present: string[] } = { headCount: 12, present: [] },
  options: { id?: string; now?: number } = {},
): Attempt {
  const { actor, send } = classroomSession(scenario, options);
  send({ type: 'trainer.classroom', scenarioId: scenario.id, language: 'en', ...start });
  for (const vote of votes) {
    vote.counts.forEach((count, index) => send({ type: 'classroom.count', index, count }));
    if (vote.reveal !== false) send({ type: 'classroom.reveal' });
    if (vote.override) send({ type: 'classroom.override', ...vote.override });
    send({ type: 'classroom.decide' });
  }
  const status = actor.getSnapshot().matches('debrief') ? 'completed' : 'in-progress';
  const attempt = attemptOf(actor.getSnapshot().context, scenario, '0.1.0', status);
  actor.stop();
  if (!attempt) throw new Error('no classroom attempt was played');
  return attempt;
}
