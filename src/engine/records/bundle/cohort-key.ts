/**
 * Cohort keys: a trainer makes one per cohort and types its code into each device of that cohort; a device then
 * signs the bundles it exports (HMAC-SHA-256 over the canonical payload), and a trainer's device that knows the key
 * can tell that a device set up with it made the file.
 *
 * What a signature proves, and what it cannot: it proves the file was made by a device holding that cohort's key
 * and not changed since. It cannot stop someone who reads the key out of such a device (with the browser's
 * developer tools) from signing a forged file; what stops an edited result is the replay check (meaning.ts).
 */

/** 16 random bytes: 128 bits. */
const KEY_BYTES = 16;
/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface CohortKey {
  /** Short id derived from the key (the first 8 hex digits of its SHA-256), shown and carried in signatures. */
  id: string;
  /** The code a trainer types into a device: 26 characters in groups. */
  code: string;
  /** The trainer's name for the cohort. */
  name: string;
}

function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Uint8Array | null {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const n = ALPHABET.indexOf(ch);
    if (n < 0) return null;
    value = ((value << 5) | n) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(bytes);
}

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** The code as a trainer reads it: groups of four. */
const grouped = (plain: string) => plain.match(/.{1,4}/g)?.join('-') ?? plain;

/** The key bytes of a typed code (spaces, dashes and case do not matter; I and L read as 1, O as 0). */
export function keyOfCode(code: string): Uint8Array | null {
  const plain = code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (plain.length !== Math.ceil((KEY_BYTES * 8) / 5)) return null;
  const bytes = fromBase32(plain);
  return bytes && bytes.length === KEY_BYTES ? bytes : null;
}

export async function cohortIdOf(key: Uint8Array): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', key as BufferSource)).slice(0, 8);
}

export async function newCohortKey(name: string): Promise<CohortKey> {
  const key = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
  return { id: await cohortIdOf(key), code: grouped(toBase32(key)), name };
}

/** A cohort key from a typed code, or null when the code is not one. */
export async function cohortKeyOfCode(code: string, name: string): Promise<CohortKey | null> {
  const key = keyOfCode(code);
  return key ? { id: await cohortIdOf(key), code: grouped(toBase32(key)), name } : null;
}

async function hmacKey(cohort: CohortKey): Promise<CryptoKey> {
  const raw = keyOfCode(cohort.code);
  if (!raw) throw new Error(`cohort ${cohort.id} has no usable key`);
  return crypto.subtle.importKey('raw', raw as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

export async function signText(text: string, cohort: CohortKey): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', await hmacKey(cohort), new TextEncoder().encode(text)));
}

export async function verifyText(text: string, mac: string, cohort: CohortKey): Promise<boolean> {
  if (!/^[0-9a-f]{64}$/.test(mac)) return false;
  const bytes = new Uint8Array(mac.match(/../g)?.map((b) => Number.parseInt(b, 16)) ?? []);
  // WebCrypto's verify compares in constant time.
  return crypto.subtle.verify(
    'HMAC',
    await hmacKey(cohort),
    bytes as BufferSource,
    new TextEncoder().encode(text),
  );
}

/** Cohort keys as a device keeps them (one setting), tolerant of damage: what cannot be read is dropped. */
export function parseCohortKeys(text: string | undefined): CohortKey[] {
  if (!text) return [];
  try {
    const list = JSON.parse(text) as unknown;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (k): k is CohortKey =>
        typeof k === 'object' &&
        k !== null &&
        typeof (k as CohortKey).id === 'string' &&
        typeof (k as CohortKey).name === 'string' &&
        typeof (k as CohortKey).code === 'string' &&
        keyOfCode((k as CohortKey).code) !== null,
    );
  } catch {
    return [];
  }
}
