/**
 * Per decision point of one scenario: how many attempts reached it and the share that took each choice, with the
 * choice's level and the criteria it bears on. Points come most common mistakes first (the share of those who
 * reached it and took a mistake there: a critical error, or a harmful or developing level), and within a point
 * the mistakes come first, most taken first. Counts are attempts (a trainee who played twice counts twice, as in
 * the cohort's figures); unfinished attempts count for the points they reached. Pure.
 */
import type { InsightAttempt } from './insight-attempt.ts';
import type { CataloguePoint, PointCatalogue, PointChoice } from './point-catalogue.ts';

export interface ChoiceShare extends PointChoice {
  /** Attempts that took it here. */
  taken: number;
  /** taken / reached. */
  share: number;
}

export interface PointView {
  /** The point's key (see point-catalogue.ts). */
  key: string;
  /** 1-based place in the story's order, to name it ("decision 3"). */
  number: number;
  reached: number;
  mistakes: number;
  /** mistakes / reached; null when nobody reached it. */
  mistakeShare: number | null;
  choices: ChoiceShare[];
  /** The criteria its choices bear on, each once, in the order they appear. */
  criteria: { criterion: string; title: string }[];
  bestLevel: CataloguePoint['bestLevel'];
}

export interface DecisionPointsView {
  scenarioId: string;
  version: string;
  /** Attempts of this scenario version with at least one decision. */
  attempts: number;
  /** Attempts of the scenario on another version, not shown (the same place may hold another choice there). */
  otherVersion: number;
  /** Decisions at a place the catalogue could not find in the story. */
  unplaced: number;
  points: PointView[];
}

const byTakenThenOrder = (a: ChoiceShare, b: ChoiceShare, order: Map<string, number>) =>
  b.taken - a.taken || (order.get(a.where) ?? 0) - (order.get(b.where) ?? 0);

/** `attempts` already filtered (filter.ts); those of other scenarios are ignored. */
export function decisionPointsView(
  catalogue: PointCatalogue,
  attempts: readonly InsightAttempt[],
): DecisionPointsView {
  const ofScenario = attempts.filter((a) => a.scenarioId === catalogue.scenarioId);
  const mine = ofScenario.filter((a) => a.scenarioVersion === catalogue.version && a.decisions.length > 0);
  const reached = new Map<CataloguePoint, number>();
  const taken = new Map<string, number>();
  let unplaced = 0;
  for (const a of mine) {
    const points = new Set<CataloguePoint>();
    const wheres = new Set<string>();
    for (const d of a.decisions) {
      const point = catalogue.pointOf.get(d.where);
      if (!point) {
        unplaced += 1;
        continue;
      }
      points.add(point);
      wheres.add(d.where);
    }
    for (const p of points) reached.set(p, (reached.get(p) ?? 0) + 1);
    for (const w of wheres) taken.set(w, (taken.get(w) ?? 0) + 1);
  }

  const views = catalogue.points.map((p, i): PointView => {
    const n = reached.get(p) ?? 0;
    const order = new Map(p.choices.map((c, k) => [c.where, k]));
    const shares = p.choices.map((c): ChoiceShare => {
      const t = taken.get(c.where) ?? 0;
      return { ...c, taken: t, share: n === 0 ? 0 : t / n };
    });
    const mistakes = shares.filter((c) => c.mistake).reduce((s, c) => s + c.taken, 0);
    const criteria = new Map<string, string>();
    for (const c of p.choices) {
      for (const l of c.levels) criteria.set(l.criterion, l.title);
      for (const l of c.critical) criteria.set(l.criterion, l.title);
    }
    return {
      key: p.key,
      number: i + 1,
      reached: n,
      mistakes,
      mistakeShare: n === 0 ? null : mistakes / n,
      choices: [
        ...shares.filter((c) => c.mistake).sort((a, b) => byTakenThenOrder(a, b, order)),
        ...shares.filter((c) => !c.mistake).sort((a, b) => byTakenThenOrder(a, b, order)),
      ],
      criteria: [...criteria].map(([criterion, title]) => ({ criterion, title })),
      bestLevel: p.bestLevel,
    };
  });
  views.sort(
    (a, b) => (b.mistakeShare ?? -1) - (a.mistakeShare ?? -1) || b.reached - a.reached || a.number - b.number,
  );
  return {
    scenarioId: catalogue.scenarioId,
    version: catalogue.version,
    attempts: mine.length,
    otherVersion: ofScenario.filter((a) => a.scenarioVersion !== catalogue.version).length,
    unplaced,
    points: views,
  };
}
