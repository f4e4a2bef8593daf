/** What the screens may do with the device's set-up and its trainees (the app wires it to the store). */
import type { DeviceSetup } from '../../engine/trainer/device.ts';
import type { Trainees } from '../../app/trainees.ts';

export interface DeviceAccess {
  /** Records the set-up (a shared device's trainer passphrase with it) on disk, then tells the session. */
  setUp(setup: DeviceSetup, passphrase?: string): Promise<void>;
  trainees: Trainees;
}
