/**
 * The one shape every insight view reads: an attempt from this device, from a bundle, or rebuilt from a learning
 * record store's statements, with who made it and where it came from. The three sources know different things
 * (an LRS chain has no seed, an unfinished attempt on the LRS is only its `attempted`), so what one of them cannot
 * know is null rather than guessed. Plain data.
 */
import type { AttemptMode } from '../records/attempt.ts';
import type { Component, Sex } from '../records/profile.ts';
import type { Decision } from '../scoring/decision.ts';
import type { Level } from '../tags/vocabulary.ts';

/** Where a record was found. A record found in several places lists each once, in this order. */
export const INSIGHT_SOURCES = ['device', 'bundle', 'lrs'] as const;
export type InsightSource = (typeof INSIGHT_SOURCES)[number];

/** The trainee as the figures disaggregate them; null where the source does not say. */
export interface InsightTrainee {
  /** The profile id (the xAPI account name). */
  id: string;
  name: string | null;
  component: Component | null;
  sex: Sex | null;
  cohort: string | null;
}

/** A criterion's level in an attempt: the weakest evidenced moment (null: not observed on its path). */
export interface InsightLevel {
  criterion: string;
  level: Level | null;
}

export interface InsightAttempt {
  /** The registration id, the same on every device and in the LRS. */
  id: string;
  trainee: InsightTrainee;
  scenarioId: string;
  scenarioVersion: string;
  mode: AttemptMode;
  startedAt: number;
  endedAt: number | null;
  /**
   * Unfinished: in progress or abandoned. An LRS is only told `attempted` for both, so the two are not told apart.
   */
  status: 'completed' | 'unfinished';
  /** In the order they were taken. */
  decisions: Decision[];
  /** The verdict, when the attempt has one. */
  passed: boolean | null;
  /** 0–100, when known. */
  percent: number | null;
  /** Per rubric criterion; empty when unknown (an unfinished attempt, or a chain with decisions missing). */
  levels: InsightLevel[];
  /** The story's seed, which an LRS is never told. */
  seed: number | null;
  unverified: boolean;
  /** Some of its decisions are missing (an LRS chain with a gap): its decisions are shown, its levels are not. */
  partial: boolean;
  sources: InsightSource[];
}
