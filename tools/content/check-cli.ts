/**
 * npm run scenarios:check — compiles every scenario, walks every path, verifies every citation, measures the
 * choices' surface tells, prints a report per scenario and exits non-zero on any problem.
 *   tsx tools/content/check-cli.ts [--fresh] [--only <id>]… [scenarios-folder]
 * A story already walked (same compiled JSON, same explorer) is read from the cache unless --fresh is given.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildContent } from './build-content.ts';
import { formatProblem } from './problem.ts';
import { formatDiscussionCoverage, formatReport, formatSnapCoverage } from './report.ts';
import { fileExploreCache } from './explore-cache.ts';

const root = resolve(import.meta.dirname, '..', '..');
const USAGE = 'npm run scenarios:check -- [--fresh] [--only <id>]… [scenarios-folder]';
let parsed;
try {
  parsed = parseArgs({
    options: { fresh: { type: 'boolean', default: false }, only: { type: 'string', multiple: true } },
    allowPositionals: true,
  });
} catch (e) {
  // parseArgs' first sentence names the problem ("Unknown option '--x'"); the rest is advice on positionals.
  console.error(`scenarios:check: ${(e as Error).message.split(/\.\s/)[0]} (usage: ${USAGE})`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length > 1) {
  console.error(`scenarios:check: one scenarios folder at most (usage: ${USAGE})`);
  process.exit(2);
}
const scenariosDir = resolve(positionals[0] ?? resolve(root, 'scenarios'));
const started = performance.now();
const exploreCache = values.fresh
  ? undefined
  : fileExploreCache(resolve(root, 'node_modules', '.cache', 'waypoint-explore'));
const content = buildContent({ scenariosDir, root, checkCitations: true, exploreCache, only: values.only });

for (const report of content.reports) {
  const scenario = content.scenarios.find((s) => s.id === report.id);
  if (scenario && content.catalogue) console.log(formatReport(report, scenario, content.catalogue));
}
if (!values.only) console.log(formatSnapCoverage(content.scenarios));
console.log(formatDiscussionCoverage(content.reports, content.scenarios));
if (content.citations) {
  console.log(`Citations: ${content.citations.checked} checked against ${content.citations.library}.`);
} else {
  console.log(
    'Citations: NOT CHECKED — the guidance library (../shared/guidance, or $WAYPOINT_GUIDANCE) is absent here.',
  );
}
if (content.warnings.length > 0) {
  console.warn(`\n${content.warnings.length} warning(s):`);
  for (const w of content.warnings) console.warn(`  ${formatProblem(w)}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (content.problems.length > 0) {
  console.error(`\n${content.problems.length} problem(s):`);
  for (const p of content.problems) console.error(`  ${formatProblem(p)}`);
  console.error(`\nscenarios:check FAILED in ${seconds} s`);
  process.exit(1);
}
console.log(`\nscenarios:check passed: ${content.scenarios.length} scenario(s) in ${seconds} s`);
