/**
 * The ink story as an actor of the session: it owns the runner (not serialisable, so never in context) and talks
 * to the session only through plain events. To resume, it replays the choices already made: the same story,
 * seed and choices give the same text, state and score. Which story a scenario has in a language is for the session
 * to say (storyOf).
 */
import { fromCallback } from 'xstate';
import type { EventObject } from 'xstate';
import { createRunner } from '../ink/runner.ts';
import type { InkRunner, StoryChoice, StoryGlobals, StoryStep } from '../ink/runner.ts';

export interface StoryActorInput {
  scenarioId: string;
  language: string;
  globals: StoryGlobals;
  seed: number;
  /** Choice indices already taken, to replay (empty for a new attempt). */
  replay: number[];
}

export type StoryActorEvent =
  | { type: 'story.step'; step: StoryStep; inkState: string; replayed: StoryChoice[] }
  | { type: 'story.error'; message: string };

export const REPLAY_MISMATCH =
  'The saved progress does not match this version of the scenario, so it cannot be resumed here.';

function replay(runner: InkRunner, indices: number[]): { step: StoryStep; replayed: StoryChoice[] } {
  let step = runner.continue();
  const lines = [...step.lines];
  const replayed: StoryChoice[] = [];
  for (const index of indices) {
    const choice = step.choices.find((c) => c.index === index);
    if (!choice) throw new Error(REPLAY_MISMATCH);
    replayed.push(choice);
    step = runner.choose(index);
    lines.push(...step.lines);
  }
  return { step: { ...step, lines }, replayed };
}

/** The compiled story of a scenario in a language (throws when it is not at hand). */
export type StoryOf = (scenarioId: string, language: string) => string;

export const storyActor = (storyOf: StoryOf) =>
  fromCallback<EventObject, StoryActorInput>(({ sendBack, receive, input }) => {
    const fail = (e: unknown) =>
      sendBack({ type: 'story.error', message: (e as Error).message } satisfies StoryActorEvent);
    let runner: InkRunner;
    try {
      runner = createRunner(storyOf(input.scenarioId, input.language), input.globals, input.seed);
      const { step, replayed } = replay(runner, input.replay);
      sendBack({
        type: 'story.step',
        step,
        inkState: runner.saveState(),
        replayed,
      } satisfies StoryActorEvent);
    } catch (e) {
      fail(e);
      return;
    }
    receive((event) => {
      if (event.type !== 'play.choose' || !('index' in event) || typeof event.index !== 'number') return;
      try {
        const step = runner.choose(event.index);
        sendBack({
          type: 'story.step',
          step,
          inkState: runner.saveState(),
          replayed: [],
        } satisfies StoryActorEvent);
      } catch (e) {
        fail(e);
      }
    });
  });
