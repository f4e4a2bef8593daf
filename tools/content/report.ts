/** The checker's per-scenario report, as text. */
import type { Catalogue, Scenario } from '../../src/engine/content/types.ts';
import type { ScenarioReport } from './build-content.ts';
import { TELL_LIMITS, worstRun } from './tells.ts';
import type { LanguageTells } from './tells.ts';

export function formatReport(report: ScenarioReport, scenario: Scenario, catalogue: Catalogue): string {
  const x = report.exploration;
  const choices = x.choices.size;
  const share = choices === 0 ? 0 : Math.round((100 * report.choicesWithEvidence) / choices);
  const seconds = report.millis / 1000;
  const pathsPerSecond = seconds > 0 ? Number(x.paths) / seconds : Number(x.paths);
  const byId = new Map(catalogue.criteria.map((c) => [c.id, c]));
  const lines = [
    `== ${scenario.id} (v${scenario.version}${scenario.kind === 'snap' ? ', snap situation' : ''}): ${scenario.title}`,
    `  decisions per path   ${x.decisions.min} shortest, ${x.decisions.max} longest`,
    `  choices              ${choices} (${report.choicesWithEvidence} with evidence, ${share}%)`,
    `  endings              ${x.endings.size} of ${report.endingsDeclared} reached: ${[...x.endings]
      .map(([e, n]) => `${e} (${n} paths)`)
      .join(', ')}`,
    `  complete paths       ${x.paths}`,
    `  story states         ${x.states}${x.merged ? ' (merged across once-only choices)' : ' (exact)'}`,
    report.cached
      ? `  walk                 read from the cache of an earlier walk of this same story (--fresh to walk again)`
      : `  walk                 ${report.millis.toFixed(0)} ms, ${Math.round(pathsPerSecond).toLocaleString('en')} paths/s`,
    `  critical errors      ${[...x.criticalReachable].join(', ') || 'none possible'}`,
    `  best achievable per criterion (weight × level):`,
  ];
  for (const { id, weight } of scenario.rubric.criteria) {
    const c = byId.get(id);
    const best = scenario.best[id];
    lines.push(
      `    ${id.padEnd(32)} ${String(best ?? '-')}/3 × ${weight}${c?.critical ? '  critical' : ''}  ${c?.title ?? ''}`,
    );
  }
  const maxPoints = scenario.rubric.criteria.reduce((s, c) => s + c.weight * (scenario.best[c.id] ?? 0), 0);
  lines.push(`  best achievable score ${maxPoints} points (= 100%); pass mark ${scenario.rubric.passMark}%`);
  for (const t of report.tells) lines.push(...formatTells(t));
  const cited = scenario.rubric.criteria.flatMap(({ id }) => byId.get(id)?.citations ?? []);
  const verbatim = cited.filter((c) => c.quote === 'verbatim').length;
  lines.push(`  citations            ${verbatim} verbatim, ${cited.length - verbatim} paraphrased`);
  const d = report.discussion;
  const written = Object.values(d.prompts).some((n) => n > 0);
  if (scenario.kind === 'course' || written) {
    const perLanguage = d.languages.map((l) => `${l} ${d.prompted[l] ?? 0}`).join(', ');
    const prompts = d.languages.map((l) => `${d.prompts[l] ?? 0} ${l}`).join(', ');
    lines.push(
      `  discussion prompts   ${perLanguage} of ${d.scored} scored decision points; ${prompts} prompts written`,
    );
  }
  return lines.join('\n');
}

/**
 * Discussion prompts for trainers across the course scenarios: how many scenarios have a prompt at every scored
 * decision point in every required language, and how many scored decision points do.
 */
export function formatDiscussionCoverage(reports: ScenarioReport[], scenarios: Scenario[]): string {
  const course = new Set(scenarios.filter((s) => s.kind === 'course').map((s) => s.id));
  const covered = reports.filter((r) => course.has(r.id));
  const languages = [...new Set(covered.flatMap((r) => r.discussion.languages))];
  const scored = covered.reduce((sum, r) => sum + r.discussion.scored, 0);
  const full = (r: ScenarioReport) =>
    r.discussion.languages.every((l) => (r.discussion.prompted[l] ?? 0) === r.discussion.scored);
  const prompted = covered.reduce(
    (sum, r) =>
      sum +
      Math.min(...r.discussion.languages.map((l) => r.discussion.prompted[l] ?? 0), r.discussion.scored),
    0,
  );
  const byLanguage = languages.map((l) => [
    l,
    covered.reduce((s, r) => s + (r.discussion.prompted[l] ?? 0), 0),
  ]);
  const complete = byLanguage.every(([, n]) => n === scored);
  return (
    `Discussion prompts: ${covered.filter(full).length}/${covered.length} course scenarios, ` +
    `${prompted}/${scored} scored decision points, ` +
    (complete ? languages.join('+') : byLanguage.map(([l, n]) => `${l} ${n}/${scored}`).join(', '))
  );
}

/** Tells in one language: best-is-longest share, length ratios, naive strategies (worst run of each). */
export function formatTells(t: LanguageTells): string[] {
  const n = t.points.length;
  const share = n === 0 ? 0 : Math.round((100 * t.bestIsLongest) / n);
  const within = t.points.filter((p) => p.ratio <= TELL_LIMITS.lengthRatioWarning).length;
  const over = t.points.filter((p) => p.ratio > TELL_LIMITS.lengthRatioError).length;
  const strategies = t.strategies.map(({ strategy, runs }) => {
    const worst = worstRun(runs);
    return `${strategy} ${worst?.percent ?? 0}% ${worst?.passed ? 'PASSES' : 'fails'}`;
  });
  return [
    `  tells (${t.language})${' '.repeat(Math.max(1, 13 - t.language.length))}best choice longest at ${t.bestIsLongest} of ${n} scored points (${share}%, at most ${100 * TELL_LIMITS.bestIsLongestShare}%); longest ≤ ${TELL_LIMITS.lengthRatioWarning}× shortest at ${within}, over ${TELL_LIMITS.lengthRatioError}× at ${over}`,
    `                       naive play, worst of ${t.strategies[0]?.runs.length ?? 0} runs (% of best): ${strategies.join(' · ')}`,
  ];
}

/** Which core-course criteria the snap situations practise, and which none does. */
export function formatSnapCoverage(scenarios: Scenario[]): string {
  const snaps = scenarios.filter((s) => s.kind === 'snap');
  const course = scenarios.filter((s) => s.kind === 'course');
  const courseCriteria = [...new Set(course.flatMap((s) => s.rubric.criteria.map((c) => c.id)))].sort();
  const bySnap = new Map<string, string[]>();
  for (const snap of snaps) {
    for (const { id } of snap.rubric.criteria) bySnap.set(id, [...(bySnap.get(id) ?? []), snap.id]);
  }
  const covered = courseCriteria.filter((id) => bySnap.has(id));
  const lines = [
    `Snap situations: ${snaps.length}, covering ${covered.length} of the ${courseCriteria.length} core-course criteria`,
  ];
  for (const id of courseCriteria)
    lines.push(`  ${id.padEnd(32)} ${bySnap.get(id)?.join(', ') ?? 'NOT COVERED'}`);
  const extra = [...bySnap.keys()].filter((id) => !courseCriteria.includes(id));
  if (extra.length > 0) lines.push(`  not in the core course: ${extra.join(', ')}`);
  return lines.join('\n');
}
