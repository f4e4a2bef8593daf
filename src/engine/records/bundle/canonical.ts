/**
 * A canonical JSON text for hashing: no spaces, and the keys of every object in one order fixed by the keys
 * alone (sorted, with array-index-like keys first, as JavaScript orders them), so two devices holding the same
 * records produce the same text whatever order their storage returned the keys in. JSON.stringify does the
 * writing (several times faster than a hand-written walk on large exports), so values JSON cannot hold are
 * treated exactly as when the file is written.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortKeys) ?? 'null';
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  // No prototype, so a key named "__proto__" stays an ordinary key and is hashed like any other.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(record).sort()) sorted[key] = record[key];
  return sorted;
}

export async function sha256Hex(text: string): Promise<string> {
  const hash = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}
