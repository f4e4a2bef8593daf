import { describe, expect, it } from 'vitest';
import {
  ITERATIONS,
  hashPassphrase,
  parsePassphraseRecord,
  passphraseProblem,
  verifyPassphrase,
} from '../../../src/engine/trainer/passphrase.ts';

describe('trainer passphrase', () => {
  it('keeps only a salted hash, and verifies the right passphrase but not a wrong one', async () => {
    const record = await hashPassphrase('blue helmets at dawn');
    expect(JSON.stringify(record)).not.toContain('blue helmets');
    expect(record.salt).not.toBe('');
    expect(await verifyPassphrase('blue helmets at dawn', record)).toBe(true);
    expect(await verifyPassphrase('blue helmets at dusk', record)).toBe(false);
    expect(await verifyPassphrase('', record)).toBe(false);
  });

  it('salts each hash, so the same passphrase never gives the same record', async () => {
    const a = await hashPassphrase('same passphrase here');
    const b = await hashPassphrase('same passphrase here');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('asks for a long enough passphrase typed the same twice', () => {
    expect(passphraseProblem('short', 'short')).toBe('tooShort');
    expect(passphraseProblem('long enough one', 'long enough two')).toBe('different');
    expect(passphraseProblem('long enough one', 'long enough one')).toBeNull();
    // Spaces around it do not count towards the length.
    expect(passphraseProblem('   short    ', '   short    ')).toBe('tooShort');
    expect(passphraseProblem(' '.repeat(12), ' '.repeat(12))).toBe('tooShort');
  });

  it('reads back a stored record and refuses anything else', async () => {
    const record = await hashPassphrase('a proper passphrase');
    expect(record.iterations).toBe(ITERATIONS);
    expect(parsePassphraseRecord(JSON.stringify(record))).toEqual(record);
    expect(parsePassphraseRecord(undefined)).toBeNull();
    expect(parsePassphraseRecord('')).toBeNull();
    // Anything stored that we did not make keeps the gate locked; it never reads as "no passphrase yet".
    expect(parsePassphraseRecord('{"hash":"x"}')).toBe('invalid');
    expect(parsePassphraseRecord('not json')).toBe('invalid');
    for (const iterations of [0, 1, 1000, ITERATIONS - 1, 1.5, -5, 1e12, '600000']) {
      expect(parsePassphraseRecord(JSON.stringify({ ...record, iterations })), String(iterations)).toBe(
        'invalid',
      );
    }
    expect(parsePassphraseRecord(JSON.stringify({ ...record, salt: '' }))).toBe('invalid');
  });
});
