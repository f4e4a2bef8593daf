/**
 * Checks that what IndexedDB returns is still a record, with the same checks an imported bundle gets
 * (src/engine/records/bundle/schema.ts), so a damaged entry is set aside instead of crashing the refresher, the
 * CSV or the review later. Returns why not, or null when it is fine.
 */
import { attemptCheck, profileCheck } from '../engine/records/bundle/schema.ts';
import type { Check } from '../engine/records/bundle/checks.ts';
import { illFormedAt } from '../engine/records/well-formed.ts';

function problemOf(check: Check, what: string, x: unknown): string | null {
  const problems: string[] = [];
  check(x, what, problems);
  if (problems.length > 0) return problems.slice(0, 3).join('; ');
  const bad = illFormedAt(x, what);
  return bad ? `${bad} is not well-formed Unicode text` : null;
}

export const profileProblem = (x: unknown) => problemOf(profileCheck, 'profile', x);
export const attemptProblem = (x: unknown) => problemOf(attemptCheck, 'attempt', x);
