import type { MeaningProblem } from './meaning.ts';

/** Why a bundle was refused, as a code the interface words in the trainer's language (see the UI catalogues). */
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

/** English words for each problem, for the command line and logs. */
export function bundleMessage(p: BundleProblem): string {
  if (p.code === 'newerVersion') return BUNDLE_MESSAGES.newerVersion(p.version);
  if (p.code === 'badShape') return BUNDLE_MESSAGES.badShape(p.problems);
  if (p.code === 'meaning') return BUNDLE_MESSAGES.meaning(p.problems.map(meaningMessage));
  if (p.code === 'unverified') return BUNDLE_MESSAGES.unverified[p.why];
  return BUNDLE_MESSAGES[p.code];
}

/** English words for a record that does not mean what it says. */
export function meaningMessage(m: MeaningProblem): string {
  const a = `attempt ${m.attempt}`;
  switch (m.code) {
    case 'unknownScenario':
      return `${a} is for a scenario this Waypoint does not have ("${m.scenario}")`;
    case 'unknownProfile':
      return `${a} belongs to a trainee who is neither in the file nor on this device`;
    case 'future':
      return `${a} has times in the future`;
    case 'badTimes':
      return `${a} has times out of order`;
    case 'statusMismatch':
      return `${a} says it is finished or not, and its choices say otherwise`;
    case 'endingMismatch':
      return `${a} names an ending its choices do not lead to`;
    case 'unfinishedResult':
      return `${a} is not finished but carries a result`;
    case 'unplayable':
      return `${a} cannot be played through its story`;
    case 'notOffered':
      return `${a}: decision ${m.seq} is not a choice the story offers at that point`;
    case 'wrongEvidence':
      return `${a}: decision ${m.seq} carries evidence the story does not give it`;
    case 'wrongResult':
      return `${a} has a result its choices do not give (they give ${m.percent}%)`;
    case 'otherVersion':
      return `${a} was made on another version (${m.version}) of "${m.scenario}", so it cannot be checked here`;
  }
}

/** What a trainer reads when a bundle is refused. Each says what is wrong and that nothing was imported. */
export const BUNDLE_MESSAGES = {
  empty: 'The file is empty: it holds no records.',
  truncated: 'The file is incomplete or damaged: it ends before the bundle does.',
  notJson: 'The file is damaged or is not a Waypoint records file: it cannot be read as JSON.',
  wrongFormat: 'This file is not a Waypoint records file.',
  newerVersion: (v: number) =>
    `This file was made by a newer version of Waypoint (bundle version ${v}). Update Waypoint, then import it again.`,
  badVersion: 'This file has an unknown bundle version, so it was not imported.',
  noIntegrity: 'The file has no integrity check, so its records cannot be trusted and none were imported.',
  changed:
    'The records in this file were changed after export, so they cannot be trusted and none were imported. ' +
    'Ask for a fresh export from the device they came from.',
  tooLarge: 'The file is too large to be a Waypoint records file, so it was not imported.',
  tooDeep: 'The file is nested more deeply than Waypoint records ever are, so it was not imported.',
  badText: 'The file holds text that is not well-formed Unicode, so it was not imported.',
  badKey:
    'The file holds a field name that Waypoint records never use (such as "__proto__"), so it was not imported.',
  unreadable: 'The file could not be read as Waypoint records, so none were imported.',
  badSignature:
    'The file carries a cohort signature that does not match its records: it was changed after it was signed, so none were imported.',
  unverified: {
    unsigned:
      'The file is not signed by a cohort key, so nothing shows which device made it. It was not imported; accept unverified files to import its records marked "unverified".',
    unknownCohort:
      'The file is signed with a cohort key this device does not know. It was not imported; add that cohort\'s code, or accept unverified files to import its records marked "unverified".',
    otherVersion:
      'Some records in the file were made on another version of a scenario and cannot be played again here. It was not imported; accept unverified files to import them marked "unverified".',
  },
  meaning: (problems: string[]) => {
    const shown = problems.slice(0, 3).join('; ');
    const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
    return `Some records in this file do not hold up when played again, so none were imported: ${shown}${more}.`;
  },
  badShape: (problems: string[]) => {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    return `The records in this file are not in the form Waypoint expects, so none were imported: ${shown}${more}.`;
  },
} as const;
