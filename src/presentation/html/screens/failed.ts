import { h } from '../dom.ts';
import { t } from '../../i18n/t.ts';
import type { ScreenProps } from './context.ts';

export function failedScreen({ send }: ScreenProps): HTMLElement {
  const leave = h('button', { type: 'button', class: 'primary' }, t('leave'));
  leave.addEventListener('click', () => send({ type: 'screen.leave' }));
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'screen-heading' },
    h('h1', { id: 'screen-heading' }, t('storyError')),
    h('p', { role: 'alert' }, t('storyErrorHelp')),
    leave,
  );
}
