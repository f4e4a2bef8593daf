/** Moving records between devices: a JSON bundle with an integrity digest, and a merge that loses nothing. */
export { BUNDLE_FORMAT, BUNDLE_VERSION, exportBundle, parseBundle } from './bundle';
export type { Bundle, ParsedBundle } from './bundle';
export { BUNDLE_MESSAGES, bundleMessage } from './messages';
export type { BundleProblem } from './messages';
export { importBundle } from './import';
export type { ImportResult } from './import';
export { mergeBundle } from './merge';
export type { MergeConflict, MergeCounts, MergeReport, MergeResult } from './merge';
export { recordSetProblems } from './schema';
export type { RecordSet } from './schema';
