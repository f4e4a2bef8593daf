import type { StoryChoice } from '../ink/runner.ts';
import type { Level } from '../tags/vocabulary.ts';

/** One choice the trainee made, with the evidence it gave. Plain data: stored, exported and scored. */
export interface Decision {
  /** 1-based order in the attempt. */
  seq: number;
  /** Where the choice sits in the story (ink path of the choice). */
  where: string;
  /** Index among the choices offered, as ink numbers them; replaying the indices replays the attempt. */
  choiceIndex: number;
  choiceText: string;
  /** Milliseconds since the epoch. */
  at: number;
  evidence: { criterion: string; level: Level }[];
  critical: string[];
}

/** The record of taking a choice: what was chosen, where, when, and the evidence it gave. */
export function decisionOf(choice: StoryChoice, seq: number, at: number): Decision {
  return {
    seq,
    where: choice.where,
    choiceIndex: choice.index,
    choiceText: choice.text,
    at,
    evidence: choice.events.flatMap((e) =>
      e.kind === 'evidence' ? [{ criterion: e.criterion, level: e.level }] : [],
    ),
    critical: choice.events.flatMap((e) => (e.kind === 'critical' ? [e.criterion] : [])),
  };
}
