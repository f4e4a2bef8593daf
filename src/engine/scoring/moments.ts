/**
 * The moments that mattered: the few decisions of an attempt that a debrief puts first. Critical errors come first,
 * in the order they were made; then the weakest decisions (harmful before developing), in the order they were made
 * within a level; at most three. A decision at competent or exemplary level on every criterion it showed does not
 * matter in this sense, so an attempt where all went well has none.
 */
import { isWeak } from '../tags/vocabulary.ts';
import type { Level } from '../tags/vocabulary.ts';
import type { Decision } from './decision.ts';
import type { ScoreResult } from './score.ts';

export interface Moment {
  /** The decision's seq (1-based order in the attempt). */
  seq: number;
  /**
   * The rubric criterion the decision matters for: the one it broke critically, else the one it showed at its
   * lowest level (ties: rubric order).
   */
  criterion: string;
  /** The level the decision showed on that criterion; null when a critical choice carries no evidence for it. */
  level: Level | null;
  critical: boolean;
}

/** How many moments a debrief shows. */
export const MOMENTS_SHOWN = 3;

/** The decision's lowest level on a criterion, or null when it gave no evidence for it. */
function levelOn(decision: Decision, criterion: string): Level | null {
  let level: Level | null = null;
  for (const e of decision.evidence) {
    if (e.criterion === criterion && (level === null || e.level < level)) level = e.level;
  }
  return level;
}

/**
 * Picks the moments that mattered among an attempt's decisions, judged on the criteria of its scored result (a
 * criterion outside the rubric does not count). One moment per decision.
 */
export function momentsThatMattered(
  decisions: readonly Decision[],
  result: Pick<ScoreResult, 'criteria'>,
  limit = MOMENTS_SHOWN,
): Moment[] {
  const rubricOrder = new Map(result.criteria.map((c, i) => [c.id, i]));
  const inRubric = (criterion: string) => rubricOrder.has(criterion);
  const byRubric = (a: string, b: string) => (rubricOrder.get(a) ?? 0) - (rubricOrder.get(b) ?? 0);

  const critical: Moment[] = [];
  const weak: (Moment & { level: Level })[] = [];
  for (const d of [...decisions].sort((a, b) => a.seq - b.seq)) {
    const broken = d.critical.filter(inRubric).sort(byRubric)[0];
    if (broken !== undefined) {
      critical.push({ seq: d.seq, criterion: broken, level: levelOn(d, broken), critical: true });
      continue;
    }
    const weakest = d.evidence
      .filter((e) => inRubric(e.criterion) && isWeak(e.level))
      .sort((a, b) => a.level - b.level || byRubric(a.criterion, b.criterion))[0];
    if (weakest)
      weak.push({ seq: d.seq, criterion: weakest.criterion, level: weakest.level, critical: false });
  }
  // Stable sort: within a level, the decisions stay in the order they were made.
  weak.sort((a, b) => a.level - b.level);
  return [...critical, ...weak].slice(0, Math.max(0, limit));
}
