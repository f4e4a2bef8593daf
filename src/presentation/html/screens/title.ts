import { scenarioText } from '../../../engine/content/localize.ts';
import { h } from '../dom.ts';
import { t } from '../../i18n/t.ts';
import type { ScreenProps } from './context.ts';
import { deviceSetupSection } from './device-setup.ts';

export function titleScreen({ send, resumable, scenarios, context, access }: ScreenProps): HTMLElement {
  const trainer = h('button', { type: 'button', class: 'link' }, t('trainerArea'));
  trainer.addEventListener('click', () => send({ type: 'trainer.open' }));
  const intro = [
    h('h1', { id: 'screen-heading' }, t('appName')),
    h('p', { class: 'tagline' }, t('tagline')),
    h('p', {}, t('titleIntro')),
  ];
  const screen = (...body: HTMLElement[]) =>
    h(
      'section',
      { class: 'screen title-screen', 'aria-labelledby': 'screen-heading' },
      ...intro,
      ...body,
      h('p', { class: 'trainer-link' }, trainer),
    );
  // Nobody trains on a device before it is set up: that is when a training device gets its trainer passphrase.
  if (context.device === null) return screen(deviceSetupSection(access));

  const start = h('button', { type: 'button', class: 'primary' }, t('start'));
  start.addEventListener('click', () => send({ type: 'title.start' }));
  const last = resumable[0];
  const found = last ? scenarios.find((s) => s.id === last.scenarioId) : undefined;
  const title = found ? scenarioText(found, context.language).title : undefined;
  const resume =
    last && title ? h('button', { type: 'button', class: 'primary' }, t('resumeScenario', { title })) : null;
  resume?.addEventListener('click', () => last && send({ type: 'attempt.resume', attempt: last }));
  if (resume) start.className = '';
  return screen(h('div', { class: 'actions' }, resume, start));
}
