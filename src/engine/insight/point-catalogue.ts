/**
 * The decision points of a scenario as the cohort met them, with every choice on offer there and its level per
 * criterion. A record keeps only the choice taken, so, like the map of the path (path-map.ts), this replays
 * attempts (replayAttempt) and reads the choices offered at each step; a choice's level and critical errors are
 * what its ink tags give (decisionOf, the same reading as scoring).
 *
 * What is a decision point: a choice sits at one place in the story (`where`), so two sets of choices offered
 * together that share a choice are one decision point met in different states (a once-only or conditional
 * choice missing from one of them); sets sharing none are different points. Replays are few: an attempt is
 * replayed only while some choice the cohort took is still unplaced, so the cost grows with the story, not with
 * the cohort. An attempt rebuilt from an LRS has no seed: it is replayed with seed 0, which gives the same choices
 * (ink randomness varies text, not where choices sit); one that no longer fits the story is passed over.
 */
import { criterionText } from '../content/localize.ts';
import type { Catalogue, Scenario } from '../content/types.ts';
import type { StoryChoice } from '../ink/runner.ts';
import { decisionOf } from '../scoring/decision.ts';
import { lowestLevel } from '../trainer/path-map.ts';
import type { PathLevel } from '../trainer/path-map.ts';
import { replayAttempt } from '../trainer/review.ts';
import { isWeak } from '../tags/vocabulary.ts';
import type { Level } from '../tags/vocabulary.ts';
import type { InsightAttempt } from './insight-attempt.ts';

export interface PointChoice {
  where: string;
  /** Its index among the choices offered where it was first met (ink numbers them from 0). */
  index: number;
  /** In the catalogue's language. */
  text: string;
  levels: PathLevel[];
  critical: { criterion: string; title: string }[];
  /** The choice's level: its lowest over its criteria (lowestLevel), 0 when it is a critical error. */
  level: Level | null;
  /** Critical, or weak (harmful or developing) on some criterion. */
  mistake: boolean;
}

export interface CataloguePoint {
  /** Stable while the story is: the `where` of its first choice. */
  key: string;
  /** Every choice met there, in the order the story offers them. */
  choices: PointChoice[];
  /** The highest level of a choice there that is not a critical error; null when no choice there is scored. */
  bestLevel: Level | null;
  /** Earliest step (1-based) at which a replay met it: the order to list points in the story's order. */
  step: number;
}

export interface PointCatalogue {
  scenarioId: string;
  version: string;
  language: string;
  points: CataloguePoint[];
  /** The point of each choice, by where it sits. */
  pointOf: ReadonlyMap<string, CataloguePoint>;
  /** Attempts replayed to build it, and those passed over because their choices no longer fit the story. */
  replayed: number;
  unfit: number;
}

interface Group {
  choices: Map<string, StoryChoice>;
  step: number;
}

function choiceOf(c: StoryChoice, title: (criterion: string) => string): PointChoice {
  const decision = decisionOf(c, 0, 0);
  const levels = decision.evidence.map((e) => ({
    criterion: e.criterion,
    title: title(e.criterion),
    level: e.level,
  }));
  const critical = decision.critical.map((criterion) => ({ criterion, title: title(criterion) }));
  const lowest = lowestLevel({ levels });
  const level: Level | null = critical.length > 0 ? 0 : lowest;
  return {
    where: c.where,
    index: c.index,
    text: c.text,
    levels,
    critical,
    level,
    mistake: critical.length > 0 || (lowest !== null && isWeak(lowest)),
  };
}

/**
 * The catalogue of `scenario`'s decision points, from `attempts` of it (those of another scenario or version are
 * ignored: the same place in another version of a story may hold another choice).
 */
export function pointCatalogue(
  scenario: Scenario,
  attempts: readonly InsightAttempt[],
  catalogue: Catalogue,
  language = 'en',
): PointCatalogue {
  const mine = attempts.filter(
    (a) => a.scenarioId === scenario.id && a.scenarioVersion === scenario.version && a.decisions.length > 0,
  );
  // Attempts with a seed replay exactly: they go first.
  const ordered = [...mine].sort((a, b) => Number(a.seed === null) - Number(b.seed === null));
  const groupOf = new Map<string, Group>();
  const unplaced = new Set(mine.flatMap((a) => a.decisions.map((d) => d.where)));
  let replayed = 0;
  let unfit = 0;

  const place = (offered: StoryChoice[], step: number) => {
    const joined = new Set<Group>();
    for (const c of offered) {
      const g = groupOf.get(c.where);
      if (g) joined.add(g);
    }
    const group: Group = { choices: new Map(), step };
    for (const g of joined) {
      for (const [where, c] of g.choices) group.choices.set(where, c);
      group.step = Math.min(group.step, g.step);
    }
    for (const c of offered) if (!group.choices.has(c.where)) group.choices.set(c.where, c);
    for (const where of group.choices.keys()) {
      groupOf.set(where, group);
      unplaced.delete(where);
    }
  };

  for (const a of ordered) {
    if (unplaced.size === 0) break;
    if (a.decisions.every((d) => !unplaced.has(d.where))) continue;
    replayed += 1;
    const profile = a.trainee.component === null ? null : { component: a.trainee.component };
    const replay = replayAttempt(
      { seed: a.seed ?? 0, decisions: a.decisions, scenarioVersion: a.scenarioVersion },
      scenario,
      profile,
      language,
    );
    // A replay that went astray (another seed's choices, a changed story) says nothing reliable.
    const fits = replay.steps.every((s) => s.chosen.where === s.decision.where);
    if (!fits || replay.problem) {
      unfit += 1;
      if (!fits) continue;
    }
    replay.steps.forEach((s, i) => place(s.offered, i + 1));
  }

  const byId = new Map(catalogue.criteria.map((x) => [x.id, x]));
  const title = (id: string) => {
    const criterion = byId.get(id);
    return criterion ? criterionText(criterion, language).title : id;
  };
  const groups = [...new Set(groupOf.values())].sort((a, b) => a.step - b.step);
  const pointOf = new Map<string, CataloguePoint>();
  const points = groups.map((g): CataloguePoint => {
    const choices = [...g.choices.values()].map((c) => choiceOf(c, title));
    const scored = choices.filter((c) => c.level !== null && c.critical.length === 0);
    const bestLevel = scored.reduce<Level | null>(
      (best, c) => (c.level !== null && (best === null || c.level > best) ? c.level : best),
      null,
    );
    const point = { key: choices[0]?.where ?? '', choices, bestLevel, step: g.step };
    for (const c of choices) pointOf.set(c.where, point);
    return point;
  });
  return { scenarioId: scenario.id, version: scenario.version, language, points, pointOf, replayed, unfit };
}
