/** Labelled fields for secrets: the trainer passphrase and trainee PINs. */
import { h } from './dom.ts';

export function passwordField(
  id: string,
  label: string,
  autocomplete: string,
): [HTMLElement, HTMLInputElement] {
  const input = h('input', { id, type: 'password', autocomplete, required: true });
  return [h('div', { class: 'field' }, h('label', { for: id }, label), input), input];
}

/** A PIN: digits only, shown as dots, a number pad on phones. */
export function pinField(id: string, label: string, hint?: string): [HTMLElement, HTMLInputElement] {
  const input = h('input', {
    id,
    type: 'password',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: 8,
    required: true,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  });
  return [
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
      input,
    ),
    input,
  ];
}
