/**
 * The trainer area's way into classroom mode: a scenario, a language, a head count and who is present (both
 * optional). Starting opens the projector window (in the click itself, so a pop-up blocker lets it through) and
 * starts the session.
 */
import { scenarioText } from '../../../engine/content/localize.ts';
import type { ScenarioInfo } from '../../../engine/content/types.ts';
import { attendanceFits } from '../../../engine/records/classroom.ts';
import type { Profile } from '../../../engine/records/profile.ts';
import type { SessionEvent } from '../../../engine/session/machine.ts';
import { h } from '../dom.ts';
import { LANGUAGES, pageLanguage, t } from '../../i18n/t.ts';
import { openAudienceWindow } from './open-audience.ts';

export function classroomSection(
  scenarios: readonly ScenarioInfo[],
  profiles: readonly Profile[],
  send: (event: Extract<SessionEvent, { type: 'trainer.classroom' }>) => void,
): HTMLElement {
  const language = pageLanguage();
  const scenario = h(
    'select',
    { id: 'classroom-scenario' },
    ...scenarios
      .filter((s) => s.kind === 'course')
      .map((s) => h('option', { value: s.id }, scenarioText(s, language).title)),
  );
  const lang = h(
    'select',
    { id: 'classroom-language' },
    ...LANGUAGES.map(({ code, name }) =>
      h('option', { value: code, lang: code, selected: code === language }, name),
    ),
  );
  const headCount = h('input', {
    id: 'classroom-headcount',
    type: 'number',
    min: 1,
    max: 500,
    step: 1,
    inputmode: 'numeric',
  });
  const present = profiles.map((p) => {
    const box = h('input', { type: 'checkbox', id: `classroom-present-${p.id}`, value: p.id });
    return { box, row: h('li', {}, box, h('label', { for: box.id }, p.name)) };
  });
  const problem = h('p', { class: 'field-problem', 'aria-live': 'polite' });
  const start = h('button', { type: 'submit', class: 'primary' }, t('classroomStart'));
  const form = h(
    'form',
    { class: 'classroom-setup', 'aria-labelledby': 'classroom-heading' },
    h('div', { class: 'field' }, h('label', { for: 'classroom-scenario' }, t('classroomScenario')), scenario),
    h('div', { class: 'field' }, h('label', { for: 'classroom-language' }, t('classroomLanguage')), lang),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'classroom-headcount' }, t('classroomHeadCount')),
      headCount,
    ),
    present.length === 0
      ? null
      : h(
          'fieldset',
          { class: 'classroom-present' },
          h('legend', {}, t('classroomPresent')),
          h('ul', {}, ...present.map((p) => p.row)),
        ),
    problem,
    h('div', { class: 'actions' }, start),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const typed = headCount.value.trim() === '' ? null : Number(headCount.value);
    const ticked = present.filter((p) => p.box.checked).map((p) => p.box.value);
    if ((typed !== null && Number.isNaN(typed)) || !attendanceFits(typed, ticked)) {
      problem.textContent = t('classroomBadHeadCount');
      headCount.focus();
      return;
    }
    problem.textContent = '';
    // Blocked or not, the session starts: the presenter view offers to open the projector window again.
    openAudienceWindow();
    send({
      type: 'trainer.classroom',
      scenarioId: scenario.value,
      language: lang.value,
      headCount: typed,
      present: ticked,
    });
  });
  return h(
    'section',
    { 'aria-labelledby': 'classroom-heading' },
    h('h2', { id: 'classroom-heading' }, t('classroomHeading')),
    h('p', {}, t('classroomIntro')),
    form,
  );
}
