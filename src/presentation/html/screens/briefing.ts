import { scenarioText } from '../../../engine/content/localize.ts';
import { h } from '../dom.ts';
import { t, tn, lv } from '../../i18n/t.ts';
import type { ScreenProps } from './context.ts';

export function briefingScreen({ send, scenario, context }: ScreenProps): HTMLElement {
  if (!scenario) return h('p', {}, '');
  const text = scenarioText(scenario, context.language);
  const begin = h('button', { type: 'button', class: 'primary' }, t('begin'));
  begin.addEventListener('click', () => send({ type: 'briefing.accept' }));
  const back = h('button', { type: 'button' }, t('notNow'));
  back.addEventListener('click', () => send({ type: 'screen.leave' }));
  const run = context.refresher;
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'screen-heading' },
    run
      ? h('p', { class: 'meta' }, t('refresherSituation', { n: run.current + 1, total: run.picks.length }))
      : null,
    h('h1', { id: 'screen-heading' }, text.title),
    h('p', {}, text.summary),
    h('p', { class: 'meta' }, `${lv(t('yourRole'), text.role)} · ${tn('minutes', scenario.minutes)}`),
    h(
      'section',
      { class: 'content-note', 'aria-labelledby': 'note-heading' },
      h('h2', { id: 'note-heading' }, t('contentNote')),
      ...paragraphs(text.contentNote),
      h('h3', {}, t('support')),
      ...paragraphs(text.support),
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
