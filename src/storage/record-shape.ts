/**
 * Checks that what IndexedDB returns still looks like a record, so a damaged entry is set aside instead of
 * breaking the app. Returns why not, or null when it is fine.
 */
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isString = (x: unknown): x is string => typeof x === 'string';

export function profileProblem(x: unknown): string | null {
  if (!isObject(x)) return 'not an object';
  for (const key of ['id', 'name', 'component', 'country', 'stage'] as const) {
    if (!isString(x[key])) return `"${key}" is missing or not text`;
  }
  return null;
}

export function attemptProblem(x: unknown): string | null {
  if (!isObject(x)) return 'not an object';
  for (const key of ['id', 'profileId', 'scenarioId', 'scenarioVersion', 'status'] as const) {
    if (!isString(x[key])) return `"${key}" is missing or not text`;
  }
  if (typeof x.startedAt !== 'number' || typeof x.seed !== 'number')
    return '"startedAt" or "seed" is not a number';
  if (!Array.isArray(x.decisions)) return '"decisions" is not a list';
  for (const d of x.decisions) {
    if (!isObject(d) || typeof d.choiceIndex !== 'number' || !Array.isArray(d.evidence)) {
      return 'a decision is damaged';
    }
  }
  return null;
}
