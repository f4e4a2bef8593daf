/**
 * All the insight views at once, for the trainer area: the decision points' catalogues are built once from every
 * merged attempt (so a point keeps its number whatever the filter), then each view is computed from the attempts
 * the filter keeps. Pure.
 */
import type { Catalogue, Scenario } from '../content/types.ts';
import { criteriaView } from './criteria.ts';
import type { CriterionView } from './criteria.ts';
import { decisionPointsView } from './decision-points.ts';
import type { DecisionPointsView } from './decision-points.ts';
import { discriminationView } from './discrimination.ts';
import type { DiscriminationView } from './discrimination.ts';
import { filterInsight } from './filter.ts';
import type { InsightFilter } from './filter.ts';
import type { InsightAttempt } from './insight-attempt.ts';
import { pointCatalogue } from './point-catalogue.ts';
import type { PointCatalogue } from './point-catalogue.ts';
import { teachTomorrow } from './teach-tomorrow.ts';
import type { TeachItem } from './teach-tomorrow.ts';

export interface InsightContent {
  /** Playable scenarios (their stories are replayed to find the choices on offer). */
  scenarios: readonly Scenario[];
  catalogue: Catalogue;
  language?: string;
}

export interface Insight {
  filter: InsightFilter;
  /** Attempts the filter kept. */
  attempts: number;
  /** One per scenario with attempts in the filter, in the order of `content.scenarios`. */
  points: DecisionPointsView[];
  criteria: CriterionView[];
  discrimination: DiscriminationView[];
  teach: TeachItem[];
}

/** The decision points of every scenario that has attempts, by scenario id. */
export function insightCatalogues(
  attempts: readonly InsightAttempt[],
  content: InsightContent,
): Map<string, PointCatalogue> {
  const played = new Set(attempts.map((a) => a.scenarioId));
  return new Map(
    content.scenarios
      .filter((s) => played.has(s.id))
      .map((s) => [s.id, pointCatalogue(s, attempts, content.catalogue, content.language)]),
  );
}

export function computeInsight(
  attempts: readonly InsightAttempt[],
  filter: InsightFilter,
  catalogues: ReadonlyMap<string, PointCatalogue>,
  content: InsightContent,
): Insight {
  const kept = filterInsight(attempts, filter);
  const shown = new Set(kept.map((a) => a.scenarioId));
  const catalogued = [...catalogues.values()].filter((c) => shown.has(c.scenarioId));
  const points = catalogued.map((c) => decisionPointsView(c, kept));
  return {
    filter,
    attempts: kept.length,
    points,
    criteria: criteriaView(kept, content.catalogue, content.language),
    discrimination: catalogued.map((c) => discriminationView(c, kept)),
    teach: teachTomorrow(points, content.catalogue, content.language),
  };
}
