/**
 * npm run scenarios:check — compiles every scenario, walks every path, verifies every citation, prints a report
 * per scenario and exits non-zero on any problem.
 *   tsx tools/content/check-cli.ts [scenarios-folder]
 */
import { resolve } from 'node:path';
import { buildContent } from './build-content';
import { formatProblem } from './problem';
import { formatReport } from './report';

const root = resolve(import.meta.dirname, '..', '..');
const scenariosDir = resolve(process.argv[2] ?? resolve(root, 'scenarios'));
const started = performance.now();
const content = buildContent({ scenariosDir, root, checkCitations: true });

for (const report of content.reports) {
  const scenario = content.scenarios.find((s) => s.id === report.id);
  if (scenario && content.catalogue) console.log(formatReport(report, scenario, content.catalogue));
}
if (content.citations) {
  console.log(`Citations: ${content.citations.checked} checked against ${content.citations.library}.`);
} else {
  console.log(
    'Citations: NOT CHECKED — the guidance library (../shared/guidance, or $WAYPOINT_GUIDANCE) is absent here.',
  );
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (content.problems.length > 0) {
  console.error(`\n${content.problems.length} problem(s):`);
  for (const p of content.problems) console.error(`  ${formatProblem(p)}`);
  console.error(`\nscenarios:check FAILED in ${seconds} s`);
  process.exit(1);
}
console.log(`\nscenarios:check passed: ${content.scenarios.length} scenario(s) in ${seconds} s`);
