/**
 * What the app asks of a learning management system it was launched from (SCORM 1.2 or cmi5). The adapters in
 * src/lms implement it; the composition root forwards session events to it.
 */
import type { ScenarioInfo } from '../content/types.ts';
import type { Attempt } from '../records/attempt.ts';
import type { Decision } from '../scoring/decision.ts';

export interface LmsResumePoint {
  scenarioId: string;
  seed: number;
  /** Choice indices taken so far, in order. */
  choices: number[];
}

export interface LmsConnection {
  readonly kind: 'scorm12' | 'cmi5';
  /** The learner as the LMS knows them. */
  readonly learner: { id: string; name: string };
  /** The scenario this launch is for (from the launch URL or the LMS), if any. */
  readonly scenarioId: string | null;
  /** Where a suspended attempt left off, if the LMS kept one. */
  readonly resume: LmsResumePoint | null;
  /**
   * Mastery score the LMS set (0–100). The adapter judges what it reports to the LMS by it; it never changes the
   * pass or fail kept on the device, which is always the scenario's own pass mark.
   */
  readonly masteryPercent: number | null;
  decision(attempt: Attempt, decision: Decision, scenario: ScenarioInfo): Promise<void>;
  complete(attempt: Attempt, scenario: ScenarioInfo): Promise<void>;
  /** Keep the resume point when the learner leaves or the page is hidden. */
  suspend(attempt: Attempt): Promise<void>;
  terminate(): Promise<void>;
}
