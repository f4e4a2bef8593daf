/**
 * Small shape checks for data read from outside (a bundle file). Written out by hand rather than with a schema
 * library so that the browser bundle stays small; each check reports where the problem is, e.g.
 * `attempts[3].decisions[2].evidence[0].level`.
 */
export type Check = (value: unknown, path: string, problems: string[]) => void;

function shown(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const fail = (problems: string[], path: string, expected: string, value: unknown) =>
  problems.push(`${path} must be ${expected} (found ${shown(value)})`);

export function text(options: { nonEmpty?: boolean } = {}): Check {
  return (v, path, problems) => {
    if (typeof v !== 'string') fail(problems, path, 'text', v);
    else if (options.nonEmpty && v.trim() === '') fail(problems, path, 'non-empty text', v);
  };
}

export function pattern(re: RegExp, what: string): Check {
  return (v, path, problems) => {
    if (typeof v !== 'string' || !re.test(v)) fail(problems, path, what, v);
  };
}

export function number(min = -Infinity, max = Infinity, integer = false): Check {
  const what = `${integer ? 'a whole number' : 'a number'}${
    min > -Infinity && max < Infinity
      ? ` from ${min} to ${max}`
      : min > -Infinity
        ? ` of at least ${min}`
        : ''
  }`;
  return (v, path, problems) => {
    const ok =
      typeof v === 'number' &&
      Number.isFinite(v) &&
      v >= min &&
      v <= max &&
      (!integer || Number.isInteger(v));
    if (!ok) fail(problems, path, what, v);
  };
}

export const integer = (min = -Infinity, max = Infinity) => number(min, max, true);

export const boolean: Check = (v, path, problems) => {
  if (typeof v !== 'boolean') fail(problems, path, 'true or false', v);
};

export function oneOf(values: readonly (string | number)[]): Check {
  const what = `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;
  return (v, path, problems) => {
    if (!values.includes(v as string | number)) fail(problems, path, what, v);
  };
}

export function nullable(check: Check): Check {
  return (v, path, problems) => {
    if (v !== null) check(v, path, problems);
  };
}

export function listOf(check: Check): Check {
  return (v, path, problems) => {
    if (!Array.isArray(v)) return fail(problems, path, 'a list', v);
    v.forEach((item, i) => check(item, `${path}[${i}]`, problems));
  };
}

/** A field that may be left out (an optional field of the record's type); when present, it is checked. */
export function optional(check: Check): Check & { optional: true } {
  return Object.assign((v: unknown, path: string, problems: string[]) => check(v, path, problems), {
    optional: true as const,
  });
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An object with these fields. Typed by the record's interface so that a field added to Profile or Attempt does
 * not compile until its check is written. Other fields are allowed and kept: a record is imported as it was
 * exported, never trimmed.
 */
export function fields<T>(
  checks: { [K in keyof T]-?: Check },
  rule?: (v: T, path: string) => string[],
): Check {
  // Listed once, not at every object checked: a bundle or a rebuilt snapshot holds hundreds of thousands.
  const entries = Object.entries(checks) as [string, Check][];
  return (v, path, problems) => {
    if (!isObject(v)) return fail(problems, path, 'an object', v);
    const before = problems.length;
    for (const [key, check] of entries) {
      if (!(key in v)) {
        if (!('optional' in check)) problems.push(`${path}.${key} is missing`);
      } else check(v[key], `${path}.${key}`, problems);
    }
    // Rules across fields only make sense once each field has the right type.
    if (rule && problems.length === before) problems.push(...rule(v as T, path));
  };
}
