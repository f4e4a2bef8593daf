/**
 * A first look at a parsed file before anything else touches it: how deep it nests, how long its texts are,
 * whether every text is well-formed Unicode and whether any field has a name records never use ("__proto__",
 * "constructor", "prototype"). Iterative, so a hostile file cannot overflow the stack here, and it bounds what the
 * recursive steps after it (hashing, checks) are given.
 */
import { isWellFormedText } from '../well-formed.ts';

export const LIMITS = {
  /** Characters in the whole file (10,000 attempts export to about 40 MB). */
  fileChars: 100_000_000,
  /** Levels of nesting: a record is at most about eight deep. */
  depth: 32,
  /** Characters in one text (a saved story state is the longest, well under this). */
  textChars: 2_000_000,
};

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

export type StructureProblem = 'tooDeep' | 'tooLarge' | 'badText' | 'badKey';

export function structureProblem(value: unknown): StructureProblem | null {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    if (typeof v === 'string') {
      if (v.length > LIMITS.textChars) return 'tooLarge';
      if (!isWellFormedText(v)) return 'badText';
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= LIMITS.depth) return 'tooDeep';
    for (const key of Object.keys(v)) {
      if (RESERVED.has(key)) return 'badKey';
      if (!isWellFormedText(key)) return 'badText';
      stack.push({ v: (v as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
