/**
 * Setting a device up, before anyone trains on it: for one person's own training, or for the trainees of a
 * training centre (then the trainer sets the passphrase here, and says whether trainees need PINs).
 */
import { h } from '../dom.ts';
import type { DeviceAccess } from '../device-access.ts';
import { sharedSetupFields } from '../setup-fields.ts';
import { t } from '../../i18n/t.ts';

export function deviceSetupSection(access: DeviceAccess): HTMLElement {
  const radio = (value: string, label: string, checked: boolean) => {
    const input = h('input', {
      type: 'radio',
      name: 'device-use',
      id: `device-use-${value}`,
      value,
      checked,
    });
    return [
      input,
      h('div', { class: 'field checkbox' }, input, h('label', { for: input.id }, label)),
    ] as const;
  };
  const [own, ownField] = radio('own', t('setupOwn'), true);
  const [shared, sharedField] = radio('shared', t('setupShared'), false);
  const fields = sharedSetupFields('setup');
  fields.element.hidden = true;
  const showFields = () => (fields.element.hidden = !shared.checked);
  own.addEventListener('change', showFields);
  shared.addEventListener('change', showFields);
  const error = h('p', { class: 'form-errors', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('setupSubmit'));
  const form = h(
    'form',
    { novalidate: true },
    h('fieldset', {}, h('legend', {}, t('setupWho')), ownField, sharedField),
    fields.element,
    error,
    submit,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    error.textContent = '';
    let done: Promise<void>;
    if (own.checked) done = access.setUp({ use: 'own', pins: false });
    else {
      const read = fields.read();
      if ('problem' in read) {
        error.textContent = read.problem;
        return;
      }
      done = access.setUp({ use: 'shared', pins: read.pins }, read.passphrase);
    }
    submit.disabled = true;
    done.catch(() => {
      submit.disabled = false;
      error.textContent = t('setupFailed');
    });
  });
  return h(
    'section',
    { class: 'card device-setup', 'aria-labelledby': 'setup-heading' },
    h('h2', { id: 'setup-heading' }, t('setupHeading')),
    h('p', {}, t('setupIntro')),
    form,
  );
}
