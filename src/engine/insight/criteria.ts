/**
 * Per criterion: how the levels fall over the attempts, and, per trainee, the level in their first attempt that
 * showed the criterion against the level in their latest one. An attempt counts when it is completed and whole
 * (a partial LRS chain has no levels); a level is the scoring's, the weakest moment of the attempt on that
 * criterion. Criteria come weakest first (by mean level over the attempts), as in the cohort summary. Pure.
 */
import { criterionText } from '../content/localize.ts';
import type { Catalogue } from '../content/types.ts';
import type { Level } from '../tags/vocabulary.ts';
import type { InsightAttempt } from './insight-attempt.ts';

/** Counts at level 0 (harmful), 1 (developing), 2 (competent) and 3 (exemplary). */
export type LevelCounts = [number, number, number, number];

export interface CriterionView {
  criterion: string;
  title: string;
  critical: boolean;
  /** Over attempts: each level, and attempts whose path did not show the criterion. */
  attempts: { levels: LevelCounts; notObserved: number; mean: number | null };
  /** Trainees with at least one attempt showing it. */
  trainees: number;
  /** Each trainee's first and latest level on it (the same attempt for a trainee with one). */
  first: LevelCounts;
  latest: LevelCounts;
  /** Trainees with two or more attempts showing it, by how their latest compares with their first. */
  repeated: { trainees: number; improved: number; same: number; declined: number };
}

const zero = (): LevelCounts => [0, 0, 0, 0];

function meanOf(levels: LevelCounts): number | null {
  const n = levels.reduce((s, c) => s + c, 0);
  return n === 0 ? null : levels.reduce((s, c, l) => s + c * l, 0) / n;
}

/** `attempts` already filtered (filter.ts). */
export function criteriaView(
  attempts: readonly InsightAttempt[],
  catalogue: Catalogue,
  language = 'en',
): CriterionView[] {
  const scored = attempts
    .filter((a) => a.status === 'completed' && !a.partial && a.levels.length > 0)
    .sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
  const byCriterion = new Map<
    string,
    { levels: LevelCounts; notObserved: number; path: Map<string, Level[]> }
  >();
  for (const a of scored) {
    for (const { criterion, level } of a.levels) {
      let c = byCriterion.get(criterion);
      if (!c) {
        c = { levels: zero(), notObserved: 0, path: new Map() };
        byCriterion.set(criterion, c);
      }
      if (level === null) {
        c.notObserved += 1;
        continue;
      }
      c.levels[level] += 1;
      const mine = c.path.get(a.trainee.id);
      if (mine) mine.push(level);
      else c.path.set(a.trainee.id, [level]);
    }
  }
  const known = new Map(catalogue.criteria.map((c) => [c.id, c]));
  const views = [...byCriterion].map(([criterion, c]): CriterionView => {
    const first = zero();
    const latest = zero();
    const repeated = { trainees: 0, improved: 0, same: 0, declined: 0 };
    for (const levels of c.path.values()) {
      const f = levels[0];
      const l = levels[levels.length - 1];
      if (f === undefined || l === undefined) continue;
      first[f] += 1;
      latest[l] += 1;
      if (levels.length < 2) continue;
      repeated.trainees += 1;
      if (l > f) repeated.improved += 1;
      else if (l < f) repeated.declined += 1;
      else repeated.same += 1;
    }
    const entry = known.get(criterion);
    return {
      criterion,
      title: entry ? criterionText(entry, language).title : criterion,
      critical: entry?.critical ?? false,
      attempts: { levels: c.levels, notObserved: c.notObserved, mean: meanOf(c.levels) },
      trainees: c.path.size,
      first,
      latest,
      repeated,
    };
  });
  return views.sort(
    (a, b) => (a.attempts.mean ?? 4) - (b.attempts.mean ?? 4) || a.criterion.localeCompare(b.criterion),
  );
}
