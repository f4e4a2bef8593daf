/**
 * Walks every path of a compiled story. It saves ink state at each choice and restores it for the next
 * alternative, and merges paths that reach the same story state, so cost grows with distinct states rather
 * than with paths. Used by the build (best achievable per criterion) and by the content checker.
 */
import { createRunner } from '../ink/runner.ts';
import type { StoryChoice, StoryGlobals, StoryStep } from '../ink/runner.ts';
import { CHOICE_TAG_KINDS, formatTag } from '../tags/grammar.ts';
import type { Level } from '../tags/vocabulary.ts';
import { stateKey } from './state-key.ts';
import { NONE_BIT, bestLevel, throughChoice } from './level-set.ts';

export type ExploreProblem =
  | { kind: 'no-ending'; trail: string[] }
  | { kind: 'loop'; trail: string[] }
  | { kind: 'choice-tag-on-line'; tag: string; trail: string[] }
  | { kind: 'runtime-error'; message: string; trail: string[] };

export interface ChoiceInfo {
  where: string;
  text: string;
  evidence: { criterion: string; level: Level }[];
  critical: string[];
}

/** A set of choices offered together, and how to reach it again (to read its text in a translation). */
export interface DecisionPoint {
  /** The choices offered, by where they sit, in the order ink offers them. */
  choices: string[];
  /** The globals and seed of the walk that met it, and the choice indices taken from the start. */
  route: { globals: StoryGlobals; seed: number; indices: number[] };
}

export interface Exploration {
  /** Distinct story states at which a choice is offered. */
  states: number;
  /** Complete paths from the start to an ending (as a decimal string: it can exceed 2^53). */
  paths: string;
  decisions: { min: number; max: number };
  /** Every distinct choice in the story, by where it sits. */
  choices: Map<string, ChoiceInfo>;
  /** How many complete paths reach each ending (decimal strings). */
  endings: Map<string, string>;
  best: Record<string, Level | null>;
  /** Criteria that some choice breaks critically. */
  criticalReachable: Set<string>;
  problems: ExploreProblem[];
  /** Whether paths could be merged ignoring which once-only choices were taken. */
  merged: boolean;
  /** Every distinct set of choices offered together (the first route that met it). */
  points: DecisionPoint[];
}

interface Summary {
  paths: bigint;
  min: number;
  max: number;
  masks: Map<string, number>;
  endings: Map<string, bigint>;
  /** Choice groups offered from here on, to prove a merge safe. */
  groups: Set<string>;
}

class UnsafeMerge extends Error {}

const groupOf = (where: string) => where.replace(/\.c-\d+$/, '');

function lastEnding(step: StoryStep): string | undefined {
  let ending: string | undefined;
  for (const line of step.lines) for (const e of line.events) if (e.kind === 'ending') ending = e.ending;
  return ending;
}

export interface ExploreOptions {
  maxStates?: number;
  /** Values set before the story starts (see StoryGlobals). */
  globals?: StoryGlobals;
  /** Seed for RANDOM and shuffles, so that a walk is repeatable (default 0). */
  seed?: number;
}

export function explore(storyJson: string, options: ExploreOptions = {}): Exploration {
  const max = options.maxStates ?? 200_000;
  const globals = options.globals ?? {};
  const seed = options.seed ?? 0;
  try {
    return exploreWith(storyJson, false, max, globals, seed);
  } catch (e) {
    if (e instanceof UnsafeMerge) return exploreWith(storyJson, true, max, globals, seed);
    throw e;
  }
}

/**
 * Explores each variant of the globals (e.g. each component) with each seed and adds the results up. A story that
 * varies by ink randomness is walked with several seeds, so each variation's paths are checked.
 */
export function exploreVariants(
  storyJson: string,
  variants: StoryGlobals[],
  maxStates?: number,
  seeds: readonly number[] = [0],
): Exploration {
  const runs = variants.flatMap((globals) =>
    seeds.map((seed) => explore(storyJson, { globals, maxStates, seed })),
  );
  const [first, ...rest] = runs;
  if (!first) throw new Error('no variants to explore');
  return rest.reduce(mergeExplorations, first);
}

/** Whether compiled ink draws random numbers (RANDOM) or shuffles ({~a|b}), i.e. its text depends on the seed. */
export function usesRandomness(storyJson: string): boolean {
  return storyJson.includes('"rnd"') || storyJson.includes('"seq"');
}

function mergeExplorations(a: Exploration, b: Exploration): Exploration {
  const endings = new Map(a.endings);
  for (const [k, v] of b.endings) endings.set(k, (BigInt(endings.get(k) ?? '0') + BigInt(v)).toString());
  const best: Record<string, Level | null> = { ...a.best };
  for (const [k, v] of Object.entries(b.best)) {
    const current = best[k];
    best[k] =
      current === undefined || current === null ? v : v === null ? current : (Math.max(current, v) as Level);
  }
  return {
    states: a.states + b.states,
    paths: (BigInt(a.paths) + BigInt(b.paths)).toString(),
    decisions: {
      min: Math.min(a.decisions.min, b.decisions.min),
      max: Math.max(a.decisions.max, b.decisions.max),
    },
    choices: new Map([...a.choices, ...b.choices]),
    endings,
    best,
    criticalReachable: new Set([...a.criticalReachable, ...b.criticalReachable]),
    problems: [...a.problems, ...b.problems],
    merged: a.merged && b.merged,
    points: [...a.points, ...b.points.filter((p) => !a.points.some((q) => samePoint(p, q)))],
  };
}

const samePoint = (a: DecisionPoint, b: DecisionPoint) => a.choices.join('|') === b.choices.join('|');

