import { COMPONENTS, SEXES, STAGES, validateProfile } from '../../../engine/records/profile.ts';
import type { Component, ProfileDraft, Sex, TrainingStage } from '../../../engine/records/profile.ts';
import { pinProblem } from '../../../engine/trainer/pin.ts';
import { h } from '../dom.ts';
import { pinField } from '../secret-fields.ts';
import { t } from '../../i18n/t.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { ScreenProps } from './context.ts';

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function select(
  name: string,
  options: readonly MessageKey[],
  value: string,
  required: boolean,
): HTMLSelectElement {
  const el = h('select', { name, required });
  for (const o of options) {
    const option = h('option', { value: o }, t(o));
    option.selected = o === value;
    el.append(option);
  }
  return el;
}

/** `suggestedName` fills the name of a new profile (the learner's name an LMS gave). */
export function profileScreen(
  { context, send, access }: ScreenProps,
  newId: () => string,
  suggestedName = '',
): HTMLElement {
  const p = context.profile;
  // A new trainee on a device whose trainer asks for PINs chooses one with the profile.
  const withPin = p === null && context.device?.use === 'shared' && context.device.pins;
  const [pinBox, pin] = pinField('profile-pin', t('pinNew'), t('pinHint'));
  const [pinAgainBox, pinAgain] = pinField('profile-pin-again', t('pinAgain'));
  const name = h('input', {
    name: 'name',
    type: 'text',
    autocomplete: 'name',
    required: true,
    maxlength: 120,
  });
  name.value = p?.name ?? suggestedName;
  const serviceNumber = h('input', { name: 'serviceNumber', type: 'text', maxlength: 40 });
  serviceNumber.value = p?.serviceNumber ?? '';
  const component = select('component', COMPONENTS, p?.component ?? 'military', true);
  const sex = select('sex', SEXES, p?.sex ?? 'unstated', false);
  const country = h('input', { name: 'country', type: 'text', autocomplete: 'country-name', required: true });
  country.value = p?.country ?? '';
  const mission = h('input', { name: 'mission', type: 'text' });
  mission.value = p?.mission ?? '';
  const stage = select('stage', STAGES, p?.stage ?? 'pre-deployment', true);
  const cohort = h('input', { name: 'cohort', type: 'text', maxlength: 80 });
  cohort.value = p?.cohort ?? '';
  const errors = h('div', { class: 'form-errors', role: 'alert', tabindex: -1 });

  const form = h(
    'form',
    { novalidate: true },
    errors,
    field('profile-name', t('name'), name),
    field('profile-service', t('serviceNumber'), serviceNumber),
    field('profile-component', t('component'), component),
    field('profile-sex', t('sex'), sex),
    field('profile-country', t('country'), country),
    field('profile-mission', t('mission'), mission),
    field('profile-stage', t('stage'), stage),
    field('profile-cohort', t('cohort'), cohort),
    withPin ? pinBox : null,
    withPin ? pinAgainBox : null,
    h('button', { type: 'submit', class: 'primary' }, t('saveProfile')),
  );
  const back = h('button', { type: 'button' }, t('back'));
  // Back from editing keeps the profile as it was; back from a new one goes to the start.
  back.addEventListener('click', () =>
    send(p ? { type: 'profile.save', profile: p } : { type: 'screen.leave' }),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const draft: ProfileDraft = {
      name: name.value.trim(),
      serviceNumber: serviceNumber.value.trim(),
      component: component.value as Component,
      sex: sex.value as Sex,
      country: country.value.trim(),
      mission: mission.value.trim(),
      stage: stage.value as TrainingStage,
      language: context.language,
      cohort: cohort.value.trim(),
    };
    const problems: string[] = validateProfile(draft).map((pr) => t(`profile_${pr.problem}`));
    const badPin = withPin ? pinProblem(pin.value, pinAgain.value) : null;
    if (badPin) problems.push(t(badPin));
    errors.replaceChildren();
    if (problems.length > 0) {
      errors.append(h('p', {}, t('formErrors')), h('ul', {}, ...problems.map((pr) => h('li', {}, pr))));
      errors.focus();
      return;
    }
    const profile = { id: p?.id ?? newId(), ...draft };
    if (!withPin) {
      send({ type: 'profile.save', profile });
      return;
    }
    // The PIN is on disk before the profile exists, so the profile is never there without it.
    access.trainees.setPin(profile.id, pin.value).then(
      () => send({ type: 'profile.save', profile }),
      () => {
        errors.replaceChildren(h('p', {}, t('pinFailed')));
        errors.focus();
      },
    );
  });
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'screen-heading' },
    h('h1', { id: 'screen-heading' }, t('profileHeading')),
    h('p', {}, t('profileIntro')),
    form,
    h('div', { class: 'actions' }, back),
  );
}
