/** A device's set-up, trainee PINs and the trainer passphrase set with a shared device. */
import { describe, expect, it } from 'vitest';
import { recordSetup, trainees } from '../../../src/app/trainees.ts';
import { DEVICE_SETTING, canBecomeShared, parseDeviceSetup } from '../../../src/engine/trainer/device.ts';
import { PASSPHRASE_SETTING, parsePassphraseRecord } from '../../../src/engine/trainer/passphrase.ts';
import { pinProblem, pinSetting } from '../../../src/engine/trainer/pin.ts';
import { pinTriesSetting } from '../../../src/engine/trainer/pin-tries.ts';
import { memoryStore } from '../../../src/storage/memory-store.ts';
import { testProfile } from '../../helpers/profile.ts';

describe('the stored set-up', () => {
  it('reads what was set up, and nothing as "not set up"', () => {
    expect(parseDeviceSetup(JSON.stringify({ use: 'own', pins: true }), false)).toEqual({
      use: 'own',
      pins: false,
    });
    expect(parseDeviceSetup(JSON.stringify({ use: 'shared', pins: false }), true)).toEqual({
      use: 'shared',
      pins: false,
    });
    expect(parseDeviceSetup(undefined, false)).toBeNull();
  });

  it('reads a device that already had a trainer passphrase as a training device', () => {
    expect(parseDeviceSetup(undefined, true)).toEqual({ use: 'shared', pins: false });
  });

  it('reads a damaged or altered set-up as the safest one, never as "not set up"', () => {
    for (const text of ['{oops', 'null', '{"use":"everyone"}', '[]']) {
      expect(parseDeviceSetup(text, false)).toEqual({ use: 'shared', pins: true });
    }
  });

  it('lets a device become a training device only while it holds no other trainee', () => {
    expect(canBecomeShared(null, 0)).toBe(true);
    expect(canBecomeShared({ use: 'own', pins: false }, 1)).toBe(true);
    expect(canBecomeShared({ use: 'own', pins: false }, 2)).toBe(false);
    expect(canBecomeShared({ use: 'shared', pins: false }, 0)).toBe(false);
  });
});

/** A wrong PIN that earns no wait. */
const WRONG = { ok: false, retryAt: null };

