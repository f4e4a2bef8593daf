/**
 * Command-line export for training cells: reads records bundles from several devices, merges them, and writes
 * the same CSV and xAPI files the app writes, with the same functions. Run `npm run records:export -- --help`.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseBundle } from '../../src/engine/records/bundle/bundle.ts';
import { mergeBundle } from '../../src/engine/records/bundle/merge.ts';
import type { MergeReport } from '../../src/engine/records/bundle/merge.ts';
import type { RecordSet } from '../../src/engine/records/bundle/schema.ts';
import { attemptsCsv } from '../../src/engine/records/export/attempts-csv.ts';
import { decisionsCsv } from '../../src/engine/records/export/decisions-csv.ts';
import type { ExportInput } from '../../src/engine/records/export/input.ts';
import { xapiStatementsEach } from '../../src/engine/records/export/xapi.ts';
import { bundleProblemText } from '../../src/presentation/i18n/bundle-problems.ts';
import { skipReasonText } from '../../src/presentation/i18n/skip-reasons.ts';
import { messagesIn } from '../../src/presentation/i18n/t.ts';
import { formatProblem } from '../content/problem.ts';
import { parseExportArgs, USAGE } from './args.ts';
import { loadContentMeta } from './content-meta.ts';

const root = resolve(import.meta.dirname, '..', '..');
/** Refusals are worded as the trainer area words them, in English. */
const english = messagesIn('en');

/** `npm run` starts in the project folder; paths the user typed are relative to where they typed them. */
const here =
  process.env.npm_lifecycle_event === 'records:export' && process.env.INIT_CWD
    ? process.env.INIT_CWD
    : process.cwd();

/** Scenario titles and the criteria catalogue. Content problems do not stop an export: the records matter more. */
function content(): Pick<ExportInput, 'scenarios' | 'catalogue'> {
  const { scenarios, catalogue, problems } = loadContentMeta(join(root, 'scenarios'), root);
  for (const p of problems) console.error(`warning: scenario content: ${formatProblem(p)}`);
  return { scenarios, catalogue };
}

/**
 * Written beside, then renamed, so a crash never leaves a half-written export that looks complete. Written in
 * pieces, because the statements of a large training centre make a text longer than one string can be.
 */
function writeWhole(path: string, pieces: Iterable<string>) {
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
}

/** A JSON array with one statement per line: valid JSON, and easy to read, grep and diff. */
function* jsonLines(items: readonly unknown[]) {
  yield '[\n';
  for (let i = 0; i < items.length; i++)
    yield `${JSON.stringify(items[i])}${i < items.length - 1 ? ',' : ''}\n`;
  yield ']\n';
}

const describeReport = (r: MergeReport) =>
  `${r.added.attempts} attempts added, ${r.unchanged.attempts} already there, ${r.updated.attempts} updated, ` +
  `${r.conflicts.length} conflicts; ${r.added.profiles} profiles added`;

async function main(argv: string[]): Promise<number> {
  const args = parseExportArgs(argv);
  if ('help' in args) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in args) {
    console.error(`records:export: ${args.error} (--help for usage)`);
    return 2;
  }
  let failed = false;
  let accepted = 0;
  let records: RecordSet = { profiles: [], attempts: [] };
  for (const file of args.files) {
    let text: string;
    try {
      text = readFileSync(resolve(here, file), 'utf8');
    } catch (e) {
      console.error(`refused ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      failed = true;
      continue;
    }
    const parsed = await parseBundle(text);
    if (!parsed.ok) {
      console.error(`refused ${file}: ${bundleProblemText(parsed.problem, english)}`);
      failed = true;
      continue;
    }
    accepted += 1;
    const { report, ...merged } = mergeBundle(records, parsed.bundle.payload);
    records = merged;
    console.log(`${file}: ${describeReport(report)}`);
    for (const c of report.conflicts) {
      console.error(`conflict in ${file}: ${c.message}`);
      failed = true;
    }
  }
  if (accepted === 0) {
    console.error('No bundle could be read, so nothing was written.');
    return 1;
  }

  const input: ExportInput = { ...records, ...content() };
  const out = resolve(here, args.out);
  mkdirSync(out, { recursive: true });
  const { statements, skipped } = await xapiStatementsEach(input, args.xapi);
  for (const k of skipped)
    console.error(
      `Left out of statements.json: attempt ${k.attemptId}, because ${skipReasonText(k.reason, english)}.`,
    );
  writeWhole(join(out, 'attempts.csv'), [attemptsCsv(input)]);
  writeWhole(join(out, 'decisions.csv'), [decisionsCsv(input)]);
  writeWhole(join(out, 'statements.json'), jsonLines(statements));
  const decisions = records.attempts.reduce((n, a) => n + a.decisions.length, 0);
  console.log(
    `Wrote ${records.attempts.length} attempts, ${decisions} decisions and ${statements.length} xAPI statements ` +
      `from ${accepted} of ${args.files.length} files to ${out}`,
  );
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
