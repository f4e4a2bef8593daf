/**
 * The trainer passphrase: kept only as a salted PBKDF2 hash (WebCrypto), never in clear.
 */
/** The setting that holds the trainer passphrase record. */
export const PASSPHRASE_SETTING = 'trainerPassphrase';

export interface PassphraseRecord {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  hash: string;
}

/** OWASP's current guidance for PBKDF2-HMAC-SHA256; no record is made or trusted with fewer. */
export const ITERATIONS = 600_000;
/** A stored record asking for more would make the gate hang: it is not one we made. */
const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 10;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(passphrase: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** What is wrong with a new passphrase, as a code the interface words (tooShort: under MIN_PASSPHRASE_LENGTH). */
export type PassphraseProblem = 'tooShort' | 'different';

/** Characters that count: spaces around the passphrase do not. */
const strength = (passphrase: string) => [...passphrase.normalize('NFC').trim()].length;

export function passphraseProblem(passphrase: string, confirmation: string): PassphraseProblem | null {
  if (strength(passphrase) < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (passphrase !== confirmation) return 'different';
  return null;
}

export async function hashPassphrase(passphrase: string): Promise<PassphraseRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(passphrase, salt, ITERATIONS);
  return { algorithm: 'PBKDF2-SHA-256', iterations: ITERATIONS, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function verifyPassphrase(passphrase: string, record: PassphraseRecord): Promise<boolean> {
  const expected = fromBase64(record.hash);
  const actual = await derive(passphrase, fromBase64(record.salt), record.iterations);
  // Compare every byte so the time taken does not say how much matched.
  let diff = expected.length ^ actual.length;
  for (let i = 0; i < expected.length; i++) diff |= (expected[i] ?? 0) ^ (actual[i] ?? 0);
  return diff === 0;
}

/**
 * The stored record: null when none is set; 'invalid' when something is stored that we did not make (damaged, or
 * weakened below ITERATIONS). An invalid record keeps the gate locked: it never reads as "no passphrase yet", which
 * would let the next person set one.
 */
export function parsePassphraseRecord(text: string | undefined): PassphraseRecord | null | 'invalid' {
  if (!text) return null;
  try {
    const r = JSON.parse(text) as Partial<PassphraseRecord>;
    const base64 = (x: unknown) => typeof x === 'string' && x.length > 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(x);
    const ok =
      r.algorithm === 'PBKDF2-SHA-256' &&
      Number.isInteger(r.iterations) &&
      (r.iterations ?? 0) >= ITERATIONS &&
      (r.iterations ?? 0) <= MAX_ITERATIONS &&
      base64(r.salt) &&
      base64(r.hash);
    return ok ? (r as PassphraseRecord) : 'invalid';
  } catch {
    return 'invalid';
  }
}
