import { h } from '../dom';
import { t } from '../../i18n/t';
import type { ScreenProps } from './context';

export function briefingScreen({ send, scenario }: ScreenProps): HTMLElement {
  if (!scenario) return h('p', {}, '');
  const begin = h('button', { type: 'button', class: 'primary' }, t('begin'));
  begin.addEventListener('click', () => send({ type: 'BRIEFING.ACCEPT' }));
  const back = h('button', { type: 'button' }, t('notNow'));
  back.addEventListener('click', () => send({ type: 'LEAVE' }));
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'screen-heading' },
    h('h1', { id: 'screen-heading' }, scenario.title),
    h('p', {}, scenario.summary),
    h(
      'p',
      { class: 'meta' },
      `${t('yourRole')}: ${scenario.role} · ${t('minutes', { n: scenario.minutes })}`,
    ),
    h(
      'section',
      { class: 'content-note', 'aria-labelledby': 'note-heading' },
      h('h2', { id: 'note-heading' }, t('contentNote')),
      ...paragraphs(scenario.contentNote),
      h('h3', {}, t('support')),
      ...paragraphs(scenario.support),
      h('p', {}, t('pauseOrLeave')),
    ),
    h('div', { class: 'actions' }, begin, back),
  );
}

export function paragraphs(text: string): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => h('p', {}, p));
}
