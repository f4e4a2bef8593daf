/**
 * The endpoint, key and secret of an LRS, as the trainer area asks for them for sending (lrs-view.ts) and for
 * reading back (insight/lrs-read-panel.ts): the saved secret is never shown again, and an empty secret keeps it;
 * a problem is said in the form and its field takes focus.
 */
import type { LrsSettings } from '../../../engine/ports/lrs-sync.ts';
import { settingsProblem } from '../../../lrs/settings.ts';
import type { LrsSettingsProblem } from '../../../lrs/settings.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { t } from '../../i18n/t.ts';
import { h } from '../dom.ts';

export const SETTINGS_PROBLEMS: Record<LrsSettingsProblem, MessageKey> = {
  endpoint: 'lrsEndpointInvalid',
  'endpoint-scheme': 'lrsEndpointScheme',
  'endpoint-credentials': 'lrsEndpointCredentials',
  key: 'lrsKeyMissing',
  secret: 'lrsSecretMissing',
};

export function field(id: string, label: string, input: HTMLInputElement, hint?: string): HTMLElement {
  input.id = id;
  const hintId = hint ? `${id}-hint` : undefined;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    input,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
  );
}

export interface CredentialsForm {
  /** The three fields, to place in a form. */
  fields: HTMLElement[];
  /** Where a problem with what was entered is said (role alert). */
  errors: HTMLElement;
  /** What the form holds; an empty secret keeps the saved one. */
  entered(): LrsSettings;
  /** True when `s` can be saved; otherwise says why and focuses the field at fault. */
  check(s: LrsSettings): boolean;
  /** Shows saved settings (null: none), the secret only as a placeholder saying it is kept. */
  showSaved(s: LrsSettings | null): void;
}

export function credentialsForm(
  id: string,
  labels: { endpoint: string; key: string; secret: string; endpointHint?: string },
): CredentialsForm {
  const endpoint = h('input', { type: 'url', autocomplete: 'off', spellcheck: 'false', inputmode: 'url' });
  const key = h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const secret = h('input', { type: 'password', autocomplete: 'new-password' });
  const errors = h('p', { class: 'form-errors', role: 'alert' });
  let saved: LrsSettings | null = null;
  return {
    fields: [
      field(`${id}-endpoint`, labels.endpoint, endpoint, labels.endpointHint),
      field(`${id}-key`, labels.key, key),
      field(`${id}-secret`, labels.secret, secret),
    ],
    errors,
    entered: () => ({
      endpoint: endpoint.value,
      key: key.value,
      secret: secret.value || saved?.secret || '',
    }),
    check(s) {
      const p = settingsProblem(s);
      errors.textContent = p ? t(SETTINGS_PROBLEMS[p]) : '';
      if (p) (p === 'key' ? key : p === 'secret' ? secret : endpoint).focus();
      return p === null;
    },
    showSaved(s) {
      saved = s;
      endpoint.value = s?.endpoint ?? '';
      key.value = s?.key ?? '';
      secret.value = '';
      secret.placeholder = s ? t('lrsSecretKept') : '';
    },
  };
}
