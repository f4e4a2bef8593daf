/**
 * The ink story as an actor of the session: it owns the runner (not serialisable, so never in context) and talks
 * to the session only through plain events.
 */
import { fromCallback } from 'xstate';
import type { EventObject } from 'xstate';
import { createRunner } from '../ink/runner';
import type { StoryGlobals, StoryStep } from '../ink/runner';

export interface StoryActorInput {
  story: string;
  /** Ink state saved at the last choice boundary, to resume there. */
  inkState: string | null;
  /** Set before the story starts (a resumed story has them in its saved state). */
  globals: StoryGlobals;
}

export type StoryActorEvent =
  { type: 'STORY.STEP'; step: StoryStep; inkState: string } | { type: 'STORY.ERROR'; message: string };

export const storyActor = fromCallback<EventObject, StoryActorInput>(({ sendBack, receive, input }) => {
  const report = (run: () => StoryStep, runner: ReturnType<typeof createRunner>) => {
    try {
      const step = run();
      sendBack({ type: 'STORY.STEP', step, inkState: runner.saveState() } satisfies StoryActorEvent);
    } catch (e) {
      sendBack({ type: 'STORY.ERROR', message: (e as Error).message } satisfies StoryActorEvent);
    }
  };
  let runner: ReturnType<typeof createRunner>;
  try {
    runner = createRunner(input.story, input.globals);
  } catch (e) {
    sendBack({ type: 'STORY.ERROR', message: (e as Error).message } satisfies StoryActorEvent);
    return;
  }
  const saved = input.inkState;
  if (saved === null) report(() => runner.continue(), runner);
  else
    report(() => {
      runner.loadState(saved);
      return { lines: [], choices: runner.choices, ended: runner.choices.length === 0 };
    }, runner);
  receive((event) => {
    if (event.type === 'CHOOSE' && 'index' in event && typeof event.index === 'number') {
      const index = event.index;
      report(() => runner.choose(index), runner);
    }
  });
});
