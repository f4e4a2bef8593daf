/**
 * Which snap situations a refresher offers next. Pure and deterministic: the same history, time and seed give
 * the same set.
 *
 * The rule (a simple spaced-repetition rule, also in the README):
 * - Each criterion the snaps practise gets a priority from the trainee's latest level on it, L (0–3), and the
 *   days t since that practice: priority = (4 − L) × (1 + min(3, t / 2^L)). Weaker criteria weigh more, and a
 *   criterion grows due as time passes, sooner when it is weak (after 1 day at level 0, 2 at 1, 4 at 2, 8 at 3).
 * - A criterion never practised counts 4, as if at level 2 and one interval overdue: a known weakness comes first.
 * - Criteria are taken by priority (ties by the seed); for each one not yet covered, the snap that covers it and
 *   carries the most priority among uncovered criteria is added (ties: the snap played longest ago, then the
 *   seed). Three snaps; a fourth when a criterion at level 0 or 1 is still uncovered.
 * - With no history on any of these criteria, the set is balanced: one snap from each of three different areas,
 *   chosen by the seed.
 */
import type { Catalogue, ScenarioInfo } from '../content/types.ts';
import { attemptMode } from '../records/attempt.ts';
import type { Attempt } from '../records/attempt.ts';
import { isWeak } from '../tags/vocabulary.ts';
import type { Level } from '../tags/vocabulary.ts';
import { seededRandom } from '../random.ts';
import { lastPlayed, practiceHistory } from './history.ts';
import type { Practice } from './history.ts';

export const DAY_MS = 86_400_000;
const NEVER_PRACTISED = 4;
const SET_SIZE = 3;
const MAX_SET_SIZE = 4;

export function priority(practice: Practice | undefined, now: number): number {
  if (!practice) return NEVER_PRACTISED;
  const days = Math.max(0, (now - practice.at) / DAY_MS);
  return (4 - practice.level) * (1 + Math.min(3, days / 2 ** practice.level));
}

export interface RefresherTarget {
  criterion: string;
  level: Level | null;
  practisedAt: number | null;
  priority: number;
}

export interface RefresherPick {
  scenarioId: string;
  /** The criterion this snap was picked for (null in a balanced set). */
  because: string | null;
}

/** What starting a refresher needs: the picks, and the level per criterion before it (for the result). */
export function refresherStart(plan: RefresherPlan): {
  picks: RefresherPick[];
  baseline: Record<string, Level | null>;
} {
  return { picks: plan.picks, baseline: Object.fromEntries(plan.ranking.map((t) => [t.criterion, t.level])) };
}

export interface RefresherPlan {
  /** True when the trainee had no history on these criteria. */
  balanced: boolean;
  picks: RefresherPick[];
  /** Every criterion the snaps practise, highest priority first. */
  ranking: RefresherTarget[];
}

/** What the rule needs of a snap situation. */
export type SnapInfo = Pick<ScenarioInfo, 'id' | 'rubric'>;

export interface PlanInput {
  snaps: readonly SnapInfo[];
  catalogue: Catalogue;
  /** The trainee's attempts, of any scenario. */
  attempts: readonly Attempt[];
  now: number;
  seed: number;
}

export function planRefresher({ snaps, catalogue, attempts, now, seed }: PlanInput): RefresherPlan {
  const random = seededRandom(seed);
  // "What if" practice shows nothing of the trainee's own judgement: only scored attempts count.
  const scored = attempts.filter((a) => attemptMode(a) !== 'practice');
  const history = practiceHistory(scored);
  const covers = new Map(snaps.map((s) => [s.id, s.rubric.criteria.map((c) => c.id)]));
  const criteria = [...new Set([...covers.values()].flat())].sort();
  const tieKey = new Map(criteria.map((c) => [c, random()]));
  const ranking = criteria
    .map((criterion): RefresherTarget => {
      const p = history.get(criterion);
      return {
        criterion,
        level: p?.level ?? null,
        practisedAt: p?.at ?? null,
        priority: priority(p, now),
      };
    })
    .sort((a, b) => b.priority - a.priority || tieKey.get(a.criterion)! - tieKey.get(b.criterion)!);

  const snapKey = new Map([...snaps].sort((a, b) => a.id.localeCompare(b.id)).map((s) => [s.id, random()]));
  if (ranking.every((t) => t.level === null)) {
    return { balanced: true, picks: balancedSet(snaps, catalogue, snapKey), ranking };
  }

  const played = lastPlayed(scored);
  const priorityOf = new Map(ranking.map((t) => [t.criterion, t]));
  const picks: RefresherPick[] = [];
  const covered = new Set<string>();
  for (const target of ranking) {
    if (picks.length === MAX_SET_SIZE) break;
    if (covered.has(target.criterion)) continue;
    // A fourth snap only for a criterion still weak (level 0 or 1).
    if (picks.length >= SET_SIZE && !(target.level !== null && isWeak(target.level))) continue;
    const value = (id: string) =>
      (covers.get(id) ?? [])
        .filter((c) => !covered.has(c))
        .reduce((sum, c) => sum + (priorityOf.get(c)?.priority ?? 0), 0);
    const candidates = snaps
      .filter(
        (s) => !picks.some((p) => p.scenarioId === s.id) && covers.get(s.id)?.includes(target.criterion),
      )
      .map((s) => ({ id: s.id, value: value(s.id), played: played.get(s.id) ?? -Infinity }))
      .sort((a, b) => b.value - a.value || a.played - b.played || snapKey.get(a.id)! - snapKey.get(b.id)!);
    const chosen = candidates[0];
    if (!chosen) continue;
    picks.push({ scenarioId: chosen.id, because: target.criterion });
    for (const c of covers.get(chosen.id) ?? []) covered.add(c);
  }
  return { balanced: false, picks, ranking };
}

/** One snap from each of three areas (areas and snaps in seeded order). */
function balancedSet(
  snaps: readonly SnapInfo[],
  catalogue: Catalogue,
  snapKey: Map<string, number>,
): RefresherPick[] {
  const areaOf = new Map(catalogue.criteria.map((c) => [c.id, c.area]));
  const byArea = new Map<string, SnapInfo[]>();
  for (const s of snaps) {
    const area = areaOf.get(s.rubric.criteria[0]?.id ?? '') ?? '';
    byArea.set(area, [...(byArea.get(area) ?? []), s]);
  }
  const order = (list: SnapInfo[]) => [...list].sort((a, b) => snapKey.get(a.id)! - snapKey.get(b.id)!);
  const groups = [...byArea.values()]
    .map(order)
    .sort((a, b) => snapKey.get(a[0]!.id)! - snapKey.get(b[0]!.id)!);
  const picks: RefresherPick[] = [];
  // Round-robin over areas, so that with fewer than three areas the set is still full.
  for (let round = 0; picks.length < SET_SIZE; round++) {
    const before = picks.length;
    for (const group of groups) {
      const snap = group[round];
      if (snap && picks.length < SET_SIZE) picks.push({ scenarioId: snap.id, because: null });
    }
    if (picks.length === before) break;
  }
  return picks;
}
