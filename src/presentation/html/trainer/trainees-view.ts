/**
 * Trainees and PINs, in the trainer area of a shared device: whether trainees need a PIN to open their records,
 * and a new PIN for a trainee who forgot theirs or has none yet (the trainer then tells them).
 */
import type { Profile } from '../../../engine/records/profile.ts';
import type { DeviceSetup } from '../../../engine/trainer/device.ts';
import { pinProblem } from '../../../engine/trainer/pin.ts';
import { h } from '../dom.ts';
import type { DeviceAccess } from '../device-access.ts';
import { pinField } from '../secret-fields.ts';
import { t } from '../../i18n/t.ts';

export function traineesSection(
  device: DeviceSetup,
  access: DeviceAccess,
  profiles: readonly Profile[],
): HTMLElement {
  const status = h('p', { role: 'status' });
  const pins = h('input', { id: 'policy-pins', type: 'checkbox', checked: device.pins });
  pins.addEventListener('change', () => {
    access.setUp({ use: 'shared', pins: pins.checked }).then(
      () => (status.textContent = pins.checked ? t('policyPinsOn') : t('policyPinsOff')),
      () => {
        pins.checked = !pins.checked;
        status.textContent = t('setupFailed');
      },
    );
  });

  const who = h('select', { id: 'pin-trainee' });
  for (const p of profiles) who.append(h('option', { value: p.id }, p.name));
  const [pinBox, pin] = pinField('pin-new', t('pinNew'), t('pinHint'));
  const [againBox, again] = pinField('pin-new-again', t('pinAgain'));
  const set = h('button', { type: 'submit' }, t('pinSet'));
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'pin-set-heading' },
    h('div', { class: 'field' }, h('label', { for: 'pin-trainee' }, t('trainerTrainee')), who),
    pinBox,
    againBox,
    set,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const problem = pinProblem(pin.value, again.value);
    const name = who.selectedOptions[0]?.textContent ?? '';
    if (problem || !who.value) {
      status.textContent = problem ? t(problem) : t('traineesNone');
      pin.focus();
      return;
    }
    access.trainees.setPin(who.value, pin.value).then(
      () => {
        pin.value = '';
        again.value = '';
        status.textContent = t('pinSetDone', { name });
      },
      () => (status.textContent = t('setupFailed')),
    );
  });

  return h(
    'section',
    { 'aria-labelledby': 'trainees-heading' },
    h('h2', { id: 'trainees-heading' }, t('traineesPinsHeading')),
    h('div', { class: 'field checkbox' }, pins, h('label', { for: 'policy-pins' }, t('setupPins'))),
    h('h3', { id: 'pin-set-heading' }, t('pinSetHeading')),
    profiles.length > 0 ? form : h('p', {}, t('traineesNone')),
    status,
  );
}
