/**
 * Model-based test of the session machine, after XState's die-hard example: a small abstract model says what
 * should happen; xstate/graph generates every simple path through it; each path drives the real session
 * machine, with the real ink runner on a fixture story, and checks it agrees with the model at every step.
 */
import { describe, expect, it } from 'vitest';
import { assign, createActor, setup } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { createSessionMachine } from '../../src/engine/session/machine.ts';
import { validContent } from '../helpers/fixtures.ts';
import { testProfile } from '../helpers/profile.ts';

const { scenarios } = validContent();
const fixture = scenarios[0];
if (!fixture) throw new Error('the valid fixture has no scenario');

const profile = testProfile();

/**
 * What the fixture story should do: two decisions; at the first, choice 0 is good practice; at the second, choice 0
 * gives her name away (a critical error) and choice 1 asks her first.
 */
const model = setup({
  types: {
    context: {} as { picks: number[] },
    events: {} as
      | { type: 'START' }
      | { type: 'TRAINER.OPEN' }
      | { type: 'TRAINER.CLOSE' }
      | { type: 'PROFILE.SAVE' }
      | { type: 'PROFILE.EDIT' }
      | { type: 'SCENARIO.PICK' }
      | { type: 'BRIEFING.ACCEPT' }
      | { type: 'CHOOSE'; index: number }
      | { type: 'PAUSE' }
      | { type: 'RESUME' }
      | { type: 'LEAVE' }
      | { type: 'DEBRIEF.DONE' },
  },
  guards: { lastDecision: ({ context }) => context.picks.length === 1 },
  actions: {
    pick: assign({
      picks: ({ context, event }) =>
        event.type === 'CHOOSE' ? [...context.picks, event.index] : context.picks,
    }),
    clear: assign({ picks: [] }),
  },
}).createMachine({
  id: 'model',
  context: { picks: [] },
  initial: 'title',
  states: {
    title: { on: { START: 'profile', 'TRAINER.OPEN': 'trainer' } },
    trainer: { on: { 'TRAINER.CLOSE': 'title' } },
    profile: { on: { 'PROFILE.SAVE': 'scenarios' } },
    scenarios: { on: { 'SCENARIO.PICK': 'briefing', 'PROFILE.EDIT': 'profile' } },
    briefing: { on: { 'BRIEFING.ACCEPT': 'playing', LEAVE: 'scenarios' } },
    playing: {
      initial: 'active',
      states: {
        active: {
          on: {
            CHOOSE: [
              { guard: 'lastDecision', target: '#model.debrief', actions: 'pick' },
              { actions: 'pick' },
            ],
            PAUSE: 'paused',
          },
        },
        paused: { on: { RESUME: 'active' } },
      },
      on: { LEAVE: { target: 'scenarios', actions: 'clear' } },
    },
    debrief: { on: { 'DEBRIEF.DONE': { target: 'scenarios', actions: 'clear' } } },
  },
});

const testModel = createTestModel(model, {
  events: [
    { type: 'CHOOSE', index: 0 },
    { type: 'CHOOSE', index: 1 },
  ],
});

const paths = testModel.getSimplePaths();

describe('session machine (model-based)', () => {
  it('has paths that pass through every state of the model', () => {
    const reached = new Set(paths.flatMap((p) => p.steps.map((s) => JSON.stringify(s.state.value))));
    for (const value of [
      '"title"',
      '"trainer"',
      '"profile"',
      '"scenarios"',
      '"briefing"',
      '{"playing":"active"}',
      '{"playing":"paused"}',
      '"debrief"',
    ]) {
      expect(reached).toContain(value);
    }
  });

  for (const path of paths) {
    it(path.description, async () => {
      let now = 1_000;
      const sut = createActor(
        createSessionMachine({
          scenario: (id) => scenarios.find((s) => s.id === id),
          now: () => now++,
          newId: () => `attempt-${now}`,
          newSeed: () => 42,
        }),
        {
          input: {},
        },
      ).start();
      const snapshot = () => sut.getSnapshot();
      await path.test({
        events: {
          START: () => void sut.send({ type: 'START' }),
          'TRAINER.OPEN': () => void sut.send({ type: 'TRAINER.OPEN' }),
          'TRAINER.CLOSE': () => void sut.send({ type: 'TRAINER.CLOSE' }),
          'PROFILE.SAVE': () => void sut.send({ type: 'PROFILE.SAVE', profile }),
          'PROFILE.EDIT': () => void sut.send({ type: 'PROFILE.EDIT' }),
          'SCENARIO.PICK': () => void sut.send({ type: 'SCENARIO.PICK', id: fixture.id }),
          'BRIEFING.ACCEPT': () => void sut.send({ type: 'BRIEFING.ACCEPT' }),
          CHOOSE: ({ event }) =>
            void sut.send({ type: 'CHOOSE', index: (event as unknown as { index: number }).index }),
          PAUSE: () => void sut.send({ type: 'PAUSE' }),
          RESUME: () => void sut.send({ type: 'RESUME' }),
          LEAVE: () => void sut.send({ type: 'LEAVE' }),
          'DEBRIEF.DONE': () => void sut.send({ type: 'DEBRIEF.DONE' }),
        },
        states: {
          '*': (state) => {
            // The real machine is in the state the model is in.
            expect(snapshot().value).toEqual(state.value);
            // Its context stays plain, serialisable data.
            expect(JSON.parse(JSON.stringify(snapshot().context))).toEqual(snapshot().context);
            const picks = state.context.picks;
            const { context } = snapshot();
            if (state.matches('playing')) {
              expect(context.decisions.map((d) => d.choiceIndex)).toEqual(picks);
              expect(context.choices.length).toBe(picks.length === 0 ? 2 : 3);
              expect(context.transcript.length).toBeGreaterThan(0);
            }
            if (state.matches('debrief')) {
              const [first, second] = picks;
              expect(context.ending).toBe(second === 0 ? 'exposed' : 'safe');
              expect(context.result?.passed).toBe(first === 0 && second === 1);
              expect(context.result?.criticalErrors.length).toBe(second === 0 ? 1 : 0);
              expect(context.decisions.map((d) => d.seq)).toEqual([1, 2]);
            }
            if (state.matches('scenarios')) expect(context.decisions).toEqual([]);
          },
        },
      });
    });
  }
});
