/**
 * Whether every string in a record is well-formed Unicode. A lone surrogate ("a\ud800b") survives JSON and
 * IndexedDB but breaks `encodeURIComponent`, and a learning record store may refuse the whole batch that holds it.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** The path of the first string (or key) that is not well-formed, or null when all are. */
export function illFormedAt(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return isWellFormedText(value) ? null : path || '(the text)';
  if (typeof value !== 'object' || value === null || depth > 64) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (!isWellFormedText(key)) return at;
    const found = illFormedAt(inner, at, depth + 1);
    if (found) return found;
  }
  return null;
}
