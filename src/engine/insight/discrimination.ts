/**
 * Which decision points separate those who pass from those who do not.
 *
 * How it is computed, per decision point of a scenario:
 *
 * - Each trainee counts once, by their latest completed attempt at the scenario (this version) that has a
 *   verdict; a trainee who failed three times and then passed counts as a passer. Counting people, not attempts,
 *   keeps one trainee who retried many times from weighing as many.
 * - Of those trainees, the ones whose attempt reached the point form two groups: passers and the others.
 * - The best choice there is the one with the highest level that is not a critical error (several when they
 *   tie); a point where no choice is scored has no best choice and is left out.
 * - discrimination = (share of passers who took a best choice) − (share of the others who did), from −1 to 1.
 *   Near 1: passers nearly all took it, the others nearly never. Near 0: the choice does not tell them apart.
 *   Negative: the others took it more often (worth checking the scoring of that point).
 * - margin95 is the half-width of a 95% interval on that difference (normal approximation:
 *   1.96 × √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂)); a difference smaller than it may be chance. The approximation is
 *   poor for small groups and shares near 0 or 1 (it gives 0 when both shares are 0 or 1): hence the minimum.
 *
 * Too few to mean anything: fewer than MIN_GROUP trainees in either group. With n in a group, one trainee moves
 * that group's share by 1/n; below 10 that is more than ten points, and at the worst case (shares near a half)
 * the margin on the difference is ±0.44 at 10 and 10 and wider below, so a difference of 0.4 could come from
 * chance alone. Ten is the smallest group for which a large difference (0.5 or more) is unlikely to be noise,
 * and a cohort of twenty or thirty can reach it; the figures are still given below it, marked.
 */
import type { InsightAttempt } from './insight-attempt.ts';
import type { PointCatalogue } from './point-catalogue.ts';

/** Trainees needed in each group (passers, others) before a discrimination figure means anything. */
export const MIN_GROUP = 10;

export interface GroupShare {
  /** Trainees in the group who reached the point. */
  n: number;
  /** Of those, how many took a best choice. */
  best: number;
  /** best / n; null when n is 0. */
  share: number | null;
}

export interface DiscriminationRow {
  key: string;
  /** 1-based place in the story's order. */
  number: number;
  passers: GroupShare;
  others: GroupShare;
  /** passers.share − others.share; null when a group is empty. */
  discrimination: number | null;
  margin95: number | null;
  tooFew: boolean;
}

export interface DiscriminationView {
  scenarioId: string;
  /** Trainees counted (one latest attempt with a verdict each), passers and others. */
  trainees: number;
  passers: number;
  others: number;
  minGroup: number;
  /** Most discriminating first; figures marked too few after the others. */
  rows: DiscriminationRow[];
}

const shareOf = (n: number, best: number): GroupShare => ({ n, best, share: n === 0 ? null : best / n });

/** `attempts` already filtered (filter.ts). */
export function discriminationView(
  catalogue: PointCatalogue,
  attempts: readonly InsightAttempt[],
): DiscriminationView {
  const latest = new Map<string, InsightAttempt>();
  for (const a of attempts) {
    if (a.scenarioId !== catalogue.scenarioId || a.scenarioVersion !== catalogue.version) continue;
    if (a.status !== 'completed' || a.passed === null) continue;
    const kept = latest.get(a.trainee.id);
    if (!kept || a.startedAt > kept.startedAt || (a.startedAt === kept.startedAt && a.id > kept.id))
      latest.set(a.trainee.id, a);
  }
  const counted = [...latest.values()];
  const rows = catalogue.points.flatMap((point, i): DiscriminationRow[] => {
    if (point.bestLevel === null) return [];
    const best = new Set(
      point.choices.filter((c) => c.critical.length === 0 && c.level === point.bestLevel).map((c) => c.where),
    );
    const wheres = new Set(point.choices.map((c) => c.where));
    const tally = { passers: { n: 0, best: 0 }, others: { n: 0, best: 0 } };
    for (const a of counted) {
      const here = a.decisions.filter((d) => wheres.has(d.where));
      if (here.length === 0) continue;
      const group = a.passed ? tally.passers : tally.others;
      group.n += 1;
      if (here.some((d) => best.has(d.where))) group.best += 1;
    }
    const passers = shareOf(tally.passers.n, tally.passers.best);
    const others = shareOf(tally.others.n, tally.others.best);
    const both = passers.share !== null && others.share !== null;
    return [
      {
        key: point.key,
        number: i + 1,
        passers,
        others,
        discrimination: both ? (passers.share ?? 0) - (others.share ?? 0) : null,
        margin95: both
          ? 1.96 *
            Math.sqrt(
              ((passers.share ?? 0) * (1 - (passers.share ?? 0))) / passers.n +
                ((others.share ?? 0) * (1 - (others.share ?? 0))) / others.n,
            )
          : null,
        tooFew: passers.n < MIN_GROUP || others.n < MIN_GROUP,
      },
    ];
  });
  rows.sort(
    (a, b) =>
      Number(a.tooFew) - Number(b.tooFew) ||
      (b.discrimination ?? -2) - (a.discrimination ?? -2) ||
      a.number - b.number,
  );
  const passers = counted.filter((a) => a.passed).length;
  return {
    scenarioId: catalogue.scenarioId,
    trainees: counted.length,
    passers,
    others: counted.length - passers,
    minGroup: MIN_GROUP,
    rows,
  };
}
