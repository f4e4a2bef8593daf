/** Exports of attempts and decisions for trainers: CSV for spreadsheets, xAPI statements for an LRS. */
export { attemptsCsv } from './attempts-csv.ts';
export { decisionsCsv } from './decisions-csv.ts';
export type { ExportInput, ScenarioMeta } from './input.ts';
export { DEFAULT_XAPI_OPTIONS, xapiStatements, xapiStatementsEach } from './xapi.ts';
export type { SkippedAttempt, SkipReason, XapiOptions } from './xapi.ts';
export type { XapiStatement } from './xapi-types.ts';
