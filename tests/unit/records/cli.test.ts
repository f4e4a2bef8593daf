/** The command-line export, run as a training cell would run it, on files in a temporary folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import validate from 'xapi-validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../../src/engine/records/bundle/bundle.ts';
import { decisionsCsv } from '../../../src/engine/records/export/decisions-csv.ts';
import { DEFAULT_XAPI_OPTIONS, xapiStatements } from '../../../src/engine/records/export/xapi.ts';
import type { XapiStatement } from '../../../src/engine/records/export/xapi-types.ts';
import { readCsv, readCsvRecords } from './csv-reader.ts';
import {
  amelie,
  catalogue,
  failing,
  ID_FAIL,
  ID_OPEN,
  ID_PASS,
  open,
  passing,
  T0,
  tomas,
} from './fixtures.ts';

const root = resolve(import.meta.dirname, '..', '..', '..');
let dir = '';
const file = (name: string) => join(dir, name);

function run(...args: string[]) {
  const env = { ...process.env };
  delete env.npm_lifecycle_event; // paths are then taken from the working directory, as when run by hand
  return spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['tools/cli/export.ts', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'waypoint-cli-'));
  const bundle = (attempts: (typeof passing)[], profiles = [amelie, tomas]) =>
    exportBundle({ profiles, attempts, appVersion: '0.1.0', exportedAt: T0 });
  writeFileSync(file('device-a.json'), await bundle([passing], [amelie]));
  // Device B holds the same completed attempt again, plus two more.
  const b = await bundle([passing, failing, open]);
  writeFileSync(file('device-b.json'), b);
  writeFileSync(file('edited.json'), b.replace('"level":0', '"level":3'));
  writeFileSync(file('cut.json'), b.slice(0, Math.floor(b.length / 2)));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('records:export', () => {
  it('exports the valid bundles, names each refused one, and exits with 1', () => {
    const out = file('out-mixed');
    const result = run(
      '--out',
      out,
      file('device-a.json'),
      file('edited.json'),
      file('device-b.json'),
      file('cut.json'),
    );
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      `refused ${file('edited.json')}: The records in this file were changed after export`,
    );
    expect(result.stderr).toContain(
      `refused ${file('cut.json')}: The file is incomplete or damaged: it ends before the bundle does.`,
    );
    expect(result.stdout).toContain(`${file('device-b.json')}: 2 attempts added, 1 already there`);

    const attempts = readCsvRecords(readFileSync(join(out, 'attempts.csv'), 'utf8'));
    expect(attempts.map((a) => a.attempt_id).sort()).toEqual([ID_PASS, ID_FAIL, ID_OPEN].sort());
    // Titles and criterion columns come from the real scenario content.
    expect(attempts.find((a) => a.attempt_id === ID_PASS)?.scenario_title).not.toBe('');
    expect(readCsv(readFileSync(join(out, 'attempts.csv'), 'utf8'))[0]).toContain('crsv.consent');
  }, 120_000);

  it('writes what the app would write, and xAPI statements a learning record store accepts', async () => {
    const out = file('out-good');
    const result = run('--out', out, file('device-a.json'), file('device-b.json'), file('device-a.json'));
    expect(result.status, result.stderr).toBe(0);

    const attempts = [passing, failing, open];
    expect(readFileSync(join(out, 'decisions.csv'), 'utf8')).toBe(decisionsCsv({ attempts }));
    const statements = JSON.parse(readFileSync(join(out, 'statements.json'), 'utf8')) as XapiStatement[];
    const expected = await xapiStatements(
      { profiles: [amelie, tomas], attempts, scenarios: [], catalogue },
      DEFAULT_XAPI_OPTIONS,
    );
    expect(statements.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    for (const s of statements) expect(validate(s)).toEqual([]);
  }, 120_000);

  it('says in one line what is wrong with the arguments, and exits with 2', () => {
    const result = run(file('device-a.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'records:export: say where to write the files with --out <folder> (--help for usage)\n',
    );
  }, 60_000);

  it('refuses an unknown option in one line, and exits with 2', () => {
    const result = run('--out', file('out-unknown'), '--bogus', file('device-a.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("records:export: Unknown option '--bogus' (--help for usage)\n");
  }, 60_000);

  it('prints its usage with --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run records:export -- --out <folder>');
  }, 60_000);
});
