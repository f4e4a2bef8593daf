import { scenarioText } from '../../../engine/content/localize.ts';
import { h } from '../dom.ts';
import { t, tn, lv } from '../../i18n/t.ts';
import type { ScreenProps } from './context.ts';

export function scenariosScreen({
  context,
  send,
  scenarios,
  resumable,
  startRefresher,
}: ScreenProps): HTMLElement {
  const edit = h('button', { type: 'button', class: 'link' }, t('editProfile'));
  edit.addEventListener('click', () => send({ type: 'profile.edit' }));
  // On a shared device the trainee signs out, so the next person at the keyboard starts from "Who is training?".
  const signOut =
    context.device?.use === 'shared' ? h('button', { type: 'button', class: 'link' }, t('signOut')) : null;
  signOut?.addEventListener('click', () => send({ type: 'screen.leave' }));
  const list = h('ul', { class: 'scenario-list' });
  // Snap situations are played only within a refresher.
  for (const s of scenarios.filter((x) => x.kind === 'course')) {
    const text = scenarioText(s, context.language);
    const open = h(
      'button',
      { type: 'button', class: 'primary', 'aria-describedby': `sc-${s.id}-summary` },
      lv(t('open'), text.title),
    );
    open.addEventListener('click', () => send({ type: 'scenario.pick', id: s.id }));
    const unfinished = resumable.find((a) => a.scenarioId === s.id);
    const resume = unfinished
      ? h('button', { type: 'button', class: 'primary' }, t('resumeScenario', { title: text.title }))
      : null;
    resume?.addEventListener(
      'click',
      () => unfinished && send({ type: 'attempt.resume', attempt: unfinished }),
    );
    if (resume) open.className = '';
    list.append(
      h(
        'li',
        { class: 'card' },
        h('h2', {}, text.title),
        h('p', { id: `sc-${s.id}-summary` }, text.summary),
        h('p', { class: 'meta' }, `${lv(t('yourRole'), text.role)} · ${tn('minutes', s.minutes)}`),
        unfinished ? h('p', { class: 'meta' }, tn('unfinished', unfinished.decisions.length)) : null,
        h('div', { class: 'actions' }, resume, open),
      ),
    );
  }
  const refresher = scenarios.some((x) => x.kind === 'snap') ? refresherCard(startRefresher) : null;
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'screen-heading' },
    h('h1', { id: 'screen-heading' }, t('scenariosHeading')),
    h(
      'p',
      { class: 'meta' },
      t('signedInAs', { name: context.profile?.name ?? '' }),
      ' ',
      edit,
      signOut ? ' · ' : null,
      signOut,
    ),
    refresher,
    list,
  );
}

function refresherCard(start: () => void): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'primary', 'aria-describedby': 'refresher-intro' },
    t('refresherStart'),
  );
  button.addEventListener('click', start);
  return h(
    'section',
    { class: 'card refresher', 'aria-labelledby': 'refresher-heading' },
    h('h2', { id: 'refresher-heading' }, t('refresherHeading')),
    h('p', { id: 'refresher-intro' }, t('refresherIntro')),
    h('div', { class: 'actions' }, button),
  );
}
