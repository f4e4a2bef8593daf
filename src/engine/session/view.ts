/**
 * What the session shows, as plain serialisable data derived from story steps: the transcript, the choices on
 * offer, and who is on stage with which expression.
 */
import type { StoryChoice, StoryStep } from '../ink/runner.ts';
import type { Expression, MapTarget, Setting } from '../tags/vocabulary.ts';

export interface ViewLine {
  text: string;
  speaker: string | null;
}

export interface StageSnapshot {
  setting: Setting | null;
  /** People on stage in order of arrival, with their current expression. */
  people: { id: string; expression: Exclude<Expression, 'gone'> }[];
  speaker: string | null;
  /** Map targets chosen so far in a planning step (route, time, team), drawn on the map. */
  plan: MapTarget[];
}

export const EMPTY_STAGE: StageSnapshot = { setting: null, people: [], speaker: null, plan: [] };

/** The stage after a choice: a choice tagged with a map target adds it to the plan. */
export function applyChoice(stage: StageSnapshot, choice: StoryChoice): StageSnapshot {
  const targets = choice.events.flatMap((e) => (e.kind === 'map' ? [e.target] : []));
  return targets.length === 0 ? stage : { ...stage, plan: [...stage.plan, ...targets] };
}

/** The choices on offer that can also be picked on the map. */
export function mapOptions(
  choices: readonly StoryChoice[],
): { target: MapTarget; index: number; text: string }[] {
  return choices.flatMap((c) =>
    c.events.flatMap((e) => (e.kind === 'map' ? [{ target: e.target, index: c.index, text: c.text }] : [])),
  );
}

/** Applies a step's tags to the stage and turns its lines into transcript lines. */
export function applyStep(
  stage: StageSnapshot,
  step: StoryStep,
): { stage: StageSnapshot; lines: ViewLine[]; ending: string | null } {
  let { setting, people, speaker } = stage;
  const { plan } = stage;
  let ending: string | null = null;
  const lines: ViewLine[] = [];
  for (const line of step.lines) {
    let lineSpeaker: string | null = null;
    for (const e of line.events) {
      if (e.kind === 'scene') setting = e.setting;
      else if (e.kind === 'speaker') lineSpeaker = e.who === 'narrator' ? null : e.who;
      else if (e.kind === 'ending') ending = e.ending;
      else if (e.kind === 'person') {
        const { who, expression } = e;
        if (expression === 'gone') people = people.filter((p) => p.id !== who);
        else if (people.some((p) => p.id === who)) {
          people = people.map((p) => (p.id === who ? { id: who, expression } : p));
        } else people = [...people, { id: who, expression }];
      }
    }
    if (line.text.length > 0) {
      lines.push({ text: line.text, speaker: lineSpeaker });
      speaker = lineSpeaker;
    }
  }
  return { stage: { setting, people, speaker, plan }, lines, ending };
}