describe('trainee PINs', () => {
  it('are 4 to 8 digits, typed the same twice', () => {
    expect(pinProblem('2580', '2580')).toBeNull();
    expect(pinProblem('25801234', '25801234')).toBeNull();
    expect(pinProblem('258', '258')).toBe('pinFormat');
    expect(pinProblem('25a0', '25a0')).toBe('pinFormat');
    expect(pinProblem('123456789', '123456789')).toBe('pinFormat');
    expect(pinProblem('٢٥٨٠', '٢٥٨٠')).toBe('pinFormat');
    expect(pinProblem('2580', '2581')).toBe('pinDifferent');
  });

  it("open only their trainee's profile, and are kept as salted hashes", async () => {
    const store = memoryStore({ profiles: [testProfile({ id: 'a' }), testProfile({ id: 'b' })] });
    const access = trainees(() => store);
    expect(await access.hasPin('a')).toBe(false);
    expect(await access.checkPin('a', '2580')).toEqual(WRONG);
    await access.setPin('a', '2580');
    expect(await access.hasPin('a')).toBe(true);
    expect(await access.checkPin('a', '2580')).toEqual({ ok: true });
    expect(await access.checkPin('a', '0852')).toEqual(WRONG);
    expect(await access.checkPin('b', '2580')).toEqual(WRONG);
    const stored = (await store.getSetting(pinSetting('a'))) ?? '';
    expect(stored).not.toContain('2580');
    expect(parsePassphraseRecord(stored)).toMatchObject({ algorithm: 'PBKDF2-SHA-256' });
    await expect(access.setPin('b', '12')).rejects.toThrow(/4 to 8 digits/);
  }, 20_000);

  it('never opens with a damaged or weakened PIN record', async () => {
    const store = memoryStore();
    const access = trainees(() => store);
    await access.setPin('a', '2580');
    const weakened = { ...JSON.parse((await store.getSetting(pinSetting('a'))) ?? ''), iterations: 1 };
    await store.setSetting(pinSetting('a'), JSON.stringify(weakened));
    expect(await access.checkPin('a', '2580')).toEqual(WRONG);
    await store.setSetting(pinSetting('a'), '{oops');
    expect(await access.checkPin('a', '2580')).toEqual(WRONG);
  }, 20_000);

  it('after five wrong PINs in a row, take none until the wait is over, even the right one, even after a reload', async () => {
    const store = memoryStore();
    let now = Date.UTC(2026, 11, 6, 9, 0, 0);
    const access = trainees(
      () => store,
      () => now,
    );
    await access.setPin('a', '2580');
    for (let i = 0; i < 4; i++) expect(await access.checkPin('a', '0000')).toEqual(WRONG);
    expect(await access.retryAt('a')).toBeNull();
    // The fifth wrong PIN earns a wait of 30 s; during it, the right PIN is not even checked.
    expect(await access.checkPin('a', '0000')).toEqual({ ok: false, retryAt: now + 30_000 });
    now += 29_000;
    expect(await access.checkPin('a', '2580')).toEqual({ ok: false, retryAt: now + 1_000 });
    // A reload is a new `trainees` on the same store: the count is on disk.
    const reloaded = trainees(
      () => store,
      () => now,
    );
    expect(await reloaded.retryAt('a')).toBe(now + 1_000);
    // Each further wrong PIN doubles the wait.
    now += 1_000;
    expect(await reloaded.checkPin('a', '1111')).toEqual({ ok: false, retryAt: now + 60_000 });
    now += 60_000;
    expect(await reloaded.checkPin('a', '2580')).toEqual({ ok: true });
    // A right PIN starts the count again: four wrong ones earn no wait.
    for (let i = 0; i < 4; i++) expect(await reloaded.checkPin('a', '0000')).toEqual(WRONG);
    // The wait is the trainee's own; another's is untouched.
    expect(await reloaded.retryAt('b')).toBeNull();
  }, 60_000);

  it('forget the wrong tries when the trainer sets a new PIN', async () => {
    const store = memoryStore();
    const now = Date.UTC(2026, 11, 6, 9, 0, 0);
    const access = trainees(
      () => store,
      () => now,
    );
    await access.setPin('a', '2580');
    await store.setSetting(pinTriesSetting('a'), JSON.stringify({ failures: 12, lastFailureAt: now }));
    expect(await access.retryAt('a')).toBe(now + 60 * 60_000);
    await access.setPin('a', '1357');
    expect(await access.retryAt('a')).toBeNull();
    expect(await access.checkPin('a', '1357')).toEqual({ ok: true });
  }, 20_000);

  it('lists the trainees of the device by name', async () => {
    const store = memoryStore({
      profiles: [testProfile({ id: 'z', name: 'Zainab' }), testProfile({ id: 'a', name: 'Aïcha' })],
    });
    expect((await trainees(() => store).list()).map((p) => p.name)).toEqual(['Aïcha', 'Zainab']);
  });
});

describe('recording a set-up', () => {
  it('sets the trainer passphrase with a shared device', async () => {
    const store = memoryStore();
    await recordSetup(store, { use: 'shared', pins: true }, 'a long trainer passphrase');
    expect(parsePassphraseRecord(await store.getSetting(PASSPHRASE_SETTING))).toMatchObject({
      iterations: 600_000,
    });
    expect(JSON.parse((await store.getSetting(DEVICE_SETTING)) ?? '')).toEqual({ use: 'shared', pins: true });
    // A new PIN policy later keeps the passphrase.
    const before = await store.getSetting(PASSPHRASE_SETTING);
    await recordSetup(store, { use: 'shared', pins: false });
    expect(await store.getSetting(PASSPHRASE_SETTING)).toBe(before);
  }, 20_000);

  it('never makes a device shared without a trainer passphrase', async () => {
    const store = memoryStore();
    await expect(recordSetup(store, { use: 'shared', pins: false })).rejects.toThrow(/passphrase/);
    expect(await store.getSetting(DEVICE_SETTING)).toBeUndefined();
    await recordSetup(store, { use: 'own', pins: false });
    expect(await store.getSetting(PASSPHRASE_SETTING)).toBeUndefined();
  });
});
