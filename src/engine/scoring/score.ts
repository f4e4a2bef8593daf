/**
 * Scoring: a pure function from the decisions of an attempt and the scenario's rubric to a result per criterion
 * and overall. A criterion's level is its weakest evidenced moment; percentages are against the best achievable.
 */
import type { BestAchievable, Catalogue, Rubric } from '../content/types.ts';
import type { Level } from '../tags/vocabulary.ts';
import type { Decision } from './decision.ts';

export interface CriterionResult {
  id: string;
  weight: number;
  /** null: not observed on this path. */
  level: Level | null;
  points: number;
  /** weight × best achievable level. */
  maxPoints: number;
  best: Level | null;
  /** Seq numbers of the choices that set the level. */
  deciding: number[];
  /** Seq numbers of choices that broke this criterion critically. */
  criticalAt: number[];
}

export interface ScoreResult {
  criteria: CriterionResult[];
  points: number;
  maxPoints: number;
  /** 0–100, rounded to a whole number. */
  percent: number;
  passMark: number;
  passed: boolean;
  criticalErrors: { criterion: string; seq: number }[];
}

export function score(decisions: readonly Decision[], rubric: Rubric, best: BestAchievable): ScoreResult {
  const criteria = rubric.criteria.map(({ id, weight }): CriterionResult => {
    let level: Level | null = null;
    let deciding: number[] = [];
    for (const d of decisions) {
      for (const e of d.evidence) {
        if (e.criterion !== id) continue;
        if (level === null || e.level < level) {
          level = e.level;
          deciding = [d.seq];
        } else if (e.level === level && !deciding.includes(d.seq)) {
          deciding.push(d.seq);
        }
      }
    }
    const bestLevel = best[id] ?? null;
    return {
      id,
      weight,
      level,
      points: weight * (level ?? 0),
      maxPoints: weight * (bestLevel ?? 0),
      best: bestLevel,
      deciding,
      criticalAt: decisions.filter((d) => d.critical.includes(id)).map((d) => d.seq),
    };
  });
  const points = criteria.reduce((s, c) => s + c.points, 0);
  const maxPoints = criteria.reduce((s, c) => s + c.maxPoints, 0);
  const percent = maxPoints === 0 ? 0 : Math.round((100 * points) / maxPoints);
  const criticalErrors = criteria.flatMap((c) => c.criticalAt.map((seq) => ({ criterion: c.id, seq })));
  return {
    criteria,
    points,
    maxPoints,
    percent,
    passMark: rubric.passMark,
    passed: percent >= rubric.passMark && criticalErrors.length === 0,
    criticalErrors,
  };
}

/** The catalogue entry for each rubric criterion, in rubric order. */
export function rubricCriteria(rubric: Rubric, catalogue: Catalogue) {
  const byId = new Map(catalogue.criteria.map((c) => [c.id, c]));
  return rubric.criteria.map((r) => {
    const criterion = byId.get(r.id);
    if (!criterion) throw new Error(`criterion ${r.id} is not in the catalogue`);
    return criterion;
  });
}