function exploreWith(
  storyJson: string,
  exact: boolean,
  maxStates: number,
  globals: StoryGlobals,
  seed: number,
): Exploration {
  const runner = createRunner(storyJson, globals, seed);
  const memo = new Map<string, Summary>();
  const onStack = new Set<string>();
  const choices = new Map<string, ChoiceInfo>();
  const criticalReachable = new Set<string>();
  const problems: ExploreProblem[] = [];
  const criteria = new Set<string>();
  const pastGroups: string[] = [];
  const trail: string[] = [];
  const indices: number[] = [];
  const points = new Map<string, DecisionPoint>();

  const terminal = (step: StoryStep): Summary => {
    const ending = lastEnding(step);
    if (ending === undefined) problems.push({ kind: 'no-ending', trail: [...trail] });
    return {
      paths: ending === undefined ? 0n : 1n,
      min: 0,
      max: 0,
      masks: new Map(),
      endings: ending === undefined ? new Map() : new Map([[ending, 1n]]),
      groups: new Set(),
    };
  };

  const checkLines = (step: StoryStep) => {
    for (const line of step.lines) {
      for (const e of line.events) {
        if (CHOICE_TAG_KINDS.has(e.kind))
          problems.push({ kind: 'choice-tag-on-line', tag: formatTag(e), trail: [...trail] });
      }
    }
  };

  const record = (c: StoryChoice): ChoiceInfo => {
    const info: ChoiceInfo = {
      where: c.where,
      text: c.text,
      evidence: c.events.flatMap((e) =>
        e.kind === 'evidence' ? [{ criterion: e.criterion, level: e.level }] : [],
      ),
      critical: c.events.flatMap((e) => (e.kind === 'critical' ? [e.criterion] : [])),
    };
    choices.set(c.where, info);
    for (const e of info.evidence) criteria.add(e.criterion);
    for (const c2 of info.critical) criticalReachable.add(c2);
    return info;
  };

  /** Summary of everything reachable from the current (choice-offering) state. */
  const visit = (step: StoryStep): Summary => {
    const saved = runner.saveState();
    const key = stateKey(saved, exact);
    const known = memo.get(key);
    if (known) {
      if (!exact && pastGroups.some((g) => known.groups.has(g))) throw new UnsafeMerge();
      return known;
    }
    if (onStack.has(key)) {
      problems.push({ kind: 'loop', trail: [...trail] });
      return { paths: 0n, min: Infinity, max: 0, masks: new Map(), endings: new Map(), groups: new Set() };
    }
    if (memo.size >= maxStates) throw new Error(`more than ${maxStates} distinct story states; giving up`);
    onStack.add(key);

    const offered = step.choices.map((c) => c.where);
    if (!points.has(offered.join('|')))
      points.set(offered.join('|'), { choices: offered, route: { globals, seed, indices: [...indices] } });

    const groups = new Set(step.choices.map((c) => groupOf(c.where)));
    if (!exact && [...groups].some((g) => pastGroups.includes(g))) throw new UnsafeMerge();
    pastGroups.push(...groups);

    const out: Summary = { paths: 0n, min: Infinity, max: 0, masks: new Map(), endings: new Map(), groups };
    const children: { info: ChoiceInfo; sub: Summary }[] = [];
    for (const choice of step.choices) {
      const info = record(choice);
      runner.loadState(saved);
      trail.push(choice.text);
      indices.push(choice.index);
      let next: StoryStep;
      try {
        next = runner.choose(choice.index);
      } catch (e) {
        problems.push({ kind: 'runtime-error', message: (e as Error).message, trail: [...trail] });
        trail.pop();
        indices.pop();
        continue;
      }
      checkLines(next);
      const sub = next.ended ? terminal(next) : visit(next);
      trail.pop();
      indices.pop();
      children.push({ info, sub });
    }
    pastGroups.length -= groups.size;

    for (const { sub } of children) for (const c of sub.masks.keys()) criteria.add(c);
    for (const { info, sub } of children) {
      out.paths += sub.paths;
      if (sub.paths > 0n) {
        out.min = Math.min(out.min, sub.min + 1);
        out.max = Math.max(out.max, sub.max + 1);
      }
      for (const [ending, n] of sub.endings) out.endings.set(ending, (out.endings.get(ending) ?? 0n) + n);
      for (const g of sub.groups) out.groups.add(g);
      for (const criterion of criteria) {
        const level = info.evidence
          .filter((e) => e.criterion === criterion)
          .reduce<Level | undefined>(
            (m, e) => (m === undefined ? e.level : (Math.min(m, e.level) as Level)),
            undefined,
          );
        const mask = sub.paths > 0n ? throughChoice(level, sub.masks.get(criterion) ?? NONE_BIT) : 0;
        out.masks.set(criterion, (out.masks.get(criterion) ?? 0) | mask);
      }
    }
    onStack.delete(key);
    memo.set(key, out);
    return out;
  };

  let first: StoryStep;
  let root: Summary;
  try {
    first = runner.continue();
    checkLines(first);
    root = first.ended ? terminal(first) : visit(first);
  } catch (e) {
    if (e instanceof UnsafeMerge) throw e;
    problems.push({ kind: 'runtime-error', message: (e as Error).message, trail: [] });
    root = { paths: 0n, min: 0, max: 0, masks: new Map(), endings: new Map(), groups: new Set() };
  }

  const best: Record<string, Level | null> = {};
  for (const criterion of criteria) best[criterion] = bestLevel(root.masks.get(criterion) ?? NONE_BIT);
  return {
    states: memo.size,
    paths: root.paths.toString(),
    decisions: { min: root.min === Infinity ? 0 : root.min, max: root.max },
    choices,
    endings: new Map([...root.endings].map(([k, v]) => [k, v.toString()])),
    best,
    criticalReachable,
    problems,
    merged: !exact,
    points: [...points.values()],
  };
}
