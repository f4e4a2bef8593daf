/**
 * The trainer's LRS settings: kept as one JSON setting in the record store (so on this device, in this browser,
 * the secret included: the trainer area says so), checked before they are saved.
 */
import type { LrsSettings } from '../engine/ports/lrs-sync.ts';
import { remoteUrlProblem } from '../engine/net/remote-url.ts';

export const LRS_SETTING = 'lrsSettings';

export type LrsSettingsProblem = 'endpoint' | 'endpoint-scheme' | 'endpoint-credentials' | 'key' | 'secret';

/** Trims the fields and drops trailing slashes of the endpoint. */
export function normaliseSettings(s: LrsSettings): LrsSettings {
  return { endpoint: s.endpoint.trim().replace(/\/+$/, ''), key: s.key.trim(), secret: s.secret };
}

export function settingsProblem(s: LrsSettings): LrsSettingsProblem | null {
  const { endpoint, key, secret } = normaliseSettings(s);
  // https only (a test LRS on this machine may use http): statements carry trainees' names and results.
  const problem = remoteUrlProblem(endpoint);
  if (problem === 'not-a-url') return 'endpoint';
  if (problem === 'not-https') return 'endpoint-scheme';
  if (problem === 'credentials') return 'endpoint-credentials';
  const url = new URL(endpoint);
  if (url.search || url.hash) return 'endpoint';
  if (!key) return 'key';
  if (!secret) return 'secret';
  return null;
}

/** Settings as stored, or null when there are none or they are unusable. */
export function parseSettings(text: string | undefined): LrsSettings | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as Partial<Record<keyof LrsSettings, unknown>>;
    const { endpoint, key, secret } = raw;
    if (typeof endpoint !== 'string' || typeof key !== 'string' || typeof secret !== 'string') return null;
    const settings = normaliseSettings({ endpoint, key, secret });
    return settingsProblem(settings) === null ? settings : null;
  } catch {
    return null;
  }
}

export const serialiseSettings = (s: LrsSettings | null): string =>
  s === null ? '' : JSON.stringify(normaliseSettings(s));

/** The address of an xAPI resource under the endpoint, e.g. `statements` or `about`. */
export function resourceUrl(endpoint: string, resource: string, query?: Record<string, string>): string {
  const url = `${endpoint.replace(/\/+$/, '')}/${resource}`;
  return query ? `${url}?${new URLSearchParams(query).toString()}` : url;
}
