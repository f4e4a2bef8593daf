/**
 * What the trainer sees of a cohort: attempts filtered by cohort, scenario, date and outcome, and per criterion
 * how the cohort did, worst first, with counts disaggregated by sex and by component as the guidance asks of
 * training data (seed 004, L423). Pure.
 */
import type { Catalogue } from '../content/types.ts';
import { attemptMode } from '../records/attempt.ts';
import type { Attempt, AttemptMode } from '../records/attempt.ts';
import { COMPONENTS, SEXES } from '../records/profile.ts';
import type { Component, Profile, Sex } from '../records/profile.ts';

export interface AttemptFilter {
  cohort?: string;
  scenarioId?: string;
  /** Inclusive, epoch ms. */
  from?: number;
  to?: number;
  outcome?: 'passed' | 'failed' | 'unfinished';
  /** Course attempts or in-mission refresher attempts. */
  mode?: AttemptMode;
}

export function filterAttempts(
  attempts: readonly Attempt[],
  profiles: readonly Profile[],
  f: AttemptFilter,
): Attempt[] {
  const cohortOf = new Map(profiles.map((p) => [p.id, p.cohort ?? '']));
  return attempts
    .filter((a) => f.cohort === undefined || cohortOf.get(a.profileId) === f.cohort)
    .filter((a) => f.scenarioId === undefined || a.scenarioId === f.scenarioId)
    .filter((a) => f.mode === undefined || attemptMode(a) === f.mode)
    .filter((a) => f.from === undefined || a.startedAt >= f.from)
    .filter((a) => f.to === undefined || a.startedAt <= f.to)
    .filter((a) => {
      if (f.outcome === undefined) return true;
      if (f.outcome === 'unfinished') return a.status !== 'completed';
      return a.status === 'completed' && a.result?.passed === (f.outcome === 'passed');
    })
    .sort((a, b) => b.startedAt - a.startedAt);
}

export interface Tally {
  /** Attempts in which the criterion was observed. */
  n: number;
  /** Mean level 0–3 over those, or null when none. */
  mean: number | null;
}

export interface CriterionSummary {
  id: string;
  title: string;
  critical: boolean;
  overall: Tally;
  /** Share of observed attempts at level 0 or 1 (harmful or developing). */
  weakShare: number | null;
  notObserved: number;
  criticalErrors: number;
  bySex: Record<Sex, Tally>;
  byComponent: Record<Component, Tally>;
}

function tally(levels: number[]): Tally {
  return {
    n: levels.length,
    mean: levels.length === 0 ? null : levels.reduce((s, l) => s + l, 0) / levels.length,
  };
}

export function criterionSummaries(
  attempts: readonly Attempt[],
  profiles: readonly Profile[],
  catalogue: Catalogue,
): CriterionSummary[] {
  const profileOf = new Map(profiles.map((p) => [p.id, p]));
  const done = attempts.filter((a) => a.status === 'completed' && a.result);
  const assessed = new Set(done.flatMap((a) => a.result?.criteria.map((c) => c.id) ?? []));
  return catalogue.criteria
    .filter((c) => assessed.has(c.id))
    .map((criterion): CriterionSummary => {
      const observed: { level: number; sex: Sex; component: Component }[] = [];
      let notObserved = 0;
      let criticalErrors = 0;
      for (const a of done) {
        const r = a.result?.criteria.find((c) => c.id === criterion.id);
        if (!r) continue;
        criticalErrors += r.criticalAt.length;
        const p = profileOf.get(a.profileId);
        if (r.level === null) notObserved += 1;
        else
          observed.push({ level: r.level, sex: p?.sex ?? 'unstated', component: p?.component ?? 'civilian' });
      }
      const levels = observed.map((o) => o.level);
      return {
        id: criterion.id,
        title: criterion.title,
        critical: criterion.critical,
        overall: tally(levels),
        weakShare: levels.length === 0 ? null : levels.filter((l) => l <= 1).length / levels.length,
        notObserved,
        criticalErrors,
        bySex: Object.fromEntries(
          SEXES.map((s) => [s, tally(observed.filter((o) => o.sex === s).map((o) => o.level))]),
        ) as Record<Sex, Tally>,
        byComponent: Object.fromEntries(
          COMPONENTS.map((c) => [c, tally(observed.filter((o) => o.component === c).map((o) => o.level))]),
        ) as Record<Component, Tally>,
      };
    })
    .sort((a, b) => (a.overall.mean ?? 4) - (b.overall.mean ?? 4) || a.id.localeCompare(b.id));
}
