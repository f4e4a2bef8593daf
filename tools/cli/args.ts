/** Command-line arguments of the records export. */
import { DEFAULT_XAPI_OPTIONS } from '../../src/engine/records/export/xapi.ts';
import type { XapiOptions } from '../../src/engine/records/export/xapi.ts';

export const USAGE = `Usage: npm run records:export -- --out <folder> <bundle.json> [more bundles...]

Reads Waypoint records bundles, merges them, and writes attempts.csv, decisions.csv and
statements.json (xAPI 1.0.3) into <folder>. A file that is damaged or was changed after
export is refused, named, and left out; the others are still exported.

Options:
  --out <folder>            where to write the three files (created if needed)
  --home-page <url>         xAPI account home page (default ${DEFAULT_XAPI_OPTIONS.homePage})
  --activity-base <iri>     xAPI activity base (default ${DEFAULT_XAPI_OPTIONS.activityBase})
  --platform <name>         xAPI context platform (default ${DEFAULT_XAPI_OPTIONS.platform})

Exit code 0 when every file was exported, 1 when a file was refused or a record conflicted,
2 when the command itself was wrong.`;

export interface ExportArgs {
  out: string;
  files: string[];
  xapi: XapiOptions;
}

const VALUE_OPTIONS = ['--out', '--home-page', '--activity-base', '--platform'] as const;

export function parseArgs(argv: readonly string[]): ExportArgs | { help: true } | { error: string } {
  const values = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    const [name = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { error: `${name} needs a value` };
      values.set(name, value);
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else files.push(arg);
  }
  const out = values.get('--out');
  if (!out) return { error: 'say where to write the files with --out <folder>' };
  if (files.length === 0) return { error: 'name at least one bundle file' };
  return {
    out,
    files,
    xapi: {
      homePage: values.get('--home-page') ?? DEFAULT_XAPI_OPTIONS.homePage,
      activityBase: values.get('--activity-base') ?? DEFAULT_XAPI_OPTIONS.activityBase,
      platform: values.get('--platform') ?? DEFAULT_XAPI_OPTIONS.platform,
    },
  };
}
