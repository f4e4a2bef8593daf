/** The insight views' filters: cohort, scenario, dates, mode, sex and component. Calls back on every change. */
import { scenarioText } from '../../../../engine/content/localize.ts';
import type { ScenarioInfo } from '../../../../engine/content/types.ts';
import type { InsightAttempt, InsightFilter } from '../../../../engine/insight/index.ts';
import { ATTEMPT_MODES } from '../../../../engine/records/attempt.ts';
import type { AttemptMode } from '../../../../engine/records/attempt.ts';
import { COMPONENTS, SEXES } from '../../../../engine/records/profile.ts';
import type { Component, Sex } from '../../../../engine/records/profile.ts';
import { h } from '../../dom.ts';
import { pageLanguage, t } from '../../../i18n/t.ts';

function select(
  id: string,
  label: string,
  entries: [string, string][],
): { field: HTMLElement; control: HTMLSelectElement } {
  const control = h('select', { id }, ...entries.map(([value, text]) => h('option', { value }, text)));
  return { field: h('div', { class: 'field' }, h('label', { for: id }, label), control), control };
}

const day = (v: string, end: boolean) =>
  v ? Date.parse(`${v}T${end ? '23:59:59.999' : '00:00:00'}`) : undefined;

export function insightFilters(
  attempts: readonly InsightAttempt[],
  scenarios: readonly ScenarioInfo[],
  onChange: (f: InsightFilter) => void,
): HTMLElement {
  const cohorts = [...new Set(attempts.flatMap((a) => (a.trainee.cohort ? [a.trainee.cohort] : [])))].sort();
  const all: [string, string] = ['', t('trainerAll')];
  const cohort = select('i-cohort', t('trainerCohort'), [
    all,
    ...cohorts.map((c): [string, string] => [c, c]),
  ]);
  const scenario = select('i-scenario', t('trainerScenario'), [
    all,
    ...scenarios.map((s): [string, string] => [s.id, scenarioText(s, pageLanguage()).title]),
  ]);
  const mode = select('i-mode', t('trainerMode'), [
    ['', t('insightCountedModes')],
    ...ATTEMPT_MODES.map((m): [string, string] => [m, t(`mode_${m}`)]),
  ]);
  const sex = select('i-sex', t('insightSex'), [all, ...SEXES.map((s): [string, string] => [s, t(s)])]);
  const component = select('i-component', t('insightComponent'), [
    all,
    ...COMPONENTS.map((c): [string, string] => [c, t(c)]),
  ]);
  const dateField = (id: string, label: string) => {
    const control = h('input', { type: 'date', id });
    return { field: h('div', { class: 'field' }, h('label', { for: id }, label), control), control };
  };
  const from = dateField('i-from', t('trainerFrom'));
  const to = dateField('i-to', t('trainerTo'));
  const form = h(
    'form',
    { class: 'filters', 'aria-label': t('insightFilters') },
    cohort.field,
    scenario.field,
    mode.field,
    from.field,
    to.field,
    sex.field,
    component.field,
  );
  const read = (): InsightFilter => ({
    cohort: cohort.control.value || undefined,
    scenarioId: scenario.control.value || undefined,
    from: day(from.control.value, false),
    to: day(to.control.value, true),
    mode: (mode.control.value || undefined) as AttemptMode | undefined,
    sex: (sex.control.value || undefined) as Sex | undefined,
    component: (component.control.value || undefined) as Component | undefined,
  });
  form.addEventListener('change', () => onChange(read()));
  form.addEventListener('submit', (e) => e.preventDefault());
  return form;
}
