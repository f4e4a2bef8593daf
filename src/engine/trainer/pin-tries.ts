/**
 * Wrong PINs in a row, and the wait they earn: a few free tries for a slip of the finger, then a wait that doubles
 * with each wrong PIN, so the next trainee at a shared keyboard cannot try a four-digit PIN's 10,000 values by hand
 * (after five free tries, the twelfth wrong PIN already costs an hour). A right PIN, or a new one set by the trainer,
 * starts the count again.
 */
export const FREE_TRIES = 5;
export const FIRST_WAIT_MS = 30_000;
export const LONGEST_WAIT_MS = 60 * 60_000;

export interface PinTries {
  /** Wrong PINs since the last right one (or the last new PIN). */
  failures: number;
  /** When the last wrong PIN was given (device clock, ms). */
  lastFailureAt: number;
}

export const NO_TRIES: PinTries = { failures: 0, lastFailureAt: 0 };

/** The setting that counts a trainee's wrong PINs. */
export const pinTriesSetting = (profileId: string) => `pinTries:${profileId}`;

/** How long the last of these wrong PINs makes the trainee wait before the next try. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES), LONGEST_WAIT_MS);
}

/**
 * When the trainee may try again, or null when they may now. A clock put back behind the last wrong PIN does not
 * lock anyone out for the gap: the wait then counts from now.
 */
export function retryAt(tries: PinTries, now: number): number | null {
  const wait = waitAfter(tries.failures);
  if (wait === 0) return null;
  const at = now < tries.lastFailureAt ? now + wait : tries.lastFailureAt + wait;
  return at > now ? at : null;
}

export const afterWrongPin = (tries: PinTries, now: number): PinTries => ({
  failures: tries.failures + 1,
  lastFailureAt: now,
});

/**
 * Reads the stored count. One that cannot be read counts as no wrong PIN yet: someone able to damage it can also
 * delete it, and a trainee must never be locked out by a broken record.
 */
export function parsePinTries(raw: string | undefined): PinTries {
  if (!raw) return NO_TRIES;
  try {
    const { failures, lastFailureAt } = (JSON.parse(raw) ?? {}) as Record<string, unknown>;
    return typeof failures === 'number' &&
      Number.isSafeInteger(failures) &&
      failures >= 0 &&
      typeof lastFailureAt === 'number' &&
      Number.isFinite(lastFailureAt)
      ? { failures, lastFailureAt }
      : NO_TRIES;
  } catch {
    return NO_TRIES;
  }
}
