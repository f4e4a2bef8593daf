/**
 * Why a records file was refused, in words: the one wording, in each language's catalogue, for the trainer area
 * and for the command-line export (which reads it in English).
 */
import type { BundleProblem } from '../../engine/records/bundle/index.ts';
import { messagesIn, pageLanguage } from './t.ts';
import type { Messages } from './t.ts';

/** The first few of many problems, and how many more there are. */
function someOf(m: Messages, problems: readonly string[], shown: number): string {
  const more = problems.length > shown ? m.t('bundle_andMore', { n: problems.length - shown }) : '';
  return `${problems.slice(0, shown).join('; ')}${more}`;
}

export function bundleProblemText(p: BundleProblem, m: Messages = messagesIn(pageLanguage())): string {
  switch (p.code) {
    case 'newerVersion':
      return m.t('bundle_newerVersion', { version: String(p.version) });
    case 'unverified':
      return m.t(`bundle_unverified_${p.why}`);
    case 'meaning':
      return m.t('bundle_meaning', {
        problems: someOf(
          m,
          p.problems.map((problem) => m.t(`meaning_${problem.code}`, { ...problem })),
          3,
        ),
      });
    case 'badShape':
      return m.t('bundle_badShape', { problems: someOf(m, p.problems, 5) });
    default:
      return m.t(`bundle_${p.code}`);
  }
}
