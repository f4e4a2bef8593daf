/**
 * The fields that make a device a training device: the trainer passphrase (twice) and whether trainees need PINs.
 * Used when a device is first set up and when a one-person device becomes a training device.
 */
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../engine/trainer/passphrase.ts';
import type { PassphraseProblem } from '../../engine/trainer/passphrase.ts';
import { h } from './dom.ts';
import { passwordField } from './secret-fields.ts';
import { t, tn } from '../i18n/t.ts';

export interface SharedSetupFields {
  element: HTMLElement;
  /** The passphrase and PIN policy, or what is wrong with them (worded), focusing the field to fix. */
  read(): { passphrase: string; pins: boolean } | { problem: string };
}

/** Each passphrase problem worded (a typed map: a new problem without words fails the type check). */
const PROBLEMS: Record<PassphraseProblem, () => string> = {
  tooShort: () => tn('passphrase_tooShort', MIN_PASSPHRASE_LENGTH),
  different: () => t('passphrase_different'),
};

export function sharedSetupFields(prefix: string): SharedSetupFields {
  const [passField, pass] = passwordField(`${prefix}-pass`, t('trainerPassphrase'), 'new-password');
  const [againField, again] = passwordField(
    `${prefix}-pass-again`,
    t('trainerPassphraseAgain'),
    'new-password',
  );
  const pins = h('input', { id: `${prefix}-pins`, type: 'checkbox', checked: true });
  const element = h(
    'div',
    { class: 'shared-setup' },
    h('p', {}, tn('setupPassphraseIntro', MIN_PASSPHRASE_LENGTH)),
    passField,
    againField,
    h('div', { class: 'field checkbox' }, pins, h('label', { for: `${prefix}-pins` }, t('setupPins'))),
  );
  return {
    element,
    read: () => {
      const problem = passphraseProblem(pass.value, again.value);
      if (problem) {
        pass.focus();
        return { problem: PROBLEMS[problem]() };
      }
      return { passphrase: pass.value, pins: pins.checked };
    },
  };
}
