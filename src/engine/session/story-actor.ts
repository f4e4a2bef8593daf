/**
 * The ink story as an actor of the session: it owns the runner (not serialisable, so never in context) and talks
 * to the session only through plain events. To resume, it replays the choices already made: the same story,
 * seed and choices give the same text, state and score.
 */
import { fromCallback } from 'xstate';
import type { EventObject } from 'xstate';
import { createRunner } from '../ink/runner.ts';
import type { InkRunner, StoryChoice, StoryGlobals, StoryStep } from '../ink/runner.ts';

export interface StoryActorInput {
  story: string;
  globals: StoryGlobals;
  seed: number;
  /** Choice indices already taken, to replay (empty for a new attempt). */
  replay: number[];
}

export type StoryActorEvent =
  | { type: 'STORY.STEP'; step: StoryStep; inkState: string; replayed: StoryChoice[] }
  | { type: 'STORY.ERROR'; message: string };

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

export const storyActor = fromCallback<EventObject, StoryActorInput>(({ sendBack, receive, input }) => {
  const fail = (e: unknown) =>
    sendBack({ type: 'STORY.ERROR', message: (e as Error).message } satisfies StoryActorEvent);
  let runner: InkRunner;
  try {
    runner = createRunner(input.story, input.globals, input.seed);
    const { step, replayed } = replay(runner, input.replay);
    sendBack({ type: 'STORY.STEP', step, inkState: runner.saveState(), replayed } satisfies StoryActorEvent);
  } catch (e) {
    fail(e);
    return;
  }
  receive((event) => {
    if (event.type !== 'CHOOSE' || !('index' in event) || typeof event.index !== 'number') return;
    try {
      const step = runner.choose(event.index);
      sendBack({
        type: 'STORY.STEP',
        step,
        inkState: runner.saveState(),
        replayed: [],
      } satisfies StoryActorEvent);
    } catch (e) {
      fail(e);
    }
  });
});
