/**
 * A printable completion certificate for one trainee: the course scenarios passed, with date, score and version
 * (in-mission refresher attempts are practice, not completion).
 */
import { attemptMode, isVerified } from '../../../engine/records/attempt.ts';
import { scenarioText } from '../../../engine/content/localize.ts';
import { h } from '../dom.ts';
import { formatDate, pageLanguage, t } from '../../i18n/t.ts';
import type { TrainerData } from './context.ts';

export function certificateView(data: TrainerData, profileId: string, back: () => void): HTMLElement {
  const profile = data.profiles.find((p) => p.id === profileId);
  const passed = data.attempts
    .filter(
      (a) =>
        a.profileId === profileId &&
        attemptMode(a) === 'course' &&
        isVerified(a) &&
        a.status === 'completed' &&
        a.result?.passed,
    )
    .sort((a, b) => (a.endedAt ?? 0) - (b.endedAt ?? 0));
  const titleOf = new Map(data.scenarios.map((s) => [s.id, scenarioText(s, pageLanguage()).title]));
  const print = h('button', { type: 'button', class: 'primary' }, t('trainerPrint'));
  print.addEventListener('click', () => window.print());
  const backButton = h('button', { type: 'button' }, t('trainerBackToList'));
  backButton.addEventListener('click', back);
  return h(
    'div',
    {},
    h(
      'article',
      { class: 'certificate', 'aria-labelledby': 'certificate-heading' },
      h('h2', { id: 'certificate-heading' }, t('certificateHeading')),
      h('p', { class: 'certificate-name' }, profile?.name ?? profileId),
      h(
        'p',
        {},
        [
          profile?.serviceNumber && `${t('serviceNumberShort')} ${profile.serviceNumber}`,
          profile?.country,
          profile && t(profile.component),
        ]
          .filter(Boolean)
          .join(' · '),
      ),
      passed.length === 0
        ? h('p', {}, t('certificateNone'))
        : h(
            'table',
            {},
            h('caption', {}, t('certificateCaption')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...['trainerScenario', 'certificateVersion', 'certificateDate', 'score'].map((k) =>
                  h('th', { scope: 'col' }, t(k as Parameters<typeof t>[0])),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              ...passed.map((a) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, titleOf.get(a.scenarioId) ?? a.scenarioId),
                  h('td', {}, a.scenarioVersion),
                  h('td', {}, a.endedAt ? formatDate(a.endedAt) : ''),
                  h('td', {}, `${a.result?.percent ?? 0}%`),
                ),
              ),
            ),
          ),
      h('p', { class: 'meta' }, t('certificateFooter', { version: data.appVersion, id: profileId })),
    ),
    h('div', { class: 'actions no-print' }, print, backButton),
  );
}
