/** Trainer insight: attempts rebuilt from an LRS, merged with the device's and bundles', and the views on them. */
export type { InsightAttempt, InsightLevel, InsightSource, InsightTrainee } from './insight-attempt.ts';
export { INSIGHT_SOURCES } from './insight-attempt.ts';
export { createChainBuilder, rebuildAttempts, SKIP_REASONS } from './rebuild.ts';
export type { ChainBuilder, RebuildOptions, RebuildReport, Rebuilt, SkipReason } from './rebuild.ts';
export { rebuildInSlices } from './slices.ts';
export { checkRebuilt } from './rebuilt-check.ts';
export type { SliceOptions } from './slices.ts';
export { insightAttemptOf, mergeInsightAttempts } from './merge.ts';
export type { InsightMergeReport, MergeInput, RecordSetInput } from './merge.ts';
export { COUNTED_MODES, filterInsight } from './filter.ts';
export type { InsightFilter } from './filter.ts';
export { pointCatalogue } from './point-catalogue.ts';
export type { CataloguePoint, PointCatalogue, PointChoice } from './point-catalogue.ts';
export { decisionPointsView } from './decision-points.ts';
export type { ChoiceShare, DecisionPointsView, PointView } from './decision-points.ts';
export { criteriaView } from './criteria.ts';
export type { CriterionView, LevelCounts } from './criteria.ts';
export { discriminationView, MIN_GROUP } from './discrimination.ts';
export type { DiscriminationRow, DiscriminationView, GroupShare } from './discrimination.ts';
export { teachTomorrow, TEACH_COUNT, TEACH_MIN_REACHED } from './teach-tomorrow.ts';
export type { GuidanceReference, TeachItem } from './teach-tomorrow.ts';
export { computeInsight, insightCatalogues } from './insight.ts';
export type { Insight, InsightContent } from './insight.ts';
export {
  citationSource,
  criteriaCsv,
  decisionPointsCsv,
  discriminationCsv,
  teachTomorrowCsv,
} from './insight-csv.ts';
