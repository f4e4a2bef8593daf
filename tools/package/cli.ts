/**
 * Builds an LMS package of the app: `npm run package:scorm12` or `npm run package:cmi5`.
 *
 *   tsx tools/package/cli.ts scorm12|cmi5 [--move-on Passed|CompletedAndPassed] [--app <built app folder>]
 *                                         [--allow-origin https://lms.example.org]… [--help]
 *
 * The options are read in args.ts (node:util's parseArgs); a wrong command line is said in one line, exit code 2.
 *
 * A cmi5 package accepts launches only from the LMS origins given with --allow-origin (and from this machine, for
 * tests); see lms-origins.ts.
 *
 * The app is built for the package with relative URLs (`vite build --base ./`), because an LMS serves a package
 * from a folder of its own, never from the site root that dist/ is built for. The scenarios (ids, titles, pass
 * marks) come from the compiled content. The zip goes to packages/ with imsmanifest.xml or cmi5.xml at its root.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildContent } from '../content/build-content.ts';
import { fileExploreCache } from '../content/explore-cache.ts';
import { formatProblem } from '../content/problem.ts';
import { parsePackageArgs, USAGE } from './args.ts';
import { cmi5CourseStructure, scormManifest } from './manifest.ts';
import type { CourseInfo, PackagedScenario } from './manifest.ts';
import { appFiles, zipNames, zipPackage } from './zip.ts';
import { withLmsOrigins } from './lms-origins.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

function fail(message: string): never {
  console.error(`package: ${message}`);
  process.exit(1);
}

/** The app built with relative URLs into a folder of its own (dist/ stays as `npm run build` left it). */
function buildApp(): string {
  const out = join(ROOT, 'node_modules', '.cache', 'waypoint-package', 'app');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--base', './', '--outDir', out, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) fail('the app did not build (see above)');
  return out;
}

function scenariosOfContent(): PackagedScenario[] {
  const content = buildContent({
    scenariosDir: join(ROOT, 'scenarios'),
    root: ROOT,
    checkCitations: false,
    exploreCache: fileExploreCache(join(ROOT, 'node_modules', '.cache', 'waypoint-explore')),
  });
  if (content.problems.length > 0) {
    fail(`the scenarios have problems:\n${content.problems.map(formatProblem).join('\n')}`);
  }
  // Snap situations belong to the in-mission refresher, which runs outside an LMS course.
  return content.scenarios
    .filter((s) => s.kind === 'course')
    .map((s) => ({
      id: s.id,
      title: s.title,
      summary: s.summary,
      version: s.version,
      passMark: s.rubric.passMark,
    }));
}

const args = parsePackageArgs(process.argv.slice(2));
if ('help' in args) {
  console.log(USAGE);
  process.exit(0);
}
if ('error' in args) {
  console.error(`package: ${args.error} (--help for usage)`);
  process.exit(2);
}
const { kind, moveOn, app: given, origins } = args;
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const course: CourseInfo = {
  title: 'Waypoint: scenario training for peacekeepers',
  description:
    'Branching scenarios for UN peacekeepers, each scored criterion by criterion against UN guidance, with a debrief.',
  version,
};
const scenarios = scenariosOfContent();
const app = given ?? buildApp();
if (!existsSync(join(app, 'index.html'))) fail(`${app} has no index.html; build the app first`);
const files = appFiles(app);
const descriptor: Record<string, string> =
  kind === 'scorm12'
    ? { 'imsmanifest.xml': scormManifest(course, scenarios, files) }
    : { 'cmi5.xml': cmi5CourseStructure(course, scenarios, moveOn) };
const generated: Record<string, string> = { ...descriptor };
if (kind === 'cmi5') {
  if (origins.length === 0) {
    console.warn(
      'package: no --allow-origin given: this package accepts a cmi5 launch only from this machine.',
    );
  }
  generated['index.html'] = withLmsOrigins(readFileSync(join(app, 'index.html'), 'utf8'), origins);
}
const zip = zipPackage(
  app,
  files.filter((f) => !(f in generated)),
  generated,
);

const outDir = join(ROOT, 'packages');
mkdirSync(outDir, { recursive: true });
const path = join(outDir, `waypoint-${kind}-${version}.zip`);
writeFileSync(path, zip);
const names = zipNames(zip);
console.log(
  `package: ${path.slice(ROOT.length + 1)} (${(zip.length / 1024).toFixed(0)} KiB, ${names.length} files): ` +
    `${origins.length > 0 ? `LMS origins ${origins.join(', ')}; ` : ''}${Object.keys(descriptor)[0]} with ${scenarios.length} ${kind === 'scorm12' ? 'SCOs' : `AUs (moveOn ${moveOn})`}: ` +
    scenarios.map((s) => `${s.id} (pass mark ${s.passMark})`).join(', '),
);
