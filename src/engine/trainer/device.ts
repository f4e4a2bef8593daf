/**
 * How a device is used, chosen when it is set up: by one person for their own training, or by the trainees of a
 * training centre. On a shared device the trainer passphrase is set during set-up (never by whoever first reaches
 * the trainer area), "Start training" asks who is training, and the trainer may ask each trainee for a PIN.
 */
export type DeviceUse = 'own' | 'shared';

export interface DeviceSetup {
  use: DeviceUse;
  /** Shared devices only: each trainee opens their profile with a PIN. */
  pins: boolean;
}

export const DEVICE_SETTING = 'device';

/**
 * The stored set-up, or null when the device has not been set up. A device from before set-up existed that has a
 * trainer passphrase was a training device: it reads as shared, without PINs until the trainer asks for them.
 */
export function parseDeviceSetup(text: string | undefined, hasPassphrase: boolean): DeviceSetup | null {
  if (text) {
    try {
      const r = JSON.parse(text) as Partial<DeviceSetup> | null;
      if (r?.use === 'own') return { use: 'own', pins: false };
      if (r?.use === 'shared') return { use: 'shared', pins: r.pins === true };
    } catch {
      // fall through: damaged
    }
    // Damaged or altered: the safer reading, as a shared device whose trainees need PINs.
    return { use: 'shared', pins: true };
  }
  return hasPassphrase ? { use: 'shared', pins: false } : null;
}

/** A device set up for one person may become a training device only while it holds no one else's records. */
export const canBecomeShared = (setup: DeviceSetup | null, profiles: number) =>
  setup?.use !== 'shared' && profiles <= 1;
