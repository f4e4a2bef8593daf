/** One cited source: the verbatim excerpt (English original) and where it stands, with what it rests on. */
import type { Citation } from '../../engine/content/types';
import { h } from './dom';
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/en';

export function citationView(c: Citation, words: { title: string; section: string } = c): HTMLElement {
  const where =
    c.kind === 'seed'
      ? `${c.seed}, ${t('lines', { from: c.lines.from, to: c.lines.to })}`
      : `external-public-guidance.md, ${t('item', { n: c.item })} [${c.authority}]`;
  return h(
    'li',
    { class: 'citation' },
    h('blockquote', { lang: 'en' }, h('p', {}, c.excerpt)),
    h(
      'p',
      { class: 'reference' },
      `${words.title}, ${words.section} — ${where} (${t(`basis_${c.basis}` as MessageKey)})`,
    ),
  );
}
