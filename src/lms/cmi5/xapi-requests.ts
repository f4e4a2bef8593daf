/**
 * The HTTP requests of the cmi5 adapter, on `fetch`:
 *
 * - POST to the launch's fetch URL, once, with no body (cmi5 §8.2): `{"auth-token": "..."}`, or a cmi5 error
 *   `{"error-code": ..., "error-text": ...}`.
 * - xAPI 1.0.3 on the launch's endpoint, every request with `Authorization: Basic <auth token>` and
 *   `X-Experience-API-Version: 1.0.3`: state documents of this learner, AU and registration (GET, PUT), an agent
 *   profile (GET) and statements (POST).
 *
 * Every failure is an XapiRequestError. One the server answered carries its HTTP status, which tells the outbox
 * whether sending again can help; one with no answer (offline, refused by CORS) has none.
 */
import type { XapiActor } from '../launch.ts';

export const XAPI_VERSION = '1.0.3';

/** The part of `fetch` the adapter uses. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export class XapiRequestError extends Error {
  constructor(
    message: string,
    /** HTTP status of the answer; undefined when there was none. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'XapiRequestError';
  }
}

async function request(fetchFn: Fetch, what: string, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetchFn(url, init);
  } catch (e) {
    throw new XapiRequestError(`${what} could not be reached (${(e as Error).message})`, undefined, {
      cause: e,
    });
  }
}

/** The body as JSON, or as text when it is not JSON (an LRS keeps state documents of any type). */
async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The auth token from the launch's fetch URL. Called once per launch: the fetch URL works only once. */
export async function fetchAuthToken(fetchUrl: string, fetchFn: Fetch): Promise<string> {
  const response = await request(fetchFn, 'the fetch URL', fetchUrl, { method: 'POST' });
  const body = await bodyOf(response).catch(() => null);
  if (isRecord(body) && ('error-code' in body || 'error-text' in body)) {
    const text = String(body['error-text'] ?? '').replace(/\.$/, '');
    throw new XapiRequestError(
      `the LMS refused the fetch URL (cmi5 error ${String(body['error-code'] ?? '?')}${text ? `: ${text}` : ''})`,
      response.status,
    );
  }
  if (!response.ok) throw new XapiRequestError(`the fetch URL answered ${response.status}`, response.status);
  const token = isRecord(body) ? body['auth-token'] : undefined;
  if (typeof token !== 'string' || token === '') {
    throw new XapiRequestError('the fetch URL gave no auth token', response.status);
  }
  return token;
}

export interface XapiTarget {
  endpoint: string;
  /** From the fetch URL; sent as `Basic <token>`. */
  token: string;
  actor: XapiActor;
  activityId: string;
  registration: string;
  fetch: Fetch;
}

export interface SendOptions {
  /** As the page goes away: the browser finishes the request after the unload. */
  keepalive?: boolean;
}

/** A query string as xAPI reads it; `agent` is JSON. */
const query = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');

export function xapiRequests(target: XapiTarget) {
  const base = target.endpoint.endsWith('/') ? target.endpoint : `${target.endpoint}/`;
  const agent = JSON.stringify(target.actor);
  const headers = (body: boolean): Record<string, string> => ({
    Authorization: `Basic ${target.token}`,
    'X-Experience-API-Version': XAPI_VERSION,
    ...(body ? { 'Content-Type': 'application/json' } : {}),
  });

  /** A request that must answer 2xx (or 404, when `missing` allows it: then null). */
  async function call(
    method: string,
    resource: string,
    params: Record<string, string> | null,
    body?: unknown,
    options: SendOptions & { missing?: boolean } = {},
  ): Promise<unknown> {
    const url = `${base}${resource}${params ? `?${query(params)}` : ''}`;
    const name = `${method} ${resource}`;
    const response = await request(target.fetch, `the LRS (${name})`, url, {
      method,
      headers: headers(body !== undefined),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(options.keepalive ? { keepalive: true } : {}),
    });
    if (response.status === 404 && options.missing) return null;
    if (!response.ok)
      throw new XapiRequestError(`the LRS answered ${response.status} to ${name}`, response.status);
    return method === 'GET' ? bodyOf(response) : undefined;
  }

  const stateParams = (stateId: string) => ({
    stateId,
    activityId: target.activityId,
    agent,
    registration: target.registration,
  });

  return {
    /** A state document of this learner, AU and registration (JSON, or text), or null when there is none. */
    getState: (stateId: string) =>
      call('GET', 'activities/state', stateParams(stateId), undefined, { missing: true }),
    putState: (stateId: string, document: unknown, options?: SendOptions) =>
      call('PUT', 'activities/state', stateParams(stateId), document, options).then(() => undefined),
    /** An agent profile document of this learner, or null when there is none. */
    getAgentProfile: (profileId: string) =>
      call('GET', 'agents/profile', { agent, profileId }, undefined, { missing: true }),
    /** One statement, or several in one request. A 409 (the LRS has that id already) is an error here. */
    postStatements: (statements: unknown, options?: SendOptions) =>
      call('POST', 'statements', null, statements, options).then(() => undefined),
  };
}

export type XapiRequests = ReturnType<typeof xapiRequests>;
