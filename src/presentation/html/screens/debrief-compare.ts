/**
 * At the end of a practice ("what if I had…"): this path against the scored attempt it replays, criterion by
 * criterion, as a table (the levels in words; the change in words too, never by colour or arrow alone).
 */
import type { Criterion } from '../../../engine/content/types.ts';
import { criterionText } from '../../../engine/content/localize.ts';
import type { ScoreResult } from '../../../engine/scoring/score.ts';
import { h } from '../dom.ts';
import { levelName, t } from '../../i18n/t.ts';

/** Higher, lower or the same; a dash when one of the two did not show the criterion at all. */
function change(scored: number | null, practice: number | null): string {
  if (scored === null || practice === null) return scored === practice ? t('compareSame') : '—';
  if (practice > scored) return t('compareBetter');
  return practice < scored ? t('compareWorse') : t('compareSame');
}

/** A pass stands above any fail (a critical error fails whatever the percentage); then the percentage. */
const standing = (r: ScoreResult) => (r.passed ? 101 : 0) + r.percent;

const outcome = (r: ScoreResult) =>
  t('compareResultValue', { outcome: r.passed ? t('passed') : t('failed'), percent: r.percent });

export function comparisonView(
  criteria: readonly Criterion[],
  scored: ScoreResult,
  practice: ScoreResult,
  language: string,
): HTMLElement {
  const levelOf = (r: ScoreResult, id: string) => r.criteria.find((c) => c.id === id)?.level ?? null;
  const head = (text: string) => h('th', { scope: 'col' }, text);
  const row = (name: string, a: string, b: string, c: string) =>
    h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, a), h('td', {}, b), h('td', {}, c));
  return h(
    'section',
    { class: 'compare', 'aria-labelledby': 'compare-heading' },
    h('h2', { id: 'compare-heading' }, t('compareHeading')),
    h('p', {}, t('compareIntro')),
    // Four short columns that wrap: it fits a phone without scrolling sideways.
    h(
      'table',
      { class: 'compare-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          head(t('compareCriterion')),
          head(t('compareScored')),
          head(t('comparePractice')),
          head(t('compareChange')),
        ),
      ),
      h(
        'tbody',
        {},
        ...criteria.map((c) => {
          const before = levelOf(scored, c.id);
          const after = levelOf(practice, c.id);
          return row(
            criterionText(c, language).title,
            levelName(before),
            levelName(after),
            change(before, after),
          );
        }),
        row(
          t('compareResult'),
          outcome(scored),
          outcome(practice),
          change(standing(scored), standing(practice)),
        ),
      ),
    ),
  );
}
