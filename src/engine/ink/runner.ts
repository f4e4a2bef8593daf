/**
 * The ink runner: the only module that touches inkjs. It continues the story, offers choices, and saves and
 * loads state at choice boundaries. Tags come out already parsed into TagEvents.
 */
import { Story } from 'inkjs';
import { parseTagsStrict } from '../tags/grammar.ts';
import type { TagEvent } from '../tags/grammar.ts';

export interface StoryLine {
  text: string;
  events: TagEvent[];
}

export interface StoryChoice {
  index: number;
  text: string;
  /** Where the choice sits in the story (knot.stitch…), for records and review. */
  where: string;
  events: TagEvent[];
}

export interface StoryStep {
  lines: StoryLine[];
  choices: StoryChoice[];
  /** True when the story can neither continue nor offer a choice. */
  ended: boolean;
}

export class InkRuntimeError extends Error {
  constructor(readonly messages: string[]) {
    super(`ink runtime error: ${messages.join('; ')}`);
    this.name = 'InkRuntimeError';
  }
}

export interface InkRunner {
  /** Continues as far as the story goes and returns what it showed. */
  continue(): StoryStep;
  /** Takes a choice (by its index among the current choices) and continues. */
  choose(index: number): StoryStep;
  readonly choices: StoryChoice[];
  /** Ink state as JSON; call at a choice boundary. */
  saveState(): string;
  loadState(json: string): void;
  /** Whether the story declares this global variable (VAR). */
  hasVariable(name: string): boolean;
}

/** Values the app gives the story before it starts, e.g. the trainee's component. */
export type StoryGlobals = Record<string, string | number | boolean>;

/** Compiled JSON may start with a byte-order mark, which JSON.parse refuses. */
export function stripBom(json: string): string {
  return json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
}

export function createRunner(storyJson: string, globals: StoryGlobals = {}, seed?: number): InkRunner {
  const story = new Story(stripBom(storyJson));
  // A recorded seed makes RANDOM and shuffles replay identically (resume, review).
  if (seed !== undefined) story.state.storySeed = seed;
  const errors: string[] = [];
  // Without onError, inkjs throws from deep inside Continue(); with it we collect and raise one clear error.
  // Runtime warnings (type 1) do not stop a story; the checker reports the compiler's warnings at build time.
  story.onError = (message, type) => {
    if (type !== 1) errors.push(message);
  };

  // Only variables the story declares are set: a story that does not vary by them ignores them.
  for (const [name, value] of Object.entries(globals)) {
    if (story.variablesState.GlobalVariableExistsWithName(name)) story.variablesState.$(name, value);
  }

  function raiseErrors(): void {
    if (errors.length > 0) throw new InkRuntimeError(errors.splice(0));
  }

  function readChoices(): StoryChoice[] {
    return story.currentChoices.map((c) => ({
      index: c.index,
      text: c.text,
      where: c.sourcePath,
      events: parseTagsStrict(c.tags),
    }));
  }

  function continueStory(): StoryStep {
    const lines: StoryLine[] = [];
    while (story.canContinue) {
      const text = (story.Continue() ?? '').trim();
      raiseErrors();
      const events = parseTagsStrict(story.currentTags);
      if (text.length > 0 || events.length > 0) lines.push({ text, events });
    }
    const choices = readChoices();
    return { lines, choices, ended: choices.length === 0 };
  }

  return {
    continue: continueStory,
    choose(index: number): StoryStep {
      const exists = story.currentChoices.some((c) => c.index === index);
      if (!exists) throw new RangeError(`no choice ${index} here`);
      story.ChooseChoiceIndex(index);
      raiseErrors();
      return continueStory();
    },
    get choices() {
      return readChoices();
    },
    saveState: () => story.state.ToJson(),
    loadState(json: string) {
      story.state.LoadJson(json);
      raiseErrors();
    },
    hasVariable: (name) => story.variablesState.GlobalVariableExistsWithName(name),
  };
}
