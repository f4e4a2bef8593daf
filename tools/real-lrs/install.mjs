/**
 * Installs the real LRS of the tests and the bench (xapi-statements 5.0.1, Learning Locker's xAPI statement service;
 * tests/helpers/real-lrs.ts starts it) into tools/real-lrs/node_modules, exactly as tools/real-lrs/package-lock.json
 * says. It lives apart from the root package so that `npm install` of the app stays quiet: the service declares
 * Node 6–8 (npm warns EBADENGINE on every install of it) and some of its dependencies carry install scripts (never
 * run: --ignore-scripts, and allowScripts in tools/real-lrs/package.json says so).
 *
 * Called before every unit and browser test run and the bench, so it does nothing when what is installed matches the
 * lock. Otherwise it runs `npm ci` there with errors only (that engine warning is the one warning it hides); an error
 * prints npm's output and fails with npm's exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const here = import.meta.dirname;

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
};

/** True when node_modules holds every package of the lock at its version and integrity, and nothing else. */
function installedMatchesLock() {
  const manifest = readJson(join(here, 'package.json'));
  const lock = readJson(join(here, 'package-lock.json'));
  // npm's own record of what it installed (the "hidden lockfile").
  const installed = readJson(join(here, 'node_modules', '.package-lock.json'));
  if (!manifest || !lock?.packages || !installed?.packages) return false;
  if (JSON.stringify(manifest.dependencies) !== JSON.stringify(lock.packages['']?.dependencies)) return false;
  const locked = Object.entries(lock.packages).filter(([path]) => path !== '');
  const have = installed.packages;
  const matches = locked.every(([path, entry]) => {
    const got = have[path];
    if (!got) return entry.optional === true;
    return (
      got.version === entry.version &&
      got.integrity === entry.integrity &&
      existsSync(join(here, path, 'package.json'))
    );
  });
  return matches && Object.keys(have).every((path) => path in lock.packages);
}

if (!installedMatchesLock()) {
  const where = relative(process.cwd(), here) || '.';
  console.log(`Installing the real LRS of the tests (xapi-statements, in ${where}/node_modules)…`);
  // Under an npm script, the npm that runs it; otherwise the one on PATH.
  const npmCli = process.env.npm_execpath;
  const [command, prefix] =
    npmCli && basename(npmCli) === 'npm-cli.js' ? [process.execPath, [npmCli]] : ['npm', []];
  const result = spawnSync(
    command,
    [...prefix, 'ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    {
      cwd: here,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      shell: command === 'npm' && process.platform === 'win32',
    },
  );
  if (result.error || result.status !== 0) {
    if (result.stdout) process.stderr.write(result.stdout);
    console.error(
      `Installing the real LRS failed (npm ci in ${where}: ${result.error?.message ?? `exit code ${result.status}`}).`,
    );
    process.exit(result.status || 1);
  }
  if (!installedMatchesLock()) {
    console.error(
      `npm ci in ${where} finished, but what it installed does not match ${where}/package-lock.json.`,
    );
    process.exit(1);
  }
}
