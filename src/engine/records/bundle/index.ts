/** Moving records between devices: a JSON bundle with an integrity digest, and a merge that loses nothing. */
export { BUNDLE_FORMAT, BUNDLE_VERSION, exportBundle, parseBundle } from './bundle.ts';
export type { Bundle, ParsedBundle } from './bundle.ts';
export type { BundleProblem } from './messages.ts';
export { importBundle } from './import.ts';
export type { ImportContext, ImportOutcome } from './import.ts';
export { authenticity } from './bundle.ts';
export type { Authenticity, BundleSignature } from './bundle.ts';
export { cohortKeyOfCode, newCohortKey, parseCohortKeys } from './cohort-key.ts';
export type { CohortKey } from './cohort-key.ts';
export type { MeaningProblem } from './meaning.ts';
export { planMerge } from './merge.ts';
export { mergeBundle } from './merge.ts';
export type { MergeConflict, MergeCounts, MergeReport, MergeResult } from './merge.ts';
export { recordSetProblems } from './schema.ts';
export type { RecordSet } from './schema.ts';
