/**
 * Finds, for a scenario, a path that passes with no critical error and a path that fails on a critical error,
 * as the lists of choice texts a trainee would pick. The content tests use it to prove every scenario can be
 * passed and can be failed critically; the browser tests play those paths.
 */
import type { Scenario } from '../../src/engine/content/types.ts';
import { createRunner } from '../../src/engine/ink/runner.ts';
import type { StoryChoice, StoryGlobals } from '../../src/engine/ink/runner.ts';
import { score } from '../../src/engine/scoring/score.ts';
import { decisionOf } from '../../src/engine/scoring/decision.ts';

export interface PlannedPath {
  choices: string[];
  percent: number;
  passed: boolean;
  criticalErrors: number;
  ending: string | null;
}

/** Best-looking first: the highest weakest evidence level, never a critical choice unless asked for. */
function preference(c: StoryChoice): number {
  if (c.events.some((e) => e.kind === 'critical')) return -1;
  const levels = c.events.flatMap((e) => (e.kind === 'evidence' ? [e.level] : []));
  return levels.length === 0 ? 2.5 : Math.min(...levels);
}

function walk(
  scenario: Scenario,
  globals: StoryGlobals,
  order: (choices: StoryChoice[], taken: StoryChoice[]) => StoryChoice[],
  accept: (p: PlannedPath) => boolean,
  budget = 5000,
): PlannedPath | null {
  const runner = createRunner(scenario.story, globals, 1);
  let left = budget;
  const taken: StoryChoice[] = [];
  let ending: string | null = null;
  const endingOf = (lines: { events: { kind: string; ending?: string }[] }[]) => {
    for (const l of lines) for (const e of l.events) if (e.kind === 'ending' && e.ending) ending = e.ending;
  };
  const search = (choices: StoryChoice[]): PlannedPath | null => {
    if (choices.length === 0) {
      const decisions = taken.map((c, i) => decisionOf(c, i + 1, 0));
      const result = score(decisions, scenario.rubric, scenario.best);
      const path = {
        choices: taken.map((c) => c.text),
        percent: result.percent,
        passed: result.passed,
        criticalErrors: result.criticalErrors.length,
        ending,
      };
      return accept(path) ? path : null;
    }
    const saved = runner.saveState();
    for (const choice of order(choices, taken)) {
      if (--left < 0) return null;
      runner.loadState(saved);
      const step = runner.choose(choice.index);
      endingOf(step.lines);
      taken.push(choice);
      const found = search(step.ended ? [] : step.choices);
      if (found) return found;
      taken.pop();
    }
    return null;
  };
  const first = runner.continue();
  endingOf(first.lines);
  return search(first.choices);
}

const byPreference = (choices: StoryChoice[]) => [...choices].sort((a, b) => preference(b) - preference(a));

export function passingPath(scenario: Scenario, globals: StoryGlobals): PlannedPath | null {
  return walk(scenario, globals, byPreference, (p) => p.passed && p.criticalErrors === 0);
}

/** Plays well until the first critical choice it can take, takes it, then plays well again. */
export function criticalFailPath(scenario: Scenario, globals: StoryGlobals): PlannedPath | null {
  return walk(
    scenario,
    globals,
    (choices, taken) => {
      const critical = choices.filter((c) => c.events.some((e) => e.kind === 'critical'));
      const already = taken.some((c) => c.events.some((e) => e.kind === 'critical'));
      return already || critical.length === 0
        ? byPreference(choices)
        : [...critical, ...byPreference(choices)];
    },
    (p) => !p.passed && p.criticalErrors > 0,
  );
}
