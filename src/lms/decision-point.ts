/**
 * How a decision is named when reported to an LMS. A decision's `where` is the ink path of the chosen choice
 * (e.g. `base.0.33`); the choices offered together share the path up to the last part (`base.0`), which names
 * the decision point, and the last part names the choice within it.
 */
import type { Decision } from '../engine/scoring/decision.ts';

export function decisionPoint(where: string): string {
  const cut = where.lastIndexOf('.');
  return cut > 0 ? where.slice(0, cut) : where || 'start';
}

export function choiceId(where: string): string {
  const cut = where.lastIndexOf('.');
  return cut >= 0 ? where.slice(cut + 1) : where;
}

/** The weakest level the decision evidenced, or null when it evidenced no criterion. */
export function lowestLevel(decision: Pick<Decision, 'evidence'>): number | null {
  return decision.evidence.reduce<number | null>(
    (low, e) => (low === null || e.level < low ? e.level : low),
    null,
  );
}

/** Criteria a decision speaks to: evidenced ones, then critically broken ones, each once. */
export function criteriaOf(decision: Pick<Decision, 'evidence' | 'critical'>): string[] {
  return [...new Set([...decision.evidence.map((e) => e.criterion), ...decision.critical])];
}
