/**
 * The cohort per criterion: a chart of which criteria the cohort handles worst, and a table of the same figures
 * with counts disaggregated by sex and by component (and a column for attempts whose profile is missing, when
 * there are any), criterion titles in the page's language.
 */
import { COMPONENTS, SEXES } from '../../../engine/records/profile.ts';
import { criterionSummaries, filterAttempts } from '../../../engine/trainer/cohort.ts';
import type { AttemptFilter, Tally } from '../../../engine/trainer/cohort.ts';
import { h } from '../dom.ts';
import { formatMean, formatNumber, pageLanguage, t } from '../../i18n/t.ts';
import { barChart } from './chart.ts';
import type { TrainerData } from './context.ts';

const fmt = (x: Tally) => (x.mean === null ? '–' : `${formatMean(x.mean)} (n=${formatNumber(x.n)})`);

export function cohortView(data: TrainerData, filter: AttemptFilter): HTMLElement {
  const attempts = filterAttempts(data.attempts, data.profiles, {
    ...filter,
    outcome: filter.outcome === 'unfinished' ? undefined : filter.outcome,
  });
  const rows = criterionSummaries(attempts, data.profiles, data.catalogue, pageLanguage());
  if (rows.length === 0) return h('p', { class: 'empty' }, t('trainerNoResults'));
  const unknown = rows.some((r) => r.unknownProfile.n > 0);
  const chart = barChart(
    rows.map((r) => ({ label: r.title, value: r.overall.mean, weak: r.weak })),
    3,
  );
  return h(
    'div',
    {},
    h('p', {}, t('trainerCohortIntro')),
    h('figure', { class: 'chart' }, chart, h('figcaption', {}, t('trainerChartCaption'))),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'cohort' },
        h('caption', {}, t('trainerCohortCaption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('trainerCriterion')),
            h('th', { scope: 'col' }, t('trainerMean')),
            h('th', { scope: 'col' }, t('trainerWeak')),
            h('th', { scope: 'col' }, t('criticalErrors')),
            ...SEXES.map((s) => h('th', { scope: 'col' }, t(s))),
            ...COMPONENTS.map((c) => h('th', { scope: 'col' }, t(c))),
            ...(unknown ? [h('th', { scope: 'col' }, t('trainerProfileUnknown'))] : []),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((r) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, r.title),
              h('td', {}, fmt(r.overall)),
              h('td', {}, r.weakShare === null ? '–' : `${Math.round(r.weakShare * 100)}%`),
              h('td', {}, String(r.criticalErrors)),
              ...SEXES.map((s) => h('td', {}, fmt(r.bySex[s]))),
              ...COMPONENTS.map((c) => h('td', {}, fmt(r.byComponent[c]))),
              ...(unknown ? [h('td', {}, fmt(r.unknownProfile))] : []),
            ),
          ),
        ),
      ),
    ),
  );
}
