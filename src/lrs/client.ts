/**
 * The few xAPI 1.0.3 requests the sync makes, and what each answer means for it. Pure of any state: fetch,
 * timers and the clock come in, so tests drive it with a fake LRS and fake timers.
 *
 * - POST `<endpoint>/statements` with an array: 200 and the array of stored ids.
 * - PUT `<endpoint>/statements?statementId=<id>` with one statement: 204.
 * - 409 Conflict: the LRS already has a statement with that id. For one statement that means it arrived; for a
 *   batch it may mean only one of them did, so the sync then sends that batch's statements one by one.
 * - GET `<endpoint>/about`: the LRS's xAPI versions (the connection test).
 */
import type { LrsProblem, LrsSettings } from '../engine/ports/lrs-sync.ts';
import type { XapiStatement } from '../engine/records/export/index.ts';
import { resourceUrl } from './settings.ts';

export const XAPI_VERSION = '1.0.3';

/** The part of `fetch` the sync uses. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface ClientDeps {
  fetch: Fetch;
  timers: Timers;
  now: () => number;
  /** A request with no answer after this long is given up (and retried later). */
  timeoutMs: number;
}

export type SendOutcome =
  /** The LRS stored them (or, for one statement, already had it). */
  | { kind: 'stored' }
  /** 409 on a batch: some id is already there; send them one by one. */
  | { kind: 'conflict' }
  /** 413: send fewer at a time. */
  | { kind: 'too-large' }
  /** A temporary failure: try again later (`after`: a Retry-After the LRS asked for, in milliseconds). */
  | { kind: 'retry'; problem: LrsProblem; after?: number }
  /** The trainer must act. */
  | { kind: 'stop'; problem: LrsProblem };

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function authorization(settings: LrsSettings): string {
  return `Basic ${base64(`${settings.key}:${settings.secret}`)}`;
}

function headers(settings: LrsSettings, body: boolean): Record<string, string> {
  return {
    'X-Experience-API-Version': XAPI_VERSION,
    Authorization: authorization(settings),
    ...(body ? { 'Content-Type': 'application/json' } : {}),
  };
}

/** fetch with a time limit; a rejection is turned into an `unreachable` problem. */
async function request(
  deps: ClientDeps,
  url: string,
  init: RequestInit,
): Promise<{ response: Response } | { problem: LrsProblem }> {
  const abort = new AbortController();
  let timedOut = false;
  const timer = deps.timers.set(() => {
    timedOut = true;
    abort.abort();
  }, deps.timeoutMs);
  try {
    // `omit`: the LRS is signed in to with the key and secret, never with the browser's cookies.
    const response = await deps.fetch(url, { ...init, signal: abort.signal, credentials: 'omit' });
    return { response };
  } catch (e) {
    const detail = timedOut ? `no answer in ${Math.round(deps.timeoutMs / 1000)} s` : (e as Error).message;
    return { problem: { kind: 'unreachable', detail, at: deps.now() } };
  } finally {
    deps.timers.clear(timer);
  }
}

async function bodyText(response: Response): Promise<string> {
  try {
    return (await response.text()).replace(/\s+/g, ' ').trim().slice(0, 200);
  } catch {
    return '';
  }
}

function retryAfter(response: Response, now: number): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** What a non-2xx answer means. */
async function failure(response: Response, many: boolean, now: number): Promise<SendOutcome> {
  const status = response.status;
  if (status === 409) return many ? { kind: 'conflict' } : { kind: 'stored' };
  if (status === 413 && many) return { kind: 'too-large' };
  const detail = await bodyText(response);
  const problem = (kind: LrsProblem['kind']): LrsProblem => ({ kind, status, detail, at: now });
  if (status === 408 || status === 429 || status >= 500) {
    const after = retryAfter(response, now);
    return { kind: 'retry', problem: problem('server'), ...(after === undefined ? {} : { after }) };
  }
  if (status === 401 || status === 403) return { kind: 'stop', problem: problem('unauthorized') };
  return { kind: 'stop', problem: problem('rejected') };
}

/** A 2xx that was redirected on the way is not the LRS's (a captive portal's login page, most likely). */
function notFromLrs(response: Response, now: number, detail: string): SendOutcome | null {
  return response.redirected
    ? { kind: 'retry', problem: { kind: 'unexpected', status: response.status, detail, at: now } }
    : null;
}

/** POST a batch. Only a JSON array of ids counts as the LRS's acknowledgement. */
export async function postStatements(
  deps: ClientDeps,
  settings: LrsSettings,
  statements: readonly XapiStatement[],
): Promise<SendOutcome> {
  const answer = await request(deps, resourceUrl(settings.endpoint, 'statements'), {
    method: 'POST',
    headers: headers(settings, true),
    body: JSON.stringify(statements),
  });
  if ('problem' in answer) return { kind: 'retry', problem: answer.problem };
  const { response } = answer;
  if (!response.ok) return failure(response, statements.length > 1, deps.now());
  const text = await response.text().catch(() => '');
  const redirected = notFromLrs(response, deps.now(), text.slice(0, 200));
  if (redirected) return redirected;
  try {
    if (Array.isArray(JSON.parse(text))) return { kind: 'stored' };
  } catch {
    // not JSON: below
  }
  const detail = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return { kind: 'retry', problem: { kind: 'unexpected', status: response.status, detail, at: deps.now() } };
}

/** PUT one statement under its id. 2xx or 409 (already there) both mean the LRS has it. */
export async function putStatement(
  deps: ClientDeps,
  settings: LrsSettings,
  statement: XapiStatement,
): Promise<SendOutcome> {
  const answer = await request(
    deps,
    resourceUrl(settings.endpoint, 'statements', { statementId: statement.id }),
    {
      method: 'PUT',
      headers: headers(settings, true),
      body: JSON.stringify(statement),
    },
  );
  if ('problem' in answer) return { kind: 'retry', problem: answer.problem };
  const { response } = answer;
  if (!response.ok) return failure(response, false, deps.now());
  return notFromLrs(response, deps.now(), await bodyText(response)) ?? { kind: 'stored' };
}

/** GET `<endpoint>/about`: an LRS answers with the xAPI versions it speaks. */
export async function about(
  deps: ClientDeps,
  settings: LrsSettings,
): Promise<{ ok: true; versions: string[] } | { ok: false; problem: LrsProblem }> {
  const answer = await request(deps, resourceUrl(settings.endpoint, 'about'), {
    method: 'GET',
    headers: headers(settings, false),
  });
  if ('problem' in answer) return { ok: false, problem: answer.problem };
  const { response } = answer;
  if (!response.ok) {
    const outcome = await failure(response, false, deps.now());
    if (outcome.kind === 'retry' || outcome.kind === 'stop') return { ok: false, problem: outcome.problem };
  }
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { version?: unknown };
    if (Array.isArray(body.version) && body.version.every((v) => typeof v === 'string')) {
      return { ok: true, versions: body.version as string[] };
    }
  } catch {
    // not JSON: below
  }
  const detail = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return { ok: false, problem: { kind: 'unexpected', status: response.status, detail, at: deps.now() } };
}
