import type { Level } from '../tags/vocabulary';

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
