/** Why a bundle was refused, as a code the interface words in the trainer's language (see the UI catalogues). */
export type BundleProblem =
  | { code: 'empty' | 'truncated' | 'notJson' | 'wrongFormat' | 'badVersion' | 'noIntegrity' | 'changed' }
  | { code: 'newerVersion'; version: number }
  | { code: 'badShape'; problems: string[] };

/** English words for each problem, for the command line and logs. */
export function bundleMessage(p: BundleProblem): string {
  if (p.code === 'newerVersion') return BUNDLE_MESSAGES.newerVersion(p.version);
  if (p.code === 'badShape') return BUNDLE_MESSAGES.badShape(p.problems);
  return BUNDLE_MESSAGES[p.code];
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
  badShape: (problems: string[]) => {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    return `The records in this file are not in the form Waypoint expects, so none were imported: ${shown}${more}.`;
  },
} as const;
