/**
 * What to teach tomorrow: the decision points where the cohort did worst, over the scenarios shown, with the
 * guidance to teach from.
 *
 * Worst is the highest share of those who reached the point and took a mistake there (a critical error, or a
 * harmful or developing level). A share over very few attempts says little, so points reached by fewer than
 * TEACH_MIN_REACHED attempts come after all the others; ties go to the point more attempts reached. Each point
 * comes with its most taken mistake, the criterion its mistakes bear on most (critical errors and weak levels of
 * the mistakes taken, counted by how often they were taken) and that criterion's first citation, the one the
 * debrief shows as the source. Pure.
 */
import { criterionText } from '../content/localize.ts';
import type { Catalogue, Citation } from '../content/types.ts';
import { isWeak } from '../tags/vocabulary.ts';
import type { ChoiceShare, DecisionPointsView, PointView } from './decision-points.ts';

export const TEACH_COUNT = 3;
export const TEACH_MIN_REACHED = 5;

export interface GuidanceReference {
  citation: Citation;
  /** The citation's title and section in the view's language. */
  words: { title: string; section: string };
  /** The criterion's other citations, not shown here. */
  more: number;
}

export interface TeachItem {
  scenarioId: string;
  point: PointView;
  /** The mistake taken most often there. */
  mistake: ChoiceShare;
  criterion: { id: string; title: string };
  /** null when the criterion is not in the catalogue (content changed since). */
  reference: GuidanceReference | null;
  /** Reached by fewer than TEACH_MIN_REACHED attempts. */
  few: boolean;
}

function criterionOfMistakes(point: PointView): { id: string; title: string } | null {
  const weight = new Map<string, { title: string; n: number }>();
  const add = (id: string, title: string, n: number) =>
    weight.set(id, { title, n: (weight.get(id)?.n ?? 0) + n });
  for (const c of point.choices) {
    if (!c.mistake || c.taken === 0) continue;
    for (const k of c.critical) add(k.criterion, k.title, c.taken);
    for (const l of c.levels) if (isWeak(l.level)) add(l.criterion, l.title, c.taken);
  }
  let best: { id: string; title: string; n: number } | null = null;
  for (const [id, w] of weight) if (!best || w.n > best.n) best = { id, title: w.title, n: w.n };
  return best && { id: best.id, title: best.title };
}

export function teachTomorrow(
  views: readonly DecisionPointsView[],
  catalogue: Catalogue,
  language = 'en',
  count = TEACH_COUNT,
): TeachItem[] {
  const criteria = new Map(catalogue.criteria.map((c) => [c.id, c]));
  const candidates = views.flatMap((v) =>
    v.points.flatMap((point): TeachItem[] => {
      const mistake = point.choices.find((c) => c.mistake && c.taken > 0);
      const criterion = criterionOfMistakes(point);
      if (!mistake || !criterion || point.mistakeShare === null) return [];
      const entry = criteria.get(criterion.id);
      const first = entry?.citations[0];
      const words = entry ? criterionText(entry, language).citations[0] : undefined;
      return [
        {
          scenarioId: v.scenarioId,
          point,
          mistake,
          criterion,
          reference:
            entry && first
              ? { citation: first, words: words ?? first, more: entry.citations.length - 1 }
              : null,
          few: point.reached < TEACH_MIN_REACHED,
        },
      ];
    }),
  );
  candidates.sort(
    (a, b) =>
      Number(a.few) - Number(b.few) ||
      (b.point.mistakeShare ?? 0) - (a.point.mistakeShare ?? 0) ||
      b.point.reached - a.point.reached ||
      a.scenarioId.localeCompare(b.scenarioId) ||
      a.point.number - b.point.number,
  );
  return candidates.slice(0, count);
}
