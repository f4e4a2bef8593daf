/**
 * Why an attempt was left out of xAPI statements, in words: the one wording, in each language's catalogue, for the
 * LRS section, the trainer's xAPI export and the command-line export (which reads it in English).
 */
import type { SkipReason } from '../../engine/records/export/index.ts';
import { messagesIn, pageLanguage } from './t.ts';
import type { Messages } from './t.ts';

export function skipReasonText(r: SkipReason, m: Messages = messagesIn(pageLanguage())): string {
  switch (r.kind) {
    case 'unverified':
      return m.t('skip_unverified');
    case 'illFormedText':
      return m.t('skip_illFormedText', { field: r.field });
    case 'unconvertible':
      return m.t('skip_unconvertible', { detail: r.detail });
  }
}
