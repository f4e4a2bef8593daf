/** Moving records between devices: a JSON bundle with an integrity digest, and a merge that loses nothing. */
export { BUNDLE_FORMAT, BUNDLE_VERSION, exportBundle, parseBundle } from './bundle';
export type { Bundle, ParsedBundle } from './bundle';
export { BUNDLE_MESSAGES, bundleMessage } from './messages';
export type { BundleProblem } from './messages';
export { importBundle } from './import';
export type { ImportContext, ImportOutcome } from './import';
export { authenticity } from './bundle';
export type { Authenticity, BundleSignature } from './bundle';
export { cohortKeyOfCode, newCohortKey, parseCohortKeys } from './cohort-key';
export type { CohortKey } from './cohort-key';
export { meaningMessage } from './messages';
export type { MeaningProblem } from './meaning';
export { planMerge } from './merge';
export { mergeBundle } from './merge';
export type { MergeConflict, MergeCounts, MergeReport, MergeResult } from './merge';
export { recordSetProblems } from './schema';
export type { RecordSet } from './schema';
