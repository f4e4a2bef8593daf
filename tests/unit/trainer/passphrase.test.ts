import { describe, expect, it } from 'vitest';
import {
  hashPassphrase,
  parsePassphraseRecord,
  passphraseProblem,
  verifyPassphrase,
} from '../../../src/engine/trainer/passphrase';

describe('trainer passphrase', () => {
  it('keeps only a salted hash, and verifies the right passphrase but not a wrong one', async () => {
    const record = await hashPassphrase('blue helmets at dawn', 1000);
    expect(JSON.stringify(record)).not.toContain('blue helmets');
    expect(record.salt).not.toBe('');
    expect(await verifyPassphrase('blue helmets at dawn', record)).toBe(true);
    expect(await verifyPassphrase('blue helmets at dusk', record)).toBe(false);
    expect(await verifyPassphrase('', record)).toBe(false);
  });

  it('salts each hash, so the same passphrase never gives the same record', async () => {
    const a = await hashPassphrase('same passphrase here', 1000);
    const b = await hashPassphrase('same passphrase here', 1000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('asks for a long enough passphrase typed the same twice', () => {
    expect(passphraseProblem('short', 'short')).toBe('tooShort');
    expect(passphraseProblem('long enough one', 'long enough two')).toBe('different');
    expect(passphraseProblem('long enough one', 'long enough one')).toBeNull();
  });

  it('reads back a stored record and refuses anything else', async () => {
    const record = await hashPassphrase('a proper passphrase', 1000);
    expect(parsePassphraseRecord(JSON.stringify(record))).toEqual(record);
    expect(parsePassphraseRecord('{"hash":"x"}')).toBeNull();
    expect(parsePassphraseRecord('not json')).toBeNull();
    expect(parsePassphraseRecord(undefined)).toBeNull();
  });
});
