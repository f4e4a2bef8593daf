/**
 * Exponential back-off with jitter, capped. After the n-th failure in a row the ceiling is base × 2^(n−1), at
 * most `capMs`; the wait is between half the ceiling and the whole of it ("equal jitter"), so it keeps growing
 * while devices that lost the LRS at the same moment do not all come back at the same moment.
 */
export interface Backoff {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 2_000, capMs: 5 * 60_000 };

export function backoffCeiling(failures: number, { baseMs, capMs }: Backoff = DEFAULT_BACKOFF): number {
  const n = Math.max(1, Math.floor(failures));
  // 2 ** 60 and more is Infinity-like; the cap is reached long before.
  return Math.min(capMs, baseMs * 2 ** Math.min(n - 1, 40));
}

/** `random` gives a number in [0, 1), like Math.random. */
export function backoffDelay(
  failures: number,
  random: () => number,
  backoff: Backoff = DEFAULT_BACKOFF,
): number {
  const ceiling = backoffCeiling(failures, backoff);
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}
