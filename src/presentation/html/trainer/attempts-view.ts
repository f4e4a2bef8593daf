/** Trainees and their attempts, filterable by cohort, scenario, date and outcome. */
import { ATTEMPT_MODES, attemptMode } from '../../../engine/records/attempt.ts';
import { filterAttempts } from '../../../engine/trainer/cohort.ts';
import type { AttemptFilter } from '../../../engine/trainer/cohort.ts';
import { scenarioText } from '../../../engine/content/localize.ts';
import { h } from '../dom.ts';
import { formatDateTime, formatNumber, formatPercent, pageLanguage, t, tn } from '../../i18n/t.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { TrainerData } from './context.ts';

function labelled(id: string, label: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function options(select: HTMLSelectElement, entries: [string, string][]): HTMLSelectElement {
  select.append(...entries.map(([value, label]) => h('option', { value }, label)));
  return select;
}

/** The filter form; calls back with the filter whenever it changes. */
export function filterForm(data: TrainerData, onChange: (f: AttemptFilter) => void): HTMLElement {
  const cohorts = [...new Set(data.profiles.map((p) => p.cohort ?? '').filter((c) => c !== ''))].sort();
  const cohort = options(h('select', {}), [
    ['', t('trainerAll')],
    ...cohorts.map((c): [string, string] => [c, c]),
  ]);
  const scenario = options(h('select', {}), [
    ['', t('trainerAll')],
    ...data.scenarios.map((s): [string, string] => [s.id, scenarioText(s, pageLanguage()).title]),
  ]);
  const mode = options(h('select', {}), [
    ['', t('trainerAll')],
    ...ATTEMPT_MODES.map((m): [string, string] => [m, t(`mode_${m}`)]),
  ]);
  const outcome = options(h('select', {}), [
    ['', t('trainerAll')],
    ['passed', t('passed')],
    ['failed', t('failed')],
    ['unfinished', t('trainerUnfinished')],
  ]);
  const from = h('input', { type: 'date' });
  const to = h('input', { type: 'date' });
  const form = h(
    'form',
    { class: 'filters', 'aria-label': t('trainerFilters') },
    labelled('f-cohort', t('trainerCohort'), cohort),
    labelled('f-scenario', t('trainerScenario'), scenario),
    labelled('f-mode', t('trainerMode'), mode),
    labelled('f-from', t('trainerFrom'), from),
    labelled('f-to', t('trainerTo'), to),
    labelled('f-outcome', t('trainerOutcome'), outcome),
  );
  const day = (v: string, end: boolean) =>
    v ? Date.parse(`${v}T${end ? '23:59:59.999' : '00:00:00'}`) : undefined;
  const read = (): AttemptFilter => ({
    cohort: cohort.value || undefined,
    scenarioId: scenario.value || undefined,
    from: day(from.value, false),
    to: day(to.value, true),
    outcome: (outcome.value || undefined) as AttemptFilter['outcome'],
    mode: (mode.value || undefined) as AttemptFilter['mode'],
  });
  form.addEventListener('change', () => onChange(read()));
  form.addEventListener('submit', (e) => e.preventDefault());
  return form;
}

export function attemptsTable(data: TrainerData, filter: AttemptFilter): HTMLElement {
  const profileOf = new Map(data.profiles.map((p) => [p.id, p]));
  const titleOf = new Map(data.scenarios.map((s) => [s.id, scenarioText(s, pageLanguage()).title]));
  const rows = filterAttempts(data.attempts, data.profiles, filter);
  if (rows.length === 0) return h('p', { class: 'empty' }, t('trainerNoAttempts'));
  const head: MessageKey[] = [
    'trainerTrainee',
    'component',
    'trainerScenario',
    'trainerMode',
    'trainerStarted',
    'trainerStatus',
    'score',
    'trainerCritical',
    'trainerActions',
  ];
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'attempts' },
      h('caption', {}, tn('trainerAttemptsCaption', rows.length)),
      h('thead', {}, h('tr', {}, ...head.map((k) => h('th', { scope: 'col' }, t(k))))),
      h(
        'tbody',
        {},
        ...rows.map((a) => {
          const p = profileOf.get(a.profileId);
          const review = h('button', { type: 'button' }, t('trainerReview'));
          review.addEventListener('click', () => data.review(a.id));
          const certificate = h('button', { type: 'button' }, t('trainerCertificate'));
          certificate.addEventListener('click', () => data.certificate(a.profileId));
          const status =
            a.status === 'completed'
              ? a.result?.passed
                ? t('passed')
                : t('failed')
              : t(`status_${a.status}`);
          // A classroom session is the group's: named as such, with no certificate (it is nobody's).
          const group = a.classroom;
          const who = group
            ? group.headCount === null
              ? t('classroomBadge')
              : `${t('classroomBadge')} (${t('classroomHeadCountIs', { n: group.headCount })})`
            : (p?.name ?? a.profileId);
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, who),
            h('td', {}, p ? t(p.component) : ''),
            h('td', {}, titleOf.get(a.scenarioId) ?? a.scenarioId),
            h('td', {}, t(`mode_${attemptMode(a)}`)),
            h('td', {}, formatDateTime(a.startedAt)),
            h(
              'td',
              {},
              status,
              a.unverified ? h('span', { class: 'badge unverified' }, ` (${t('unverified')})`) : null,
            ),
            h('td', {}, a.result ? formatPercent(a.result.percent) : '—'),
            h('td', {}, formatNumber(a.result?.criticalErrors.length ?? 0)),
            h('td', { class: 'row-actions' }, review, group ? null : certificate),
          );
        }),
      ),
    ),
  );
}
