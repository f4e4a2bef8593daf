/**
 * The JSON bundle that moves records between devices. Its SHA-256 digest over a canonical text of the payload
 * detects a file that was damaged or edited by hand after export. (It is not a signature: someone who recomputes
 * the digest can still forge a file; it guards against accidents and casual edits.)
 */
import type { Attempt } from '../attempt';
import type { Profile } from '../profile';
import { canonicalJson, sha256Hex } from './canonical';
import { isObject } from './checks';
import { endsEarly } from './json-end';
import { bundleMessage } from './messages';
import type { BundleProblem } from './messages';
import { recordSetProblems } from './schema';
import type { RecordSet } from './schema';

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
}

export type ParsedBundle =
  | { ok: true; bundle: Bundle }
  | { ok: false; problem: BundleProblem; /** In English, for the command line. */ message: string };

export async function exportBundle(input: {
  profiles: readonly Profile[];
  attempts: readonly Attempt[];
  appVersion: string;
  /** Milliseconds since the epoch. */
  exportedAt: number;
}): Promise<string> {
  const payload = { profiles: input.profiles, attempts: input.attempts };
  const payloadText = JSON.stringify(payload);
  // canonicalJson writes values as JSON.stringify does, so the digest matches what an importer reads back even
  // when a record holds something JSON cannot keep (an undefined field, say).
  const digest = await sha256Hex(canonicalJson(payload));
  const head = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: new Date(input.exportedAt).toISOString(),
    appVersion: input.appVersion,
  };
  const integrity = { algorithm: 'SHA-256', digest };
  return `${JSON.stringify(head).slice(0, -1)},"payload":${payloadText},"integrity":${JSON.stringify(integrity)}}\n`;
}

/** Reads a bundle file. Refuses it whole, with a message for a trainer, when anything is wrong. */
export async function parseBundle(text: string): Promise<ParsedBundle> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse({ code: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return refuse({ code: endsEarly(body) ? 'truncated' : 'notJson' });
  }
  if (!isObject(data) || data.format !== BUNDLE_FORMAT) return refuse({ code: 'wrongFormat' });
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
  if (problems.length > 0) return refuse({ code: 'badShape', problems });
  return { ok: true, bundle: data as unknown as Bundle };
}

const refuse = (problem: BundleProblem): ParsedBundle => ({
  ok: false,
  problem,
  message: bundleMessage(problem),
});
