/**
 * Trainee PINs on a shared device: they keep the next trainee at the keyboard out of another's records. Kept as
 * salted PBKDF2 hashes like the trainer passphrase. A PIN of a few digits cannot resist someone who copies the
 * hash out with developer tools; that is outside what the gate defends (docs/security.md).
 */
export const PIN_PATTERN = /^[0-9]{4,8}$/;

export type PinProblem = 'pinFormat' | 'pinDifferent';

export function pinProblem(pin: string, again: string): PinProblem | null {
  if (!PIN_PATTERN.test(pin)) return 'pinFormat';
  if (pin !== again) return 'pinDifferent';
  return null;
}

/** The setting that holds a trainee's PIN record. */
export const pinSetting = (profileId: string) => `pin:${profileId}`;
