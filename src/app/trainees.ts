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

export interface Trainees {
  /** The trainees of this device, by name. */
  list(): Promise<Profile[]>;
  /** Whether a PIN is on record for this trainee. */
  hasPin(profileId: string): Promise<boolean>;
  /** True only for the trainee's PIN; a damaged PIN record never opens. */
  checkPin(profileId: string, pin: string): Promise<boolean>;
  /** Sets (or replaces) a trainee's PIN, on disk when it resolves. */
  setPin(profileId: string, pin: string): Promise<void>;
}

export function trainees(store: () => RecordStore): Trainees {
  const record = async (id: string) => parsePassphraseRecord(await store().getSetting(pinSetting(id)));
  return {
    list: async () =>
      (await store().profiles()).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    hasPin: async (id) => (await record(id)) !== null,
    checkPin: async (id, pin) => {
      const r = await record(id);
      return r !== null && r !== 'invalid' && (await verifyPassphrase(pin, r));
    },
    setPin: async (id, pin) => {
      if (!PIN_PATTERN.test(pin)) throw new Error('a PIN is 4 to 8 digits');
      await store().setSetting(pinSetting(id), JSON.stringify(await hashPassphrase(pin)));
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
