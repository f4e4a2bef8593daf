import { h } from '../dom';
import { t } from '../../i18n/t';
import type { ScreenProps } from './context';

export function titleScreen({ send }: ScreenProps): HTMLElement {
  const start = h('button', { type: 'button', class: 'primary' }, t('start'));
  start.addEventListener('click', () => send({ type: 'START' }));
  return h(
    'section',
    { class: 'screen title-screen', 'aria-labelledby': 'screen-heading' },
    h('h1', { id: 'screen-heading' }, t('appName')),
    h('p', { class: 'tagline' }, t('tagline')),
    h('p', {}, t('titleIntro')),
    start,
  );
}
