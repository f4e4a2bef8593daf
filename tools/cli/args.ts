/** Command-line arguments of the records export. */
import { parseArgs } from 'node:util';
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

/**
 * The command line read by `node:util`'s parseArgs; what it refuses (an unknown option, a missing value) is said in
 * one line.
 */
export function parseExportArgs(argv: readonly string[]): ExportArgs | { help: true } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        out: { type: 'string' },
        'home-page': { type: 'string' },
        'activity-base': { type: 'string' },
        platform: { type: 'string' },
      },
    });
  } catch (e) {
    // parseArgs' first sentence names the problem ("Unknown option '--x'"); the rest is advice on positionals.
    return { error: (e as Error).message.split(/\.\s/)[0]! };
  }
  const { values, positionals: files } = parsed;
  if (values.help) return { help: true };
  for (const name of ['out', 'home-page', 'activity-base', 'platform'] as const)
    if (values[name] === '') return { error: `--${name} needs a value` };
  if (!values.out) return { error: 'say where to write the files with --out <folder>' };
  if (files.length === 0) return { error: 'name at least one bundle file' };
  return {
    out: values.out,
    files,
    xapi: {
      homePage: values['home-page'] ?? DEFAULT_XAPI_OPTIONS.homePage,
      activityBase: values['activity-base'] ?? DEFAULT_XAPI_OPTIONS.activityBase,
      platform: values.platform ?? DEFAULT_XAPI_OPTIONS.platform,
    },
  };
}
