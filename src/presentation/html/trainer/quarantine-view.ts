/**
 * Entries set aside: stored records that could no longer be read as records (damaged, or altered by hand) were
 * moved out of the way, never deleted. The trainer sees each one, when and why, and can download them all.
 */
import type { QuarantinedEntry } from '../../../engine/ports/record-store.ts';
import { h } from '../dom.ts';
import { formatDateTime, t } from '../../i18n/t.ts';
import { download } from './download.ts';

export function quarantineSection(entries: readonly QuarantinedEntry[]): HTMLElement | null {
  if (entries.length === 0) return null;
  const save = h('button', { type: 'button' }, t('quarantineDownload'));
  save.addEventListener('click', () =>
    download(
      `waypoint-set-aside-${new Date().toISOString().slice(0, 10)}.json`,
      JSON.stringify(entries, null, 2),
      'application/json',
    ),
  );
  const sorted = [...entries].sort((a, b) => b.at - a.at);
  return h(
    'section',
    { 'aria-labelledby': 'quarantine-heading' },
    h('h2', { id: 'quarantine-heading' }, t('quarantineHeading', { n: entries.length })),
    h('p', {}, t('quarantineIntro')),
    h(
      'table',
      { class: 'quarantine' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('quarantineWhen')),
          h('th', { scope: 'col' }, t('quarantineKind')),
          h('th', { scope: 'col' }, t('quarantineReason')),
        ),
      ),
      h(
        'tbody',
        {},
        ...sorted.map((e) =>
          h(
            'tr',
            {},
            h('td', {}, formatDateTime(e.at)),
            h('td', {}, t(e.store === 'profiles' ? 'quarantineProfile' : 'quarantineAttempt')),
            h('td', {}, e.reason),
          ),
        ),
      ),
    ),
    h('div', { class: 'actions' }, save),
  );
}
