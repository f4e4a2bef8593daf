/** The refresher's result: per criterion practised, the level before (last time) and now. Pure. */
import type { ScoreResult } from '../scoring/score.ts';
import type { Level } from '../tags/vocabulary.ts';

export interface CriterionChange {
  criterion: string;
  /** Level the last time before this refresher; null if never practised. */
  before: Level | null;
  /** Level in this refresher (the weakest, if two snaps practised it); null if not observed. */
  now: Level | null;
  /** now − before, when both are known. */
  change: number | null;
}

export function refresherChanges(
  baseline: Readonly<Record<string, Level | null>>,
  results: readonly ScoreResult[],
): CriterionChange[] {
  const now = new Map<string, Level | null>();
  for (const r of results) {
    for (const c of r.criteria) {
      const known = now.get(c.id);
      if (known === undefined || known === null || (c.level !== null && c.level < known))
        now.set(c.id, c.level);
    }
  }
  return [...now].map(([criterion, level]) => {
    const before = baseline[criterion] ?? null;
    return {
      criterion,
      before,
      now: level,
      change: before === null || level === null ? null : level - before,
    };
  });
}
