/** The language switch: changes the interface and the story, keeping progress. */
import type { SessionEvent } from '../../engine/session/machine.ts';
import { h } from './dom.ts';
import { LANGUAGES, t } from '../i18n/t.ts';

export function languageSwitch(current: string, send: (e: SessionEvent) => void): HTMLElement {
  const select = h('select', { id: 'language', autocomplete: 'off' });
  for (const { code, name } of LANGUAGES) {
    const option = h('option', { value: code, lang: code }, name);
    option.selected = code === current;
    select.append(option);
  }
  select.addEventListener('change', () => send({ type: 'language.set', language: select.value }));
  return h('div', { class: 'language-switch' }, h('label', { for: 'language' }, t('language')), select);
}
