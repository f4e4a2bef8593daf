/** Command-line arguments of the LMS packaging (`npm run package:scorm12`, `npm run package:cmi5`). */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MOVE_ON } from './manifest.ts';
import type { MoveOn } from './manifest.ts';
import { checkOrigins } from './lms-origins.ts';

export const USAGE = `Usage: tsx tools/package/cli.ts scorm12|cmi5 [options]
  (npm run package:scorm12 -- [options], npm run package:cmi5 -- [options])

Builds an LMS package of the app into packages/.

Options:
  --move-on Passed|CompletedAndPassed  cmi5 moveOn of every AU (default CompletedAndPassed)
  --app <dir>                          a built app to package (default: built now with relative URLs)
  --allow-origin <https origin>        an LMS origin a cmi5 package accepts launches from (repeatable)
  --help                               this text

Exit code 0 when the package was written, 1 when it could not be, 2 when the command itself was wrong.`;

export interface PackageArgs {
  kind: 'scorm12' | 'cmi5';
  moveOn: MoveOn;
  /** The built app to package, absolute; null to build one. */
  app: string | null;
  origins: string[];
}

const isMoveOn = (value: string): value is MoveOn => (MOVE_ON as readonly string[]).includes(value);

/** The command line read by `node:util`'s parseArgs; what it refuses is said in one line. */
export function parsePackageArgs(argv: readonly string[]): PackageArgs | { help: true } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        'move-on': { type: 'string', default: 'CompletedAndPassed' },
        app: { type: 'string' },
        'allow-origin': { type: 'string', multiple: true, default: [] },
      },
    });
  } catch (e) {
    // parseArgs' first sentence names the problem ("Unknown option '--x'"); the rest is advice on positionals.
    return { error: (e as Error).message.split(/\.\s/)[0]! };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [kind, ...more] = positionals;
  if (kind !== 'scorm12' && kind !== 'cmi5') return { error: 'say which package to build: scorm12 or cmi5' };
  if (more.length > 0) return { error: `one package at a time (also given: ${more.join(' ')})` };
  const moveOn = values['move-on'];
  if (!isMoveOn(moveOn)) return { error: `--move-on must be one of ${MOVE_ON.join(', ')}` };
  const { origins, refused } = checkOrigins(values['allow-origin']);
  if (refused.length > 0)
    return {
      error: `--allow-origin takes bare https origins (https://lms.example.org): ${refused.join(', ')}`,
    };
  return { kind, moveOn, app: values.app ? resolve(values.app) : null, origins };
}
