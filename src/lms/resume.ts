/**
 * What a launch from an LMS changes in the app, as pure functions: which attempt to resume.
 */
import type { ScenarioInfo } from '../engine/content/types.ts';
import type { LmsResumePoint } from '../engine/ports/lms-connection.ts';
import type { Attempt } from '../engine/records/attempt.ts';
import type { Profile } from '../engine/records/profile.ts';
import type { Decision } from '../engine/scoring/decision.ts';

/**
 * Decisions for a replay from a bare path: only the choice index and the time count; the session machine
 * rebuilds the rest (where, text, evidence) by replaying the story. Times of decisions the device already knew
 * are kept.
 */
export function decisionsFromPath(
  choices: readonly number[],
  known: readonly Decision[],
  now: number,
): Decision[] {
  let common = 0;
  while (common < choices.length && known[common]?.choiceIndex === choices[common]) common += 1;
  return choices.map((choiceIndex, i) => ({
    seq: i + 1,
    where: '',
    choiceIndex,
    choiceText: '',
    at: i < common ? (known[i]?.at ?? now) : now,
    evidence: [],
    critical: [],
  }));
}

const isPrefix = (short: readonly number[], long: readonly number[]) =>
  short.length <= long.length && short.every((c, i) => long[i] === c);

export interface ResumeInput {
  point: LmsResumePoint | null;
  scenario: Pick<ScenarioInfo, 'id' | 'version'>;
  profile: Pick<Profile, 'id' | 'stage'>;
  /** The attempts this device has on record. */
  local: readonly Attempt[];
  appVersion: string;
  newId(): string;
  now(): number;
}

/**
 * The attempt to resume when the LMS launches a scenario, or null to start afresh.
 *
 * The seed identifies an attempt (it is drawn at random when the attempt starts). When this device holds the
 * same attempt, unfinished, and has got at least as far as the LMS's resume point along the same path, the
 * device's copy is newer (or the same) and is resumed as it is. Otherwise the LMS's resume point wins: it was
 * saved later, or on another device. It then continues the device's copy of that attempt if there is one (same
 * registration id, known times), or becomes an attempt of its own.
 */
export function attemptToResume(input: ResumeInput): Attempt | null {
  const { point, scenario, profile } = input;
  if (!point || point.scenarioId !== scenario.id) return null;
  const same = input.local
    .filter(
      (a) =>
        a.status === 'in-progress' &&
        a.profileId === profile.id &&
        a.scenarioId === scenario.id &&
        a.seed === point.seed,
    )
    .sort((a, b) => b.decisions.length - a.decisions.length)[0];
  const now = input.now();
  if (same) {
    const path = same.decisions.map((d) => d.choiceIndex);
    if (isPrefix(point.choices, path)) return same;
    return { ...same, decisions: decisionsFromPath(point.choices, same.decisions, now), inkState: null };
  }
  return {
    id: input.newId(),
    profileId: profile.id,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    appVersion: input.appVersion,
    stage: profile.stage,
    seed: point.seed,
    startedAt: now,
    endedAt: null,
    status: 'in-progress',
    decisions: decisionsFromPath(point.choices, [], now),
    inkState: null,
    ending: null,
    result: null,
  };
}
