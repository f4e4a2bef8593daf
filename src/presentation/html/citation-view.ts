/**
 * One cited source: its excerpt (English original) and where it stands, with what it rests on. The source's own
 * words are a quotation; a paraphrase is said to be one and never looks like a quotation.
 */
import type { Citation } from '../../engine/content/types.ts';
import { h } from './dom.ts';
import { t } from '../i18n/t.ts';

/** Where a citation stands, in words: title, section, file and lines (or item), and what it rests on. */
export function citationReference(c: Citation, words: { title: string; section: string } = c): string {
  const where =
    c.kind === 'seed'
      ? `${c.seed}, ${t('lines', { from: String(c.lines.from), to: String(c.lines.to) })}`
      : `external-public-guidance.md, ${t('item', { n: String(c.item) })} [${c.authority}]`;
  return `${words.title}, ${words.section} — ${where} (${t(`basis_${c.basis}`)})`;
}

/** The source without where in its file: for a trainee's summary, which sends them to the details for the rest. */
export const citationSource = (c: Citation, words: { title: string; section: string } = c): string =>
  `${words.title}, ${words.section} (${t(`basis_${c.basis}`)})`;

export function citationView(c: Citation, words: { title: string; section: string } = c): HTMLElement {
  const excerpt =
    c.quote === 'verbatim'
      ? [
          h('p', { class: 'excerpt-label' }, t('citation_verbatim')),
          h('blockquote', { lang: 'en' }, h('p', {}, c.excerpt)),
        ]
      : [
          h('p', { class: 'excerpt-label' }, t('citation_paraphrase')),
          h('p', { class: 'paraphrase', lang: 'en' }, c.excerpt),
        ];
  return h(
    'li',
    { class: 'citation' },
    ...excerpt,
    h('p', { class: 'reference' }, citationReference(c, words)),
  );
}
