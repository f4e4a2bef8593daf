/**
 * What the session machine tells the records keeper, the LMS bridge and the LRS sync about an attempt: the only
 * way they learn of one. Each event carries the session's context as it was at that moment.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { attemptOf } from '../../src/engine/records/session-attempt.ts';
import { createSessionMachine } from '../../src/engine/session/machine.ts';
import type { SessionEmitted } from '../../src/engine/session/machine.ts';
import { validContent } from '../helpers/fixtures.ts';
import { testProfile } from '../helpers/profile.ts';

const { scenarios } = validContent();
const scenario = scenarios[0]!;

/** A session on the fixture scenario, with every event it emits, in order. */
function session(input: Parameters<typeof testProfile>[0] = {}) {
  let now = 0;
  const actor = createActor(
    createSessionMachine({
      scenario: (id) => scenarios.find((s) => s.id === id),
      playable: (id) => scenarios.find((s) => s.id === id),
      now: () => (now += 1000),
      newId: () => 'attempt-1',
      newSeed: () => 7,
    }),
    { input: { profile: testProfile(input) } },
  );
  const heard: SessionEmitted[] = [];
  actor.on('*', (e) => heard.push(e));
  actor.start();
  const types = () => heard.map((e) => e.type);
  return { actor, heard, types };
}

function begin(s: ReturnType<typeof session>) {
  s.actor.send({ type: 'title.start' });
  // Opening the list told which profile is in use (tested below); what follows is about the attempt.
  s.heard.splice(0);
  s.actor.send({ type: 'scenario.pick', id: scenario.id });
  s.actor.send({ type: 'briefing.accept' });
}

describe('what the session says of an attempt', () => {
  it('tells of the start, each decision, the completion and the debrief closed, in that order', () => {
    const s = session();
    begin(s);
    s.actor.send({ type: 'play.choose', index: 1 });
    s.actor.send({ type: 'play.choose', index: 0 });
    s.actor.send({ type: 'debrief.done' });
    expect(s.types()).toEqual([
      'attempt.started',
      'attempt.decided',
      'attempt.decided',
      'attempt.completed',
      'debrief.closed',
    ]);
    const [started, first, second, completed] = s.heard;
    expect(started).toMatchObject({ context: { attemptId: 'attempt-1', seed: 7, decisions: [] } });
    expect(first).toMatchObject({
      decision: { seq: 1, choiceIndex: 1 },
      context: { decisions: [{ seq: 1 }] },
    });
    expect(second).toMatchObject({ decision: { seq: 2, choiceIndex: 0 } });
    if (completed?.type !== 'attempt.completed') throw new Error('no completion');
    expect(completed.context.result).not.toBeNull();
    expect(completed.context.decisions).toHaveLength(2);
  });

  it('tells of an attempt left in the middle with the decisions taken, before they are cleared', () => {
    const s = session();
    begin(s);
    s.actor.send({ type: 'play.choose', index: 1 });
    s.actor.send({ type: 'screen.leave' });
    const left = s.heard.at(-1);
    expect(left?.type).toBe('attempt.abandoned');
    expect(left).toMatchObject({ context: { attemptId: 'attempt-1', decisions: [{ seq: 1 }] } });
    expect(s.actor.getSnapshot().context.attemptId).toBeNull();
  });

  it('tells of an attempt stopped by a story error as abandoned', () => {
    const s = session();
    begin(s);
    s.actor.send({ type: 'story.error', message: 'the story broke' });
    expect(s.types()).toEqual(['attempt.started', 'attempt.abandoned']);
  });

  it('does not start the attempt again when the language changes in play, and tells of the profile', () => {
    const s = session({ id: 'p' });
    begin(s);
    s.actor.send({ type: 'play.choose', index: 0 });
    s.actor.send({ type: 'language.set', language: 'fr' });
    expect(s.types()).toEqual(['attempt.started', 'attempt.decided', 'profile.chosen']);
    expect(s.heard.at(-1)).toMatchObject({ profile: { id: 'p', language: 'fr' } });
  });

  it('tells of a resumed attempt once, after its choices are replayed with their evidence', () => {
    const first = session();
    begin(first);
    first.actor.send({ type: 'play.choose', index: 1 });
    const saved = attemptOf(first.actor.getSnapshot().context, scenario, '0.0.0', 'in-progress')!;
    // As a bare list of choices would come back (an LMS's suspend data): no evidence until the story replays.
    const bare = { ...saved, decisions: saved.decisions.map((d) => ({ ...d, evidence: [] })) };

    const s = session();
    s.actor.send({ type: 'attempt.resume', attempt: bare });
    expect(s.types()).toEqual(['attempt.started']);
    expect(s.heard[0]).toMatchObject({ context: { attemptId: 'attempt-1' } });
    if (s.heard[0]?.type !== 'attempt.started') throw new Error('not started');
    expect(s.heard[0].context.decisions).toEqual(saved.decisions);
  });

  it('tells of a profile opened at the start, or saved, so it can be kept', () => {
    const s = session({ id: 'p1' });
    s.actor.send({ type: 'title.start' });
    s.actor.send({ type: 'profile.edit' });
    const edited = testProfile({ id: 'p2', name: 'Mariam Sow' });
    s.actor.send({ type: 'profile.save', profile: edited });
    expect(s.heard).toEqual([
      { type: 'profile.chosen', profile: testProfile({ id: 'p1' }) },
      { type: 'profile.chosen', profile: edited },
    ]);
  });
});
