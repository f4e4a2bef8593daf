/**
 * A classroom session in the session machine: started from the trainer area, the group votes at every decision,
 * the trainer reveals and may override with a reason, the story goes on with the group's choice, and the record
 * is the group's (mode classroom, head count, who was present, the votes), never the signed-in trainee's.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { keepRecords } from '../../../src/app/records-keeper.ts';
import { bridgeLms } from '../../../src/app/lms-bridge.ts';
import { CLASSROOM_PROFILE_ID } from '../../../src/engine/records/classroom.ts';
import type { LmsConnection } from '../../../src/engine/ports/lms-connection.ts';
import { createSessionMachine } from '../../../src/engine/session/machine.ts';
import type { SessionEmitted } from '../../../src/engine/session/machine.ts';
import { memoryStore } from '../../../src/storage/memory-store.ts';
import { validContent } from '../../helpers/fixtures.ts';
import { testProfile } from '../../helpers/profile.ts';
import { classroomSession, playedClassroom } from './played.ts';

const { scenarios } = validContent();
const scenario = scenarios[0]!;

function started(headCount: number | null = 10, present: string[] = []) {
  const s = classroomSession(scenario);
  s.send({ type: 'trainer.classroom', scenarioId: scenario.id, language: 'fr', headCount, present });
  return s;
}

describe('a classroom session', () => {
  it('starts from the trainer area, in the chosen language, straight into play with an empty tally', () => {
    const { actor } = started(null, ['t-1', 't-2', 't-3']);
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ attempt: { playing: 'active' } })).toBe(true);
    expect(snapshot.context).toMatchObject({
      mode: 'classroom',
      language: 'fr',
      profile: null,
      // Ticking three trainees and typing no count: the head count is three.
      classroom: { headCount: 3, present: ['t-1', 't-2', 't-3'], votes: [], tally: { counts: [0, 0] } },
    });
    expect(snapshot.context.transcript[0]?.text).toBe('Amina attend près de la pompe.');
  });

  it('refuses to start with a head count below the trainees ticked, a bad count, or a snap situation', () => {
    for (const bad of [
      { headCount: 1, present: ['a', 'b'] },
      { headCount: 0, present: [] },
      { headCount: 2.5, present: [] },
      { headCount: 5, present: ['a', 'a'] },
    ]) {
      const { actor, send } = classroomSession(scenario);
      send({ type: 'trainer.classroom', scenarioId: scenario.id, language: 'en', ...bad });
      expect(actor.getSnapshot().matches({ trainer: 'home' })).toBe(true);
    }
    const snap = { ...scenario, id: 'snap', kind: 'snap' as const };
    const actor = createActor(
      createSessionMachine({
        scenario: (id) => (id === 'snap' ? snap : undefined),
        playable: () => snap,
        now: () => 1,
        newId: () => 'x',
        newSeed: () => 1,
      }),
      { input: {} },
    ).start();
    actor.send({ type: 'trainer.open' });
    actor.send({ type: 'trainer.unlock' });
    actor.send({ type: 'trainer.classroom', scenarioId: 'snap', language: 'en', headCount: 4, present: [] });
    expect(actor.getSnapshot().matches({ trainer: 'home' })).toBe(true);
  });

  it('never lets counts exceed the head count, and only counts choices on offer', () => {
    const { actor, send } = started(10);
    send({ type: 'classroom.count', index: 0, count: 7 });
    send({ type: 'classroom.count', index: 1, count: 4 }); // 11 > 10: refused
    send({ type: 'classroom.count', index: 1, count: 3 });
    send({ type: 'classroom.count', index: 2, count: 1 }); // no third choice here
    send({ type: 'classroom.count', index: 0, count: -1 });
    send({ type: 'classroom.count', index: 0, count: 1.5 });
    expect(actor.getSnapshot().context.classroom?.tally.counts).toEqual([7, 3]);
  });

  it('takes no single choice: only the group decides, and only once there is a majority or an override', () => {
    const { actor, send } = started(10);
    send({ type: 'play.choose', index: 0 });
    send({ type: 'classroom.decide' }); // no votes yet
    send({ type: 'classroom.count', index: 0, count: 4 });
    send({ type: 'classroom.count', index: 1, count: 4 });
    send({ type: 'classroom.decide' }); // a tie
    expect(actor.getSnapshot().context.decisions).toEqual([]);
    send({ type: 'classroom.count', index: 1, count: 5 });
    send({ type: 'classroom.decide' });
    const { context } = actor.getSnapshot();
    expect(context.decisions.map((d) => d.choiceIndex)).toEqual([1]);
    expect(context.classroom?.votes).toEqual([{ seq: 1, counts: [4, 5], revealed: false, override: null }]);
    // The next decision's tally starts afresh, one count per choice now on offer.
    expect(context.classroom?.tally).toEqual({ counts: [0, 0, 0], revealed: false, override: null });
  });

  it('lets the trainer override the majority only with a reason, kept on one line; new counts undo it', () => {
    const { actor, send } = started(10);
    send({ type: 'classroom.count', index: 1, count: 6 });
    send({ type: 'classroom.count', index: 0, count: 2 });
    send({ type: 'classroom.override', index: 0, reason: '   ' });
    send({ type: 'classroom.override', index: 1, reason: 'the majority itself' });
    expect(actor.getSnapshot().context.classroom?.tally.override).toBeNull();
    send({ type: 'classroom.override', index: 0, reason: 'The room heard\nonly one side.' });
    expect(actor.getSnapshot().context.classroom?.tally.override).toEqual({
      index: 0,
      reason: 'The room heard only one side.',
    });
    send({ type: 'classroom.count', index: 0, count: 3 });
    expect(actor.getSnapshot().context.classroom?.tally.override).toBeNull();
    send({ type: 'classroom.override', index: 0, reason: 'The room heard only one side.' });
    send({ type: 'classroom.reveal' });
    send({ type: 'classroom.decide' });
    expect(actor.getSnapshot().context.decisions[0]?.choiceIndex).toBe(0);
    expect(actor.getSnapshot().context.classroom?.votes[0]).toEqual({
      seq: 1,
      counts: [3, 6],
      revealed: true,
      override: 'The room heard only one side.',
    });
  });

  it('keeps the votes entered when the language changes mid-decision', () => {
    const { actor, send } = started(10);
    send({ type: 'classroom.count', index: 0, count: 6 });
    send({ type: 'classroom.reveal' });
    send({ type: 'language.set', language: 'en' });
    const { context } = actor.getSnapshot();
    expect(context.language).toBe('en');
    expect(context.transcript[0]?.text).toBe('Amina waits by the pump.');
    expect(context.classroom?.tally).toEqual({ counts: [6, 0], revealed: true, override: null });
  });

  it('ends in the group debrief, then goes back to the trainer area with nothing of it left', () => {
    const { actor, send } = started(10);
    for (const [index, count] of [
      [0, 8],
      [1, 9],
    ] as const) {
      send({ type: 'classroom.count', index, count });
      send({ type: 'classroom.decide' });
    }
    expect(actor.getSnapshot().matches('debrief')).toBe(true);
    expect(actor.getSnapshot().context.result?.passed).toBe(true);
    send({ type: 'debrief.practice', from: 1 }); // no "what if" for a group
    expect(actor.getSnapshot().matches('debrief')).toBe(true);
    send({ type: 'debrief.done' });
    expect(actor.getSnapshot().matches({ trainer: 'home' })).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({
      mode: 'course',
      classroom: null,
      attemptId: null,
      decisions: [],
    });
  });

  it('can be left at any moment, back to the trainer area, as an abandoned session', () => {
    const { actor, send } = started(10);
    const heard: SessionEmitted['type'][] = [];
    actor.on('*', (e) => heard.push(e.type));
    send({ type: 'screen.leave' });
    expect(actor.getSnapshot().matches({ trainer: 'home' })).toBe(true);
    expect(heard).toEqual(['attempt.abandoned']);
  });

  it('is recorded as the group, not as the trainee signed in on a one-person device', async () => {
    const owner = testProfile({ id: 'owner-1' });
    let ids = 0;
    const actor = createActor(
      createSessionMachine({
        scenario: () => scenario,
        playable: () => scenario,
        now: () => 5_000 + ++ids * 1000,
        newId: () => 'attempt-1',
        newSeed: () => 3,
      }),
      { input: { profile: owner } },
    );
    const store = memoryStore();
    const keeper = keepRecords(actor, store, {
      scenario: () => scenario,
      appVersion: '1.0.0',
      onProblem: () => undefined,
    });
    const lmsCalls: string[] = [];
    const call = (name: string) => () => {
      lmsCalls.push(name);
      return Promise.resolve();
    };
    const lms: LmsConnection = {
      kind: 'scorm12',
      learner: { id: owner.id, name: owner.name },
      scenarioId: null,
      resume: null,
      masteryPercent: null,
      decision: call('decision'),
      complete: call('complete'),
      suspend: call('suspend'),
      terminate: call('terminate'),
    };
    bridgeLms(actor, lms, { scenario: () => scenario, appVersion: '1.0.0', notify: () => undefined });
    actor.start();
    actor.send({ type: 'trainer.open' });
    actor.send({ type: 'trainer.unlock' });
    actor.send({
      type: 'trainer.classroom',
      scenarioId: scenario.id,
      language: 'en',
      headCount: 5,
      present: [],
    });
    actor.send({ type: 'classroom.count', index: 0, count: 5 });
    actor.send({ type: 'classroom.decide' });
    await keeper.settled();
    const [attempt] = await store.attempts();
    expect(attempt).toMatchObject({
      profileId: CLASSROOM_PROFILE_ID,
      mode: 'classroom',
      status: 'in-progress',
      classroom: {
        headCount: 5,
        present: [],
        votes: [{ seq: 1, counts: [5, 0], revealed: false, override: null }],
      },
    });
    expect(await store.profiles()).toEqual([]);
    expect(actor.getSnapshot().context.profile).toEqual(owner);
    // The LMS that launched the app hears nothing of a group's session.
    expect(lmsCalls).toEqual([]);
  });

  it('gives a record whose result follows from the group choices', () => {
    const attempt = playedClassroom(scenario, [
      { counts: [9, 3] },
      {
        counts: [2, 4, 6],
        override: { index: 1, reason: 'Consent first: the room agreed after discussion.' },
      },
    ]);
    expect(attempt.status).toBe('completed');
    expect(attempt.decisions.map((d) => d.choiceIndex)).toEqual([0, 1]);
    expect(attempt.ending).toBe('safe');
    expect(attempt.result?.passed).toBe(true);
    expect(attempt.classroom?.votes.map((v) => v.override)).toEqual([
      null,
      'Consent first: the room agreed after discussion.',
    ]);
  });
});
