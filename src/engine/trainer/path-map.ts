/**
 * The map of an attempt's path: every decision taken, in order, with the choices that were on offer there and
 * not taken, each with the level its ink tags give per criterion and the critical errors they mark, and the
 * ending reached. Built by replaying the attempt (the after-action review's replay), because a record keeps only
 * the choice taken. Pure: the presentation draws it (presentation/html/path-map.ts).
 */
import { criterionText, scenarioText } from '../content/localize.ts';
import type { Catalogue, Scenario } from '../content/types.ts';
import type { StoryChoice } from '../ink/runner.ts';
import type { Attempt } from '../records/attempt.ts';
import type { Profile } from '../records/profile.ts';
import type { Level } from '../tags/vocabulary.ts';
import { replayAttempt } from './review.ts';
import type { ReviewProblem } from './review.ts';

/** The level a choice shows on one criterion. */
export interface PathLevel {
  criterion: string;
  /** The criterion's title in the map's language. */
  title: string;
  level: Level;
}

export interface PathChoice {
  /** Index among the choices offered, as ink numbers them. */
  index: number;
  text: string;
  /** The level per criterion its evidence tags give; empty when the choice is not scored. */
  levels: PathLevel[];
  /** Criteria on which taking it is a critical error. */
  critical: { criterion: string; title: string }[];
}

/** One decision point of the path. */
export interface PathPoint {
  /** 1-based order in the attempt. */
  seq: number;
  /** When the decision was taken (milliseconds since the epoch). */
  at: number;
  chosen: PathChoice;
  /** The choices on offer there and not taken, in the order the story offered them. */
  others: PathChoice[];
}

export interface PathMap {
  points: PathPoint[];
  /** The ending the path reached, in the map's language; null when it reached none (unfinished, or a problem). */
  ending: { id: string; title: string; summary: string } | null;
  /** Set when the attempt's choices no longer fit the story: the points before that decision are kept. */
  problem: ReviewProblem | null;
}

/** A choice's level, when it has one: the lowest of its criteria's, so that a harmful side is never hidden. */
export function lowestLevel(choice: Pick<PathChoice, 'levels'>): Level | null {
  return choice.levels.reduce<Level | null>(
    (low, l) => (low === null || l.level < low ? l.level : low),
    null,
  );
}

export function pathMap(
  attempt: Pick<Attempt, 'seed' | 'decisions' | 'scenarioVersion'>,
  scenario: Scenario,
  catalogue: Catalogue,
  profile: Pick<Profile, 'component'> | null,
  language = 'en',
): PathMap {
  const byId = new Map(catalogue.criteria.map((c) => [c.id, c]));
  const title = (id: string) => {
    const c = byId.get(id);
    return c ? criterionText(c, language).title : id;
  };
  const choiceOf = (c: StoryChoice): PathChoice => ({
    index: c.index,
    text: c.text,
    levels: c.events.flatMap((e) =>
      e.kind === 'evidence' ? [{ criterion: e.criterion, title: title(e.criterion), level: e.level }] : [],
    ),
    critical: c.events.flatMap((e) =>
      e.kind === 'critical' ? [{ criterion: e.criterion, title: title(e.criterion) }] : [],
    ),
  });
  const replay = replayAttempt(attempt, scenario, profile, language);
  const points = replay.steps.map(({ decision, offered, chosen }): PathPoint => ({
    seq: decision.seq,
    at: decision.at,
    chosen: choiceOf(chosen),
    others: offered.filter((c) => c.index !== chosen.index).map(choiceOf),
  }));
  const words = replay.ending === null ? undefined : scenarioText(scenario, language).ending(replay.ending);
  const ending =
    replay.ending === null
      ? null
      : { id: replay.ending, title: words?.title ?? replay.ending, summary: words?.summary ?? '' };
  return { points, ending, problem: replay.problem };
}
