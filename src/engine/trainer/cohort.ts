/**
 * What the trainer sees of a cohort: attempts filtered by cohort, scenario, date and outcome, and per criterion
 * how the cohort did, worst first, with counts disaggregated by sex and by component as the guidance asks of
 * training data (seed 004, L423). An attempt whose profile is missing is counted apart, as unknown, never as
 * some sex or component. Pure.
 */
import { criterionText } from '../content/localize.ts';
import type { Catalogue } from '../content/types.ts';
import { attemptMode, isTraineesOwn } from '../records/attempt.ts';
import type { Attempt, AttemptMode } from '../records/attempt.ts';
import { COMPONENTS, SEXES } from '../records/profile.ts';
import type { Component, Profile, Sex } from '../records/profile.ts';
import { isWeak } from '../tags/vocabulary.ts';

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
  /** Share of observed attempts at a weak level (0 or 1: harmful or developing). */
  weakShare: number | null;
  /** The cohort's mean on it is weak. */
  weak: boolean;
  notObserved: number;
  criticalErrors: number;
  bySex: Record<Sex, Tally>;
  byComponent: Record<Component, Tally>;
  /** Attempts whose profile is missing: in neither `bySex` nor `byComponent`. */
  unknownProfile: Tally;
}

function tally(levels: number[]): Tally {
  return {
    n: levels.length,
    mean: levels.length === 0 ? null : levels.reduce((s, l) => s + l, 0) / levels.length,
  };
}

/** Titles are in `language` where the catalogue has it (English otherwise); the order does not depend on it. */
export function criterionSummaries(
  attempts: readonly Attempt[],
  profiles: readonly Profile[],
  catalogue: Catalogue,
  language = 'en',
): CriterionSummary[] {
  const profileOf = new Map(profiles.map((p) => [p.id, p]));
  // Practice ("what if I had…") and a group's classroom session are never in the cohort's figures, whatever the
  // filter: neither is one trainee's own judgement.
  const done = attempts.filter((a) => a.status === 'completed' && a.result && isTraineesOwn(a));
  const assessed = new Set(done.flatMap((a) => a.result?.criteria.map((c) => c.id) ?? []));
  return catalogue.criteria
    .filter((c) => assessed.has(c.id))
    .map((criterion): CriterionSummary => {
      const observed: { level: number; profile: Profile | undefined }[] = [];
      let notObserved = 0;
      let criticalErrors = 0;
      for (const a of done) {
        const r = a.result?.criteria.find((c) => c.id === criterion.id);
        if (!r) continue;
        criticalErrors += r.criticalAt.length;
        if (r.level === null) notObserved += 1;
        else observed.push({ level: r.level, profile: profileOf.get(a.profileId) });
      }
      const levels = observed.map((o) => o.level);
      const levelsOf = (has: (p: Profile) => boolean) =>
        tally(observed.flatMap((o) => (o.profile && has(o.profile) ? [o.level] : [])));
      const overall = tally(levels);
      return {
        id: criterion.id,
        title: criterionText(criterion, language).title,
        critical: criterion.critical,
        overall,
        weakShare: levels.length === 0 ? null : levels.filter(isWeak).length / levels.length,
        weak: overall.mean !== null && isWeak(overall.mean),
        notObserved,
        criticalErrors,
        bySex: Object.fromEntries(SEXES.map((s) => [s, levelsOf((p) => p.sex === s)])) as Record<Sex, Tally>,
        byComponent: Object.fromEntries(
          COMPONENTS.map((c) => [c, levelsOf((p) => p.component === c)]),
        ) as Record<Component, Tally>,
        unknownProfile: tally(observed.flatMap((o) => (o.profile ? [] : [o.level]))),
      };
    })
    .sort((a, b) => (a.overall.mean ?? 4) - (b.overall.mean ?? 4) || a.id.localeCompare(b.id));
}
