/**
 * Merging imported records into the ones a device holds. Pure: returns new lists and a report, changes nothing.
 *
 * Attempts merge by id. A finished attempt (completed or abandoned) is never overwritten: a different record under
 * its id is a conflict, reported, and the one already here is kept. An attempt still in progress here is replaced
 * by a later state of the same attempt (same start, same decisions so far, then more, or finished). An earlier
 * state arriving after a later one changes nothing. Profiles merge by id; a profile that differs from the one
 * here is a conflict too, since neither says which is newer. Importing the same records twice changes nothing.
 */
import type { Attempt } from '../attempt.ts';
import type { Profile } from '../profile.ts';
import { canonicalJson } from './canonical.ts';
import type { RecordSet } from './schema.ts';

export interface MergeCounts {
  profiles: number;
  attempts: number;
}

export interface MergeConflict {
  kind: 'profile' | 'attempt';
  id: string;
  /** Why the incoming record was not taken, for a trainer. */
  message: string;
}

export interface MergeReport {
  added: MergeCounts;
  /** Already here, or here in a later state. */
  unchanged: MergeCounts;
  /** An in-progress attempt replaced by a later state of itself. */
  updated: MergeCounts;
  conflicts: MergeConflict[];
}

export interface MergeResult extends RecordSet {
  report: MergeReport;
}

type Outcome = 'added' | 'unchanged' | 'updated' | { conflict: string };

export function mergeBundle(existing: RecordSet, incoming: RecordSet): MergeResult {
  const report: MergeReport = {
    added: { profiles: 0, attempts: 0 },
    unchanged: { profiles: 0, attempts: 0 },
    updated: { profiles: 0, attempts: 0 },
    conflicts: [],
  };
  const profiles = mergeById(existing.profiles, incoming.profiles, compareProfiles, (outcome, p) =>
    tally(report, 'profiles', 'profile', p.id, outcome),
  );
  const attempts = mergeById(existing.attempts, incoming.attempts, compareAttempts, (outcome, a) =>
    tally(report, 'attempts', 'attempt', a.id, outcome),
  );
  return { profiles, attempts, report };
}

/**
 * The merge of incoming records into those of the same ids on a device, as writes: only what is added or replaced
 * by a later state. A store applies it inside one transaction that read `existing`, so nothing changes between
 * the read and the writes, and a failure leaves nothing half done.
 */
export function planMerge(
  existing: RecordSet,
  incoming: RecordSet,
): { write: RecordSet; report: MergeReport } {
  const merged = mergeBundle(existing, incoming);
  const before = new Set<unknown>([...existing.profiles, ...existing.attempts]);
  return {
    write: {
      profiles: merged.profiles.filter((p) => !before.has(p)),
      attempts: merged.attempts.filter((a) => !before.has(a)),
    },
    report: merged.report,
  };
}

function tally(
  report: MergeReport,
  key: keyof MergeCounts,
  kind: MergeConflict['kind'],
  id: string,
  outcome: Outcome,
) {
  if (typeof outcome === 'string') report[outcome][key] += 1;
  else report.conflicts.push({ kind, id, message: outcome.conflict });
}

/** Keeps the order of the records here, replacing in place, and appends new ones in the order they came. */
function mergeById<T extends { id: string }>(
  here: readonly T[],
  coming: readonly T[],
  compare: (here: T, coming: T) => Outcome,
  note: (outcome: Outcome, record: T) => void,
): T[] {
  const result = [...here];
  const index = new Map(result.map((r, i) => [r.id, i]));
  for (const record of coming) {
    const at = index.get(record.id);
    if (at === undefined) {
      index.set(record.id, result.push(record) - 1);
      note('added', record);
      continue;
    }
    const outcome = compare(result[at] as T, record);
    if (outcome === 'updated') result[at] = record;
    note(outcome, record);
  }
  return result;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function compareProfiles(here: Profile, coming: Profile): Outcome {
  return same(here, coming)
    ? 'unchanged'
    : {
        conflict: `The profile of ${here.name || here.id} differs from the one on this device; kept this one.`,
      };
}

/** An attempt without its saved story state: a device's own cache, never imported (a resume replays instead). */
const withoutInkState = ({ inkState: _, ...rest }: Attempt) => rest;

function compareAttempts(here: Attempt, coming: Attempt): Outcome {
  if (same(withoutInkState(here), withoutInkState(coming))) return 'unchanged';
  const conflict = {
    conflict: `Attempt ${here.id} differs from the one on this device, which was kept.`,
  };
  const sameAttempt =
    here.profileId === coming.profileId &&
    here.scenarioId === coming.scenarioId &&
    here.scenarioVersion === coming.scenarioVersion &&
    here.startedAt === coming.startedAt;
  if (!sameAttempt) return conflict;
  if (isLaterState(coming, here)) return 'updated';
  if (isLaterState(here, coming)) return 'unchanged';
  // Two in-progress copies at the same decision are one state (their saved ink state may differ in form).
  const sameProgress =
    here.status === 'in-progress' &&
    coming.status === 'in-progress' &&
    same(here.decisions, coming.decisions);
  return sameProgress ? 'unchanged' : conflict;
}

/** Whether `later` is further along than `earlier`, which is in progress: same decisions first, then more, or ended. */
function isLaterState(later: Attempt, earlier: Attempt): boolean {
  if (earlier.status !== 'in-progress') return false;
  const n = earlier.decisions.length;
  if (!same(later.decisions.slice(0, n), earlier.decisions)) return false;
  return later.status !== 'in-progress' ? later.decisions.length >= n : later.decisions.length > n;
}
