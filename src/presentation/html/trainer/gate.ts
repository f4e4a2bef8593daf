/** The way into the trainer area: set a passphrase on first use, then enter it. */
import {
  hashPassphrase,
  parsePassphraseRecord,
  MIN_PASSPHRASE_LENGTH,
  passphraseProblem,
  verifyPassphrase,
} from '../../../engine/trainer/passphrase';
import type { RecordStore } from '../../../engine/records/store';
import { h } from '../dom';
import { t } from '../../i18n/t';

export const PASSPHRASE_SETTING = 'trainerPassphrase';

function passwordField(id: string, label: string, autocomplete: string): [HTMLElement, HTMLInputElement] {
  const input = h('input', { id, type: 'password', autocomplete, required: true });
  return [h('div', { class: 'field' }, h('label', { for: id }, label), input), input];
}

export async function gateView(store: RecordStore, unlocked: () => void): Promise<HTMLElement> {
  const stored = parsePassphraseRecord(await store.getSetting(PASSPHRASE_SETTING));
  if (stored === 'invalid') {
    // Damaged or weakened: stay locked, and never offer to set a new passphrase in its place.
    return h(
      'section',
      { class: 'trainer-gate', 'aria-labelledby': 'gate-heading' },
      h('h2', { id: 'gate-heading' }, t('trainerEnterHeading')),
      h('p', { role: 'alert' }, t('trainerPassphraseInvalid')),
    );
  }
  const record = stored;
  const error = h('p', { class: 'form-errors', role: 'alert' });
  const submit = h(
    'button',
    { type: 'submit', class: 'primary' },
    record ? t('trainerEnter') : t('trainerSetPassphrase'),
  );
  const [passField, pass] = passwordField(
    'trainer-pass',
    t('trainerPassphrase'),
    record ? 'current-password' : 'new-password',
  );
  const [againField, again] = passwordField(
    'trainer-pass-again',
    t('trainerPassphraseAgain'),
    'new-password',
  );
  const form = h('form', { novalidate: true }, error, passField, record ? null : againField, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    try {
      if (record) {
        // verifyPassphrase can throw (WebCrypto refusing the record): caught below, never left hanging.
        if (await verifyPassphrase(pass.value, record)) unlocked();
        else error.textContent = t('trainerWrongPassphrase');
      } else {
        const problem = passphraseProblem(pass.value, again.value);
        if (problem) error.textContent = t(`passphrase_${problem}`, { n: MIN_PASSPHRASE_LENGTH });
        else {
          await store.setSetting(PASSPHRASE_SETTING, JSON.stringify(await hashPassphrase(pass.value)));
          unlocked();
        }
      }
    } catch {
      error.textContent = t('trainerGateFailed');
    } finally {
      submit.disabled = false;
    }
    if (error.textContent) pass.focus();
  });
  return h(
    'section',
    { class: 'trainer-gate', 'aria-labelledby': 'gate-heading' },
    h('h2', { id: 'gate-heading' }, record ? t('trainerEnterHeading') : t('trainerSetupHeading')),
    h('p', {}, record ? t('trainerEnterIntro') : t('trainerSetupIntro')),
    form,
  );
}
