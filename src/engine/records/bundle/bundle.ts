/**
 * The JSON bundle that moves records between devices. Its SHA-256 digest over a canonical text of the payload
 * detects a file that was damaged after export; anyone can recompute it, so it is not what makes a file
 * trustworthy. A device set up with a cohort key also signs the payload (HMAC-SHA-256, cohort-key.ts), and the
 * importer plays every record again (meaning.ts): see import.ts.
 */
import type { Attempt } from '../attempt.ts';
import type { Profile } from '../profile.ts';
import { canonicalJson, sha256Hex } from './canonical.ts';
import { signText, verifyText } from './cohort-key.ts';
import type { CohortKey } from './cohort-key.ts';
import { isObject } from './checks.ts';
import { endsEarly } from './json-end.ts';
import type { BundleProblem } from './messages.ts';
import { recordSetProblems } from './schema.ts';
import { LIMITS, structureProblem } from './structure.ts';
import type { RecordSet } from './schema.ts';

export const BUNDLE_FORMAT = 'waypoint-bundle';
export const BUNDLE_VERSION = 1;

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  appVersion: string;
  payload: RecordSet;
  integrity: { algorithm: 'SHA-256'; digest: string };
  /** Present when the device that made the file was set up with a cohort key. */
  signature?: BundleSignature;
}

export interface BundleSignature {
  algorithm: 'HMAC-SHA-256';
  /** The cohort key's id (cohort-key.ts). */
  cohort: string;
  /** Hex HMAC of the canonical payload. */
  mac: string;
}

export type ParsedBundle = { ok: true; bundle: Bundle } | { ok: false; problem: BundleProblem };

export async function exportBundle(input: {
  profiles: readonly Profile[];
  attempts: readonly Attempt[];
  appVersion: string;
  /** Milliseconds since the epoch. */
  exportedAt: number;
  /** This device's cohort key, when it has one: the file is then signed. */
  cohort?: CohortKey | null;
}): Promise<string> {
  const payload = { profiles: input.profiles, attempts: input.attempts };
  const payloadText = JSON.stringify(payload);
  // canonicalJson writes values as JSON.stringify does, so the digest matches what an importer reads back even
  // when a record holds something JSON cannot keep (an undefined field, say).
  const canonical = canonicalJson(payload);
  const digest = await sha256Hex(canonical);
  const signature: BundleSignature | null = input.cohort
    ? { algorithm: 'HMAC-SHA-256', cohort: input.cohort.id, mac: await signText(canonical, input.cohort) }
    : null;
  const head = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: new Date(input.exportedAt).toISOString(),
    appVersion: input.appVersion,
  };
  const integrity = { algorithm: 'SHA-256', digest };
  const signed = signature ? `,"signature":${JSON.stringify(signature)}` : '';
  return `${JSON.stringify(head).slice(0, -1)},"payload":${payloadText},"integrity":${JSON.stringify(integrity)}${signed}}\n`;
}

/**
 * Reads a bundle file. Refuses it whole, saying why (a BundleProblem), when anything is wrong; whatever the file
 * holds, it never throws.
 */
export async function parseBundle(text: string): Promise<ParsedBundle> {
  try {
    return await parse(text);
  } catch {
    return refuse({ code: 'unreadable' });
  }
}

async function parse(text: string): Promise<ParsedBundle> {
  if (text.length > LIMITS.fileChars) return refuse({ code: 'tooLarge' });
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse({ code: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return refuse({ code: endsEarly(body) ? 'truncated' : 'notJson' });
  }
  if (!isObject(data) || data.format !== BUNDLE_FORMAT) return refuse({ code: 'wrongFormat' });
  // Before anything recursive reads it: bounded nesting and texts, well-formed Unicode, no reserved field names.
  const structure = structureProblem(data);
  if (structure) return refuse({ code: structure });
  if (data.version !== BUNDLE_VERSION) {
    const v = data.version;
    return refuse(
      typeof v === 'number' && Number.isInteger(v) && v > BUNDLE_VERSION
        ? { code: 'newerVersion', version: v }
        : { code: 'badVersion' },
    );
  }
  const integrity = data.integrity;
  if (
    !isObject(integrity) ||
    integrity.algorithm !== 'SHA-256' ||
    typeof integrity.digest !== 'string' ||
    !('payload' in data)
  ) {
    return refuse({ code: 'noIntegrity' });
  }
  // Integrity before shape: an edited record is reported as edited, whatever the edit did to its shape.
  const digest = await sha256Hex(canonicalJson(data.payload));
  if (digest !== integrity.digest.toLowerCase()) return refuse({ code: 'changed' });

  const problems = recordSetProblems(data.payload);
  if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt))) {
    problems.unshift('exportedAt must be a date and time');
  }
  if (typeof data.appVersion !== 'string') problems.unshift('appVersion must be text');
  if ('signature' in data && !isSignature(data.signature))
    problems.unshift('signature is not a Waypoint signature');
  if (problems.length > 0) return refuse({ code: 'badShape', problems });
  return { ok: true, bundle: data as unknown as Bundle };
}

function isSignature(x: unknown): x is BundleSignature {
  return (
    isObject(x) &&
    x.algorithm === 'HMAC-SHA-256' &&
    typeof x.cohort === 'string' &&
    /^[0-9a-f]{8}$/.test(x.cohort) &&
    typeof x.mac === 'string'
  );
}

/** Who made the file, as far as a signature can say (see cohort-key.ts for what it proves). */
export type Authenticity =
  | { kind: 'signed'; cohort: CohortKey }
  | { kind: 'unsigned' }
  | { kind: 'unknownCohort'; cohort: string }
  | { kind: 'badSignature'; cohort: CohortKey };

export async function authenticity(bundle: Bundle, known: readonly CohortKey[]): Promise<Authenticity> {
  const signature = bundle.signature;
  if (!signature) return { kind: 'unsigned' };
  const cohort = known.find((k) => k.id === signature.cohort);
  if (!cohort) return { kind: 'unknownCohort', cohort: signature.cohort };
  const ok = await verifyText(canonicalJson(bundle.payload), signature.mac, cohort);
  return ok ? { kind: 'signed', cohort } : { kind: 'badSignature', cohort };
}

const refuse = (problem: BundleProblem): ParsedBundle => ({
  ok: false,
  problem,
});
