/**
 * The way into the trainer area. The passphrase is set when a device is set up for training, never here by
 * whoever arrives first; the one exception is a device set up for one person's own training that holds no other
 * trainee's records, which its owner may turn into a training device.
 */
import { canBecomeShared } from '../../../engine/trainer/device.ts';
import type { DeviceSetup } from '../../../engine/trainer/device.ts';
import {
  PASSPHRASE_SETTING,
  parsePassphraseRecord,
  verifyPassphrase,
} from '../../../engine/trainer/passphrase.ts';
import type { RecordStore } from '../../../engine/ports/record-store.ts';
import { h } from '../dom.ts';
import type { DeviceAccess } from '../device-access.ts';
import { passwordField } from '../secret-fields.ts';
import { sharedSetupFields } from '../setup-fields.ts';
import { t } from '../../i18n/t.ts';

export interface GateDeps {
  store: RecordStore;
  device: DeviceSetup | null;
  access: DeviceAccess;
}

const gateSection = (heading: string, ...body: (HTMLElement | null)[]) =>
  h(
    'section',
    { class: 'trainer-gate', 'aria-labelledby': 'gate-heading' },
    h('h2', { id: 'gate-heading' }, heading),
    ...body,
  );

export async function gateView(
  { store, device, access }: GateDeps,
  unlocked: () => void,
): Promise<HTMLElement> {
  const stored = parsePassphraseRecord(await store.getSetting(PASSPHRASE_SETTING));
  if (stored === 'invalid') {
    // Damaged or weakened: stay locked, and never offer to set a new passphrase in its place.
    return gateSection(t('trainerEnterHeading'), h('p', { role: 'alert' }, t('trainerPassphraseInvalid')));
  }
  if (stored === null) return setupGate(store, device, access, unlocked);

  const error = h('p', { class: 'form-errors', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('trainerEnter'));
  const [passField, pass] = passwordField('trainer-pass', t('trainerPassphrase'), 'current-password');
  const form = h('form', { novalidate: true }, error, passField, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    try {
      // verifyPassphrase can throw (WebCrypto refusing the record): caught below, never left hanging.
      if (await verifyPassphrase(pass.value, stored)) unlocked();
      else error.textContent = t('trainerWrongPassphrase');
    } catch {
      error.textContent = t('trainerGateFailed');
    } finally {
      submit.disabled = false;
    }
    if (error.textContent) pass.focus();
  });
  return gateSection(t('trainerEnterHeading'), h('p', {}, t('trainerEnterIntro')), form);
}

/** No passphrase on record: a training device only if this device may still become one. */
async function setupGate(
  store: RecordStore,
  device: DeviceSetup | null,
  access: DeviceAccess,
  unlocked: () => void,
): Promise<HTMLElement> {
  const profiles = (await store.profiles().catch(() => null))?.length ?? Infinity;
  if (!canBecomeShared(device, profiles)) {
    return gateSection(t('trainerEnterHeading'), h('p', { role: 'alert' }, t('trainerNotSetUp')));
  }
  const fields = sharedSetupFields('trainer');
  const error = h('p', { class: 'form-errors', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('trainerSetPassphrase'));
  const form = h('form', { novalidate: true }, error, fields.element, submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    error.textContent = '';
    const read = fields.read();
    if ('problem' in read) {
      error.textContent = read.problem;
      return;
    }
    submit.disabled = true;
    access.setUp({ use: 'shared', pins: read.pins }, read.passphrase).then(unlocked, () => {
      submit.disabled = false;
      error.textContent = t('setupFailed');
    });
  });
  return gateSection(t('trainerSetupHeading'), h('p', {}, t('trainerSetupIntro')), form);
}
