/** Exports of attempts and decisions for trainers: CSV for spreadsheets, xAPI statements for an LRS. */
export { attemptsCsv } from './attempts-csv';
export { decisionsCsv } from './decisions-csv';
export type { ExportInput, ScenarioMeta } from './input';
export { DEFAULT_XAPI_OPTIONS, xapiStatements, xapiStatementsEach } from './xapi';
export type { SkippedAttempt, XapiOptions } from './xapi';
export type { XapiStatement } from './xapi-types';
