/**
 * The set of levels a criterion can end at from some point of the story to an ending, as a 5-bit mask:
 * bits 0–3 for levels 0–3, bit 4 for "not evidenced (yet)". A path's level is its weakest evidenced moment.
 */
import type { Level } from '../tags/vocabulary.ts';

export const NONE_BIT = 1 << 4;

/** What a path's suffix set becomes after a choice that evidenced `level` (or nothing). */
export function throughChoice(level: Level | undefined, suffix: number): number {
  if (level === undefined) return suffix;
  let out = 0;
  for (let bit = 0; bit <= 4; bit++) {
    if ((suffix & (1 << bit)) === 0) continue;
    out |= 1 << (bit === 4 ? level : Math.min(bit, level));
  }
  return out;
}

/** The highest level in the set, or null when no path evidences the criterion. */
export function bestLevel(mask: number): Level | null {
  for (let level = 3; level >= 0; level--) if (mask & (1 << level)) return level as Level;
  return null;
}
