/**
 * The trainees of a device and how they open their profiles: the device's set-up, the trainer passphrase set with
 * it, and trainee PINs, all kept in the store's settings. What the screens call; the store comes in.
 */
import type { Profile } from '../engine/records/profile.ts';
import type { RecordStore } from '../engine/ports/record-store.ts';
import { DEVICE_SETTING } from '../engine/trainer/device.ts';
import type { DeviceSetup } from '../engine/trainer/device.ts';
import {
  PASSPHRASE_SETTING,
  hashPassphrase,
  parsePassphraseRecord,
  verifyPassphrase,
} from '../engine/trainer/passphrase.ts';
import { PIN_PATTERN, pinSetting } from '../engine/trainer/pin.ts';
import {
  afterWrongPin,
  NO_TRIES,
  parsePinTries,
  pinTriesSetting,
  retryAt,
} from '../engine/trainer/pin-tries.ts';
import type { PinTries } from '../engine/trainer/pin-tries.ts';

/** A PIN given: right, or wrong with when the next try may be made (null: at once). */
export type PinCheck = { ok: true } | { ok: false; retryAt: number | null };

export interface Trainees {
  /** The trainees of this device, by name. */
  list(): Promise<Profile[]>;
  /** Whether a PIN is on record for this trainee. */
  hasPin(profileId: string): Promise<boolean>;
  /**
   * Right only for the trainee's PIN; a damaged PIN record never opens. While the trainee must wait after too many
   * wrong PINs, no PIN is checked at all. Each wrong PIN is counted on disk, so a reload does not forget it.
   */
  checkPin(profileId: string, pin: string): Promise<PinCheck>;
  /** When the trainee may try a PIN again after too many wrong ones, or null when now. */
  retryAt(profileId: string): Promise<number | null>;
  /** Sets (or replaces) a trainee's PIN and forgets their wrong tries, on disk when it resolves. */
  setPin(profileId: string, pin: string): Promise<void>;
}

export function trainees(store: () => RecordStore, now: () => number = Date.now): Trainees {
  const record = async (id: string) => parsePassphraseRecord(await store().getSetting(pinSetting(id)));
  const tries = async (id: string) => parsePinTries(await store().getSetting(pinTriesSetting(id)));
  const setTries = (id: string, value: PinTries) =>
    store().setSetting(pinTriesSetting(id), JSON.stringify(value));
  return {
    list: async () =>
      (await store().profiles()).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    hasPin: async (id) => (await record(id)) !== null,
    checkPin: async (id, pin) => {
      const before = await tries(id);
      const waitUntil = retryAt(before, now());
      if (waitUntil !== null) return { ok: false, retryAt: waitUntil };
      const r = await record(id);
      if (r !== null && r !== 'invalid' && (await verifyPassphrase(pin, r))) {
        if (before.failures > 0) await setTries(id, NO_TRIES);
        return { ok: true };
      }
      // Counted from the count on disk at the answer, so a PIN checked in another tab meanwhile is not lost.
      const after = afterWrongPin(await tries(id), now());
      await setTries(id, after);
      return { ok: false, retryAt: retryAt(after, now()) };
    },
    retryAt: async (id) => retryAt(await tries(id), now()),
    setPin: async (id, pin) => {
      if (!PIN_PATTERN.test(pin)) throw new Error('a PIN is 4 to 8 digits');
      await store().setSetting(pinSetting(id), JSON.stringify(await hashPassphrase(pin)));
      await setTries(id, NO_TRIES);
    },
  };
}

/**
 * Records a device's set-up (or a shared device's new PIN policy). A device becomes shared only with a trainer
 * passphrase: given here, written first, or already on record. Resolves once it is on disk.
 */
export async function recordSetup(
  store: RecordStore,
  setup: DeviceSetup,
  passphrase: string | null = null,
): Promise<void> {
  if (passphrase !== null) {
    await store.setSetting(PASSPHRASE_SETTING, JSON.stringify(await hashPassphrase(passphrase)));
  } else if (setup.use === 'shared') {
    const stored = parsePassphraseRecord(await store.getSetting(PASSPHRASE_SETTING));
    if (stored === null || stored === 'invalid')
      throw new Error('a shared device needs a trainer passphrase');
  }
  await store.setSetting(DEVICE_SETTING, JSON.stringify(setup));
}
