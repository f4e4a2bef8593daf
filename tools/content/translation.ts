/**
 * Translations of a story must keep its structure exactly: the same knots, logic, choices and tags, with only
 * the text changed. Compiled ink JSON shows text as "^…" strings and tags as "#", "^…", "/#"; the skeleton keeps
 * everything but the text, so two stories with equal skeletons differ only in words.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function skeleton(compiled: string): Json {
  const walk = (node: Json): Json => {
    if (Array.isArray(node)) {
      let inTag = false;
      return node.map((item) => {
        if (item === '#') inTag = true;
        else if (item === '/#') inTag = false;
        else if (typeof item === 'string' && item.startsWith('^') && !inTag) return '^';
        return walk(item);
      });
    }
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  return walk(JSON.parse(compiled) as Json);
}

/** Where two skeletons first differ (a JSON path), or null when they match. */
export function firstDifference(a: Json, b: Json, path = '$'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return `${path}[${i}]`;
      const d = firstDifference(a[i] as Json, b[i] as Json, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      if (!(k in a) || !(k in b)) return `${path}.${k}`;
      const d = firstDifference(a[k] as Json, b[k] as Json, `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : path;
}

/** All the text of a compiled story at a skeleton path's neighbourhood, to show the author where. */
export function textNear(compiled: string, path: string): string {
  const parts = [...path.matchAll(/\[(\d+)\]|\.([^.[\]]+)/g)].map((m) =>
    m[1] !== undefined ? Number(m[1]) : m[2],
  );
  let node: Json = JSON.parse(compiled) as Json;
  let context: Json = node;
  for (const p of parts) {
    if (node === null || typeof node !== 'object') break;
    context = node;
    node = (Array.isArray(node) ? node[p as number] : (node as Record<string, Json>)[p as string]) ?? null;
  }
  const texts = JSON.stringify(context).match(/"\^[^"]*"/g) ?? [];
  return texts.slice(0, 4).join(' ');
}
