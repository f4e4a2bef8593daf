import type { MeaningProblem } from './meaning.ts';

/**
 * Why a bundle was refused, as a code: src/presentation/i18n/bundle-problems.ts words it in the trainer's language
 * (and in English for the command line).
 */
export type BundleProblem =
  | {
      code:
        | 'empty'
        | 'truncated'
        | 'notJson'
        | 'wrongFormat'
        | 'badVersion'
        | 'noIntegrity'
        | 'changed'
        | 'tooLarge'
        | 'tooDeep'
        | 'badText'
        | 'badKey'
        | 'unreadable'
        | 'badSignature';
    }
  | { code: 'unverified'; why: 'unsigned' | 'unknownCohort' | 'otherVersion' }
  | { code: 'newerVersion'; version: number }
  | { code: 'badShape'; problems: string[] }
  | { code: 'meaning'; problems: MeaningProblem[] };
