/**
 * One list of attempts from the three places a trainer's records come from: this device, bundles from other
 * devices (not yet imported, or imported: an imported one is on the device too) and the LRS. An attempt has the
 * same id (its registration) everywhere, so each is counted once, whatever number of places hold it, and keeps
 * the list of those places.
 *
 * When places disagree, the most advanced record is kept: a completed one over an unfinished one, a whole chain
 * over a partial one, then the device's over a bundle's over the LRS's (they hold the seed and the scored result).
 * What the kept record does not know (the seed, the trainee's details) is taken from the others. Two records of
 * one id naming another trainee or scenario, or another verdict, are reported as conflicts. Pure.
 */
import { attemptMode, isVerified } from '../records/attempt.ts';
import type { Attempt } from '../records/attempt.ts';
import type { Profile } from '../records/profile.ts';
import { INSIGHT_SOURCES } from './insight-attempt.ts';
import type { InsightAttempt, InsightSource, InsightTrainee } from './insight-attempt.ts';

export interface RecordSetInput {
  profiles: readonly Profile[];
  attempts: readonly Attempt[];
}

export interface MergeInput {
  device?: RecordSetInput;
  bundles?: readonly RecordSetInput[];
  /** Attempts rebuilt from the LRS (rebuild.ts). */
  lrs?: readonly InsightAttempt[];
}

export interface MergeConflict {
  id: string;
  /** Why the records of this id disagree (English; for the trainer's technical detail). */
  message: string;
}

export interface InsightMergeReport {
  /** Attempts each place held (one held in two places counts in both). */
  bySource: Record<InsightSource, number>;
  /** Distinct attempts after the merge. */
  attempts: number;
  /** Attempts held in more than one place. */
  inSeveral: number;
  conflicts: MergeConflict[];
}

/** A device or bundle record in the insight shape. */
export function insightAttemptOf(
  a: Attempt,
  profile: Profile | undefined,
  source: InsightSource,
): InsightAttempt {
  const completed = a.status === 'completed';
  return {
    id: a.id,
    trainee: {
      id: a.profileId,
      name: profile?.name ?? null,
      component: profile?.component ?? null,
      sex: profile?.sex ?? null,
      cohort: profile?.cohort ?? null,
    },
    scenarioId: a.scenarioId,
    scenarioVersion: a.scenarioVersion,
    mode: attemptMode(a),
    startedAt: a.startedAt,
    endedAt: a.endedAt,
    status: completed ? 'completed' : 'unfinished',
    decisions: [...a.decisions].sort((x, y) => x.seq - y.seq),
    passed: completed ? (a.result?.passed ?? null) : null,
    percent: completed ? (a.result?.percent ?? null) : null,
    levels: completed ? (a.result?.criteria.map((c) => ({ criterion: c.id, level: c.level })) ?? []) : [],
    seed: a.seed,
    unverified: !isVerified(a),
    partial: false,
    sources: [source],
  };
}

function fromRecords(set: RecordSetInput, source: InsightSource): InsightAttempt[] {
  const profiles = new Map(set.profiles.map((p) => [p.id, p]));
  return set.attempts.map((a) => insightAttemptOf(a, profiles.get(a.profileId), source));
}

const rank = (a: InsightAttempt): number[] => [
  a.status === 'completed' ? 0 : 1,
  a.partial ? 1 : 0,
  INSIGHT_SOURCES.indexOf(a.sources[0] ?? 'lrs'),
];

function better(a: InsightAttempt, b: InsightAttempt): boolean {
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) < (rb[i] ?? 0);
  return false;
}

function fillTrainee(kept: InsightTrainee, other: InsightTrainee): InsightTrainee {
  return {
    id: kept.id,
    name: kept.name ?? other.name,
    component: kept.component ?? other.component,
    sex: kept.sex ?? other.sex,
    cohort: kept.cohort ?? other.cohort,
  };
}

export function mergeInsightAttempts(input: MergeInput): {
  attempts: InsightAttempt[];
  report: InsightMergeReport;
} {
  const all = [
    ...(input.device ? fromRecords(input.device, 'device') : []),
    ...(input.bundles ?? []).flatMap((b) => fromRecords(b, 'bundle')),
    ...(input.lrs ?? []).map((a): InsightAttempt => ({ ...a, sources: ['lrs'] })),
  ];
  const bySource: Record<InsightSource, number> = { device: 0, bundle: 0, lrs: 0 };
  const byId = new Map<string, InsightAttempt[]>();
  for (const a of all) {
    const list = byId.get(a.id);
    if (list) {
      // The same place holding an id twice (two bundles with the same attempt) counts that place once.
      if (!list.some((b) => b.sources[0] === a.sources[0])) bySource[a.sources[0] ?? 'lrs'] += 1;
      list.push(a);
    } else {
      bySource[a.sources[0] ?? 'lrs'] += 1;
      byId.set(a.id, [a]);
    }
  }

  const conflicts: MergeConflict[] = [];
  const attempts: InsightAttempt[] = [];
  let inSeveral = 0;
  for (const [id, records] of byId) {
    const kept = records.reduce((best, r) => (better(r, best) ? r : best));
    const sources = INSIGHT_SOURCES.filter((s) => records.some((r) => r.sources[0] === s));
    if (sources.length > 1) inSeveral += 1;
    let trainee = kept.trainee;
    let seed = kept.seed;
    for (const r of records) {
      if (r === kept) continue;
      if (r.trainee.id !== kept.trainee.id || r.scenarioId !== kept.scenarioId) {
        conflicts.push({ id, message: `the ${r.sources[0]} record names another trainee or scenario` });
        continue;
      }
      if (r.passed !== null && kept.passed !== null && r.passed !== kept.passed)
        conflicts.push({ id, message: `the ${r.sources[0]} record has another verdict` });
      trainee = fillTrainee(trainee, r.trainee);
      seed = seed ?? r.seed;
    }
    attempts.push({ ...kept, trainee, seed, sources });
  }
  attempts.sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { attempts, report: { bySource, attempts: attempts.length, inSeveral, conflicts } };
}
