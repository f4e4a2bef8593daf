/** An attempt at a scenario, as stored and exported. Plain data. */
import type { Decision } from '../scoring/decision.ts';
import type { ScoreResult } from '../scoring/score.ts';
import type { ClassroomRecord } from './classroom.ts';
import type { TrainingStage } from './profile.ts';

export type AttemptStatus = 'in-progress' | 'completed' | 'abandoned';

/**
 * A core-course scenario, a snap situation played in an in-mission refresher, practice (a "what if I had…" replay
 * of a scored attempt from one of its decisions), or a classroom session (a trainer and a group deciding by vote).
 * Practice and classroom never count for a certificate, the cohort's figures, the refresher's choice or an LMS.
 */
export const ATTEMPT_MODES = ['course', 'refresher', 'practice', 'classroom'] as const;
export type AttemptMode = (typeof ATTEMPT_MODES)[number];

export interface Attempt {
  /** Registration id: one per attempt, stable across devices (a UUID). */
  id: string;
  profileId: string;
  scenarioId: string;
  /** Content version of the scenario played. */
  scenarioVersion: string;
  appVersion: string;
  /** Pre-deployment course or in-mission refresher. */
  stage: TrainingStage;
  /** Absent on records made before refreshers existed, which are all course attempts (see attemptMode). */
  mode?: AttemptMode;
  /** Seed of the story's randomness, so a resume or a review replays the same text. */
  seed: number;
  startedAt: number;
  endedAt: number | null;
  status: AttemptStatus;
  decisions: Decision[];
  /**
   * Ink state at the last decision, kept for diagnosis. A resume does not load it: it replays the choices with the
   * seed, which gives the same state. Bundles carry it; an import clears it.
   */
  inkState: string | null;
  ending: string | null;
  result: ScoreResult | null;
  /**
   * Imported without proof of where it came from (an unsigned file, or one signed with an unknown cohort key) or
   * from another version of the scenario, so not checked by playing it again. Shown as such; never certified.
   */
  unverified?: boolean;
  /**
   * A classroom session (mode "classroom", profileId CLASSROOM_PROFILE_ID): the head count, who was present and
   * the group's vote at every decision. Absent on every other attempt.
   */
  classroom?: ClassroomRecord;
}

export const isVerified = (a: Pick<Attempt, 'unverified'>): boolean => a.unverified !== true;

export const attemptMode = (a: Pick<Attempt, 'mode'>): AttemptMode => a.mode ?? 'course';

/** Attempts that count for a trainee: not practice, not a group's classroom session. */
export const isTraineesOwn = (a: Pick<Attempt, 'mode'>): boolean => {
  const mode = attemptMode(a);
  return mode === 'course' || mode === 'refresher';
};
