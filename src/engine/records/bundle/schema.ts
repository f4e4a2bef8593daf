/** The shapes of profiles and attempts in a bundle, checked thoroughly before anything is imported. */
import type { CriterionResult, ScoreResult } from '../../scoring/score.ts';
import type { Decision } from '../../scoring/decision.ts';
import { LEVELS } from '../../tags/vocabulary.ts';
import { ATTEMPT_MODES } from '../attempt.ts';
import type { Attempt, AttemptStatus } from '../attempt.ts';
import { CLASSROOM_PROFILE_ID, MAX_HEAD_COUNT, classroomProblem } from '../classroom.ts';
import type { ClassroomRecord, ClassroomVote } from '../classroom.ts';
import { COMPONENTS, SEXES, STAGES } from '../profile.ts';
import type { Profile } from '../profile.ts';
import { UUID_PATTERN } from '../export/uuid.ts';
import {
  boolean,
  fields,
  integer,
  isObject,
  listOf,
  nullable,
  number,
  oneOf,
  optional,
  pattern,
  text,
} from './checks.ts';
import type { Check } from './checks.ts';

/** A record of every status, so that a new status does not compile until it is accepted here. */
const STATUS: Record<AttemptStatus, true> = { 'in-progress': true, completed: true, abandoned: true };

const id = text({ nonEmpty: true });
const level = oneOf(LEVELS);
/** Milliseconds since the epoch, within what a Date can hold. */
const time = number(0, 8.64e15);

/** A decision as the session records it (also the check of decisions kept in a rebuilt snapshot). */
export const decisionCheck = fields<Decision>({
  seq: integer(1),
  where: text(),
  choiceIndex: integer(0),
  choiceText: text(),
  at: time,
  evidence: listOf(fields<Decision['evidence'][number]>({ criterion: id, level })),
  critical: listOf(id),
});

const criterionResult = fields<CriterionResult>({
  id,
  weight: number(0),
  level: nullable(level),
  points: number(0),
  maxPoints: number(0),
  best: nullable(level),
  deciding: listOf(integer(1)),
  criticalAt: listOf(integer(1)),
});

const scoreResult = fields<ScoreResult>({
  criteria: listOf(criterionResult),
  points: number(0),
  maxPoints: number(0),
  percent: integer(0, 100),
  passMark: number(0, 100),
  passed: boolean,
  criticalErrors: listOf(fields<ScoreResult['criticalErrors'][number]>({ criterion: id, seq: integer(1) })),
});

const classroom = fields<ClassroomRecord>({
  headCount: nullable(integer(1, MAX_HEAD_COUNT)),
  present: listOf(id),
  votes: listOf(
    fields<ClassroomVote>({
      seq: integer(1),
      counts: listOf(integer(0, MAX_HEAD_COUNT)),
      revealed: boolean,
      override: nullable(text({ nonEmpty: true })),
    }),
  ),
});

export const profileCheck: Check = fields<Profile>({
  id,
  name: text(),
  serviceNumber: text(),
  component: oneOf(COMPONENTS),
  sex: oneOf(SEXES),
  country: text(),
  mission: text(),
  stage: oneOf(STAGES),
  // Any text: a language the course does not have reads as English wherever it is used.
  language: text(),
  cohort: optional(text()),
});

export const attemptCheck: Check = fields<Attempt>(
  {
    // The registration id becomes xAPI's context.registration, which must be a UUID.
    id: pattern(UUID_PATTERN, 'a UUID'),
    profileId: id,
    scenarioId: id,
    scenarioVersion: text(),
    appVersion: text(),
    stage: oneOf(STAGES),
    mode: optional(oneOf(ATTEMPT_MODES)),
    seed: number(),
    startedAt: time,
    endedAt: nullable(time),
    status: oneOf(Object.keys(STATUS)),
    decisions: listOf(decisionCheck),
    inkState: nullable(text()),
    ending: nullable(text()),
    result: nullable(scoreResult),
    unverified: optional(boolean),
    classroom: optional(classroom),
  },
  (a, path) => {
    const problems: string[] = [];
    if (a.endedAt !== null && a.endedAt < a.startedAt) problems.push(`${path} ends before it starts`);
    if (a.status === 'completed' && (a.endedAt === null || a.result === null)) {
      problems.push(`${path} is completed but has no end time or no result`);
    }
    const outOfOrder = a.decisions.findIndex((d, i) => d.seq !== i + 1);
    if (outOfOrder >= 0) problems.push(`${path}.decisions[${outOfOrder}].seq must be ${outOfOrder + 1}`);
    // A classroom is the group's: its votes, and no trainee's profile; anything else has neither.
    const group = a.mode === 'classroom';
    if (group !== (a.classroom !== undefined)) {
      problems.push(`${path}.classroom must be there exactly when the mode is "classroom"`);
    } else if (group !== (a.profileId === CLASSROOM_PROFILE_ID)) {
      problems.push(
        `${path}.profileId must be "${CLASSROOM_PROFILE_ID}" exactly when the mode is "classroom"`,
      );
    } else if (a.classroom) {
      const problem = classroomProblem(a.classroom, a.decisions);
      if (problem) problems.push(`${path}.classroom does not fit its decisions: ${problem.why}`);
    }
    return problems;
  },
);

export interface RecordSet {
  profiles: Profile[];
  attempts: Attempt[];
}

/** Problems with a payload's shape; empty when every profile and attempt is well formed and ids are unique. */
export function recordSetProblems(payload: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(payload)) return ['the payload must be an object holding profiles and attempts'];
  listOf(profileCheck)(payload.profiles, 'profiles', problems);
  listOf(attemptCheck)(payload.attempts, 'attempts', problems);
  if (problems.length > 0) return problems;
  const set = payload as unknown as RecordSet;
  problems.push(...duplicates(set.profiles, 'profile'), ...duplicates(set.attempts, 'attempt'));
  return problems;
}

function duplicates(items: { id: string }[], what: string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { id } of items) (seen.has(id) ? repeated : seen).add(id);
  // Two different records under one id would make the import ambiguous.
  return [...repeated].map((x) => `${what} ${x} appears more than once`);
}
