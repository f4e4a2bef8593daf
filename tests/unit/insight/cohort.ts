/** A small cohort played through the real session machine on the valid fixture, and its statements. */
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import { DEFAULT_XAPI_OPTIONS, xapiStatements } from '../../../src/engine/records/export/xapi.ts';
import type { XapiStatement } from '../../../src/engine/records/export/xapi-types.ts';
import type { Profile } from '../../../src/engine/records/profile.ts';
import { validContent } from '../../helpers/fixtures.ts';
import { played } from '../../helpers/played.ts';
import { testProfile } from '../../helpers/profile.ts';

export const { scenarios, catalogue } = validContent();
const first = scenarios[0];
if (!first) throw new Error('the valid fixture has no scenario');
/** Two decisions: water point (0 listen: listening 3; 1 ask: listening 0), then colleague (0 give her name:
 * consent 0 and critical; 1 ask Amina: consent 3; 2 private matter: consent 2). Pass mark 70. */
export const scenario = first;
export const ACTIVITY_BASE = DEFAULT_XAPI_OPTIONS.activityBase;
export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 2, 1);

/** A registration-like UUID for attempt n. */
export const attemptId = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function trainee(n: number, overrides: Partial<Profile> = {}): Profile {
  return testProfile({ id: `trainee-${n}`, name: `Trainee ${n}`, cohort: 'C1', ...overrides });
}

/** Attempt n of `profile`, playing `choices`, started about `day` days after T0. */
export function attempt(
  profile: Profile,
  choices: number[],
  n: number,
  day = 0,
  extra: Partial<Attempt> = {},
): Attempt {
  return { ...played(scenario, profile, choices, attemptId(n), T0 + day * DAY + 3_600_000), ...extra };
}

export function statementsOf(
  profiles: readonly Profile[],
  attempts: readonly Attempt[],
): Promise<XapiStatement[]> {
  return xapiStatements({ profiles, attempts, scenarios: [scenario], catalogue }, DEFAULT_XAPI_OPTIONS);
}
