/**
 * The filters every insight view takes: cohort, scenario, dates, mode, sex and component. Without a mode, the
 * figures are the course's and the refreshers': practice ("what if I had…") is never in the cohort's figures (as
 * in cohort.ts), nor is any other mode, unless the mode filter asks for it by name. A trainee
 * whose sex or component the records do not give is left out when the filter names one, never guessed. Pure.
 */
import type { AttemptMode } from '../records/attempt.ts';
import type { Component, Sex } from '../records/profile.ts';
import type { InsightAttempt } from './insight-attempt.ts';

export interface InsightFilter {
  cohort?: string;
  scenarioId?: string;
  /** Inclusive, milliseconds since the epoch, on when the attempt started. */
  from?: number;
  to?: number;
  /** Course and refresher attempts when absent; practice (or another mode) only when asked for. */
  mode?: AttemptMode;
  sex?: Sex;
  component?: Component;
}

/** The modes counted when the filter names none. */
export const COUNTED_MODES: readonly AttemptMode[] = ['course', 'refresher'];

export function filterInsight(attempts: readonly InsightAttempt[], f: InsightFilter): InsightAttempt[] {
  return attempts.filter(
    (a) =>
      (f.mode === undefined ? COUNTED_MODES.includes(a.mode) : a.mode === f.mode) &&
      (f.cohort === undefined || a.trainee.cohort === f.cohort) &&
      (f.scenarioId === undefined || a.scenarioId === f.scenarioId) &&
      (f.from === undefined || a.startedAt >= f.from) &&
      (f.to === undefined || a.startedAt <= f.to) &&
      (f.sex === undefined || a.trainee.sex === f.sex) &&
      (f.component === undefined || a.trainee.component === f.component),
  );
}
