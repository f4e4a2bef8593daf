/**
 * Per criterion: the levels over attempts, then per trainee their first attempt against their latest, and how
 * those who tried again moved (engine/insight/criteria.ts). Weakest criterion first.
 */
import type { CriterionView, LevelCounts } from '../../../../engine/insight/index.ts';
import { h } from '../../dom.ts';
import { formatMean, formatNumber, levelName, t } from '../../../i18n/t.ts';

/** "Harmful 3, Developing 5, Competent 9, Exemplary 1". */
const counts = (levels: LevelCounts) =>
  levels.map((n, l) => `${levelName(l as 0 | 1 | 2 | 3)} ${formatNumber(n)}`).join(', ');

export function criteriaInsightView(views: readonly CriterionView[]): HTMLElement {
  const head = (text: string) => h('th', { scope: 'col' }, text);
  return h(
    'div',
    // A wide table scrolls sideways in its own frame, which the keyboard can reach.
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('criteriaInsightHeading') },
    h(
      'table',
      { class: 'insight-criteria' },
      h('caption', {}, t('criteriaInsightHeading')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          head(t('trainerCriterion')),
          head(t('criteriaMean')),
          ...[0, 1, 2, 3].map((l) => head(levelName(l as 0 | 1 | 2 | 3))),
          head(t('notObserved')),
          head(t('criteriaFirst')),
          head(t('criteriaLatest')),
          head(t('criteriaChange')),
        ),
      ),
      h(
        'tbody',
        {},
        ...views.map((v) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, v.critical ? `${v.title} (${t('critical')})` : v.title),
            h('td', {}, v.attempts.mean === null ? '–' : formatMean(v.attempts.mean)),
            ...v.attempts.levels.map((n) => h('td', {}, formatNumber(n))),
            h('td', {}, formatNumber(v.attempts.notObserved)),
            h('td', {}, counts(v.first)),
            h('td', {}, counts(v.latest)),
            h(
              'td',
              {},
              v.repeated.trainees === 0
                ? '–'
                : t('criteriaChangeValue', {
                    improved: v.repeated.improved,
                    same: v.repeated.same,
                    declined: v.repeated.declined,
                    n: v.repeated.trainees,
                  }),
            ),
          ),
        ),
      ),
    ),
  );
}
