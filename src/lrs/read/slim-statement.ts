/**
 * What is kept of a statement read back: the fields the insight reads (read-statement.ts) and `stored`, less the
 * display words, activity definitions, authority and version an LRS sends with each. 180,000 statements are a lot
 * for a browser to keep; these parts are about a third of each and say nothing the insight uses. A value that is
 * not an object is kept as it is, so the rebuild can count it as malformed.
 */
type Json = Record<string, unknown>;

const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function pick(value: unknown, keys: readonly string[]): unknown {
  if (!isJson(value)) return value;
  const out: Json = {};
  for (const k of keys) if (k in value) out[k] = value[k];
  return out;
}

export function slimStatement(statement: unknown): unknown {
  if (!isJson(statement)) return statement;
  const out: Json = {};
  for (const k of ['id', 'result', 'context', 'timestamp', 'stored'] as const)
    if (k in statement) out[k] = statement[k];
  if ('actor' in statement) {
    const actor = pick(statement.actor, ['objectType', 'name', 'account', 'mbox']);
    out.actor = actor;
  }
  if ('verb' in statement) out.verb = pick(statement.verb, ['id']);
  if ('object' in statement) out.object = pick(statement.object, ['objectType', 'id']);
  return out;
}
