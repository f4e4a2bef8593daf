/**
 * One page of `GET <endpoint>/statements`, and what its answer means for the reader. Headers and sign-in are the
 * sync's (client.ts): `X-Experience-API-Version`, HTTP basic authentication with the read key, never cookies.
 */
import type { LrsProblem, LrsSettings } from '../../engine/ports/lrs-sync.ts';
import { authorization, XAPI_VERSION } from '../client.ts';
import type { Fetch } from '../client.ts';
import { resourceUrl } from '../settings.ts';

export type PageAnswer =
  | { kind: 'page'; statements: unknown[]; more: string | null; consistentThrough: string | null }
  /** 400 or 404 on a `more` link: it has expired (LRSs keep them for a while only). */
  | { kind: 'expired' }
  | { kind: 'aborted' }
  | { kind: 'problem'; problem: LrsProblem };

/**
 * The first page's address: the course's statements (those with `activity` as object or among their context
 * activities), oldest stored first, from `since` on (exclusive).
 */
export function firstPageUrl(
  endpoint: string,
  activity: string,
  since: string | null,
  limit: number,
): string {
  return resourceUrl(endpoint, 'statements', {
    activity,
    related_activities: 'true',
    ascending: 'true',
    limit: String(limit),
    ...(since === null ? {} : { since }),
  });
}

/**
 * A `more` link as an address: relative to the LRS's origin (xAPI 1.0.3). One on another origin is refused: the
 * read key must never be sent anywhere but the LRS.
 */
export function moreUrl(endpoint: string, more: string): string | null {
  const origin = new URL(endpoint).origin;
  try {
    const url = new URL(more, `${origin}/`);
    return url.origin === origin ? url.toString() : null;
  } catch {
    return null;
  }
}

async function detailOf(response: Response): Promise<string> {
  try {
    return (await response.text()).replace(/\s+/g, ' ').trim().slice(0, 200);
  } catch {
    return '';
  }
}

export async function fetchPage(
  fetch: Fetch,
  settings: LrsSettings,
  url: string,
  following: boolean,
  signal: AbortSignal,
  now: () => number,
): Promise<PageAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'GET',
      headers: { 'X-Experience-API-Version': XAPI_VERSION, Authorization: authorization(settings) },
      credentials: 'omit',
      signal,
    });
  } catch (e) {
    if (signal.aborted) return { kind: 'aborted' };
    return { kind: 'problem', problem: { kind: 'unreachable', detail: (e as Error).message, at: now() } };
  }
  const status = response.status;
  const problem = async (kind: LrsProblem['kind']): Promise<PageAnswer> => ({
    kind: 'problem',
    problem: { kind, status, detail: await detailOf(response), at: now() },
  });
  if (following && (status === 400 || status === 404)) return { kind: 'expired' };
  if (status === 401 || status === 403) return problem('unauthorized');
  if (status === 408 || status === 429 || status >= 500) return problem('server');
  if (!response.ok) return problem('rejected');
  if (response.redirected) return problem('unexpected');
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    if (signal.aborted) return { kind: 'aborted' };
    return { kind: 'problem', problem: { kind: 'unexpected', status, detail: 'not JSON', at: now() } };
  }
  const statements =
    typeof body === 'object' && body !== null && 'statements' in body ? body.statements : null;
  const more = typeof body === 'object' && body !== null && 'more' in body ? body.more : undefined;
  if (!Array.isArray(statements) || (more !== undefined && typeof more !== 'string'))
    return {
      kind: 'problem',
      problem: { kind: 'unexpected', status, detail: 'not a statement result', at: now() },
    };
  return {
    kind: 'page',
    statements,
    more: typeof more === 'string' && more !== '' ? more : null,
    consistentThrough: response.headers.get('X-Experience-API-Consistent-Through'),
  };
}
