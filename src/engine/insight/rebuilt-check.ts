/**
 * A rebuilt snapshot read back from storage (the attempts last rebuilt from an LRS's statements, kept so the views
 * open without rebuilding) is checked like any data read from outside before the views trust it: storage can give
 * back something damaged. One that does not check out is rebuilt from the statements, which are still kept.
 */
import { ATTEMPT_MODES } from '../records/attempt.ts';
import { fields, integer, listOf, nullable, number, oneOf, text, boolean } from '../records/bundle/checks.ts';
import type { Check } from '../records/bundle/checks.ts';
import { decisionCheck } from '../records/bundle/schema.ts';
import { COMPONENTS, SEXES } from '../records/profile.ts';
import { LEVELS } from '../tags/vocabulary.ts';
import { INSIGHT_SOURCES } from './insight-attempt.ts';
import type { InsightAttempt, InsightLevel, InsightTrainee } from './insight-attempt.ts';
import { SKIP_REASONS } from './rebuild.ts';
import type { RebuildReport, Rebuilt, SkipReason } from './rebuild.ts';

const time = number(0, 8.64e15);

const attemptCheck = fields<InsightAttempt>({
  id: text({ nonEmpty: true }),
  trainee: fields<InsightTrainee>({
    id: text(),
    name: nullable(text()),
    component: nullable(oneOf(COMPONENTS)),
    sex: nullable(oneOf(SEXES)),
    cohort: nullable(text()),
  }),
  scenarioId: text({ nonEmpty: true }),
  scenarioVersion: text(),
  mode: oneOf(ATTEMPT_MODES),
  startedAt: time,
  endedAt: nullable(time),
  status: oneOf(['completed', 'unfinished']),
  decisions: listOf(decisionCheck),
  passed: nullable(boolean),
  percent: nullable(number(0, 100)),
  levels: listOf(fields<InsightLevel>({ criterion: text(), level: nullable(oneOf(LEVELS)) })),
  seed: nullable(integer()),
  unverified: boolean,
  partial: boolean,
  sources: listOf(oneOf(INSIGHT_SOURCES)),
});

const byReason = (check: Check) =>
  fields<Record<SkipReason, unknown>>(
    Object.fromEntries(SKIP_REASONS.map((r) => [r, check])) as Record<SkipReason, Check>,
  );

const rebuiltCheck = fields<Rebuilt>({
  attempts: listOf(attemptCheck),
  report: fields<RebuildReport>({
    statements: integer(0),
    used: integer(0),
    voidings: integer(0),
    skipped: byReason(integer(0)),
    examples: byReason(listOf(text())),
    partial: listOf(text()),
  }),
});

/** The snapshot when it has the shape of a rebuild's result; null otherwise. */
export function checkRebuilt(value: unknown): Rebuilt | null {
  const problems: string[] = [];
  rebuiltCheck(value, 'rebuilt', problems);
  return problems.length === 0 ? (value as Rebuilt) : null;
}
