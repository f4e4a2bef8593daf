/** The wait that wrong PINs in a row earn, and how its stored count is read. */
import { describe, expect, it } from 'vitest';
import {
  afterWrongPin,
  FIRST_WAIT_MS,
  LONGEST_WAIT_MS,
  NO_TRIES,
  parsePinTries,
  retryAt,
  waitAfter,
} from '../../../src/engine/trainer/pin-tries.ts';

const T = Date.UTC(2026, 11, 6, 9, 0, 0);

describe('the wait after wrong PINs', () => {
  it('is none for four, 30 s after the fifth, doubling, and an hour at most', () => {
    expect([0, 1, 4].map(waitAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 11].map(waitAfter)).toEqual([30_000, 60_000, 120_000, 1_920_000]);
    expect(waitAfter(12)).toBe(LONGEST_WAIT_MS);
    expect(waitAfter(500)).toBe(LONGEST_WAIT_MS);
  });

  it('runs from the last wrong PIN, and is over once that time has passed', () => {
    let tries = NO_TRIES;
    for (let i = 0; i < 5; i++) tries = afterWrongPin(tries, T);
    expect(retryAt(tries, T)).toBe(T + FIRST_WAIT_MS);
    expect(retryAt(tries, T + FIRST_WAIT_MS - 1)).toBe(T + FIRST_WAIT_MS);
    expect(retryAt(tries, T + FIRST_WAIT_MS)).toBeNull();
  });

  it('counts from now when the clock was put back behind the last wrong PIN', () => {
    const tries = { failures: 6, lastFailureAt: T };
    const earlier = T - 365 * 24 * 3_600_000;
    expect(retryAt(tries, earlier)).toBe(earlier + 60_000);
  });
});

describe('the stored count', () => {
  it('reads back what was written', () => {
    expect(parsePinTries(JSON.stringify({ failures: 7, lastFailureAt: T }))).toEqual({
      failures: 7,
      lastFailureAt: T,
    });
  });

  it('reads nothing, or anything damaged, as no wrong PIN: a broken record never locks a trainee out', () => {
    for (const raw of [
      undefined,
      '',
      '{oops',
      'null',
      '[]',
      '{"failures":-1,"lastFailureAt":0}',
      '{"failures":2.5,"lastFailureAt":0}',
      '{"failures":"9","lastFailureAt":0}',
      '{"failures":9}',
    ]) {
      expect(parsePinTries(raw)).toEqual(NO_TRIES);
    }
  });
});
