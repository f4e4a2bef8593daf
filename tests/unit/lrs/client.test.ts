/** The xAPI requests and what each answer means: acknowledged, retry, or stop and tell the trainer. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { XapiStatement } from '../../../src/engine/records/export/index.ts';
import { about, authorization, postStatements, putStatement } from '../../../src/lrs/client.ts';
import type { ClientDeps, Fetch } from '../../../src/lrs/client.ts';
import { parseSettings, settingsProblem } from '../../../src/lrs/settings.ts';
import { ENDPOINT, SETTINGS } from './helpers.ts';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

const statement = { id: '6f1f7d1e-7c1b-5a5e-9a6e-000000000001' } as XapiStatement;

const deps = (fetch: Fetch): ClientDeps => ({
  fetch,
  timers: {
    set: (run, ms) => setTimeout(run, ms),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  },
  now: () => Date.now(),
  timeoutMs: 30_000,
});

const answering = (response: () => Response) => vi.fn<Fetch>(async () => response());

describe('LRS client', () => {
  it('POSTs to <endpoint>/statements with the xAPI version, JSON and basic authentication (UTF-8)', async () => {
    const fetch = answering(() => Response.json([statement.id]));
    expect(await postStatements(deps(fetch), SETTINGS, [statement])).toEqual({ kind: 'stored' });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe(`${ENDPOINT}/statements`);
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      headers: {
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
        Authorization: `Basic ${Buffer.from('waypoint-key:sécret', 'utf8').toString('base64')}`,
      },
    });
    expect(JSON.parse(String(init?.body))).toEqual([statement]);
    expect(authorization({ endpoint: ENDPOINT, key: 'k', secret: 's' })).toBe('Basic azpz'); // base64("k:s")
  });

  it('PUTs one statement under its id; 204 and 409 both mean the LRS has it', async () => {
    const fetch = answering(() => new Response(null, { status: 204 }));
    expect(await putStatement(deps(fetch), SETTINGS, statement)).toEqual({ kind: 'stored' });
    expect(fetch.mock.calls[0]?.[0]).toBe(`${ENDPOINT}/statements?statementId=${statement.id}`);
    const conflict = answering(() => new Response('exists', { status: 409 }));
    expect(await putStatement(deps(conflict), SETTINGS, statement)).toEqual({ kind: 'stored' });
  });

  it('reads 409 on a batch as "send them one by one", and 413 as "send fewer"', async () => {
    const two = [statement, { ...statement, id: 'other' }];
    expect(
      await postStatements(deps(answering(() => new Response('', { status: 409 }))), SETTINGS, two),
    ).toEqual({
      kind: 'conflict',
    });
    expect(
      await postStatements(deps(answering(() => new Response('', { status: 413 }))), SETTINGS, two),
    ).toEqual({
      kind: 'too-large',
    });
    expect(
      await postStatements(deps(answering(() => new Response('', { status: 409 }))), SETTINGS, [statement]),
    ).toEqual({
      kind: 'stored',
    });
  });

  it('retries 5xx, 408, 429 (with Retry-After), no answer and a time-out; stops on 401, 403 and 400', async () => {
    const outcome = async (status: number, headers: Record<string, string> = {}) =>
      postStatements(deps(answering(() => new Response('nope', { status, headers }))), SETTINGS, [statement]);
    expect(await outcome(500)).toMatchObject({ kind: 'retry', problem: { kind: 'server', status: 500 } });
    expect(await outcome(408)).toMatchObject({ kind: 'retry', problem: { kind: 'server' } });
    expect(await outcome(429, { 'Retry-After': '120' })).toMatchObject({ kind: 'retry', after: 120_000 });
    expect(await outcome(401)).toMatchObject({
      kind: 'stop',
      problem: { kind: 'unauthorized', status: 401 },
    });
    expect(await outcome(403)).toMatchObject({
      kind: 'stop',
      problem: { kind: 'unauthorized', status: 403 },
    });
    expect(await outcome(400)).toMatchObject({
      kind: 'stop',
      problem: { kind: 'rejected', status: 400, detail: 'nope' },
    });

    const rejecting = vi.fn<Fetch>(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await postStatements(deps(rejecting), SETTINGS, [statement])).toMatchObject({
      kind: 'retry',
      problem: { kind: 'unreachable', detail: 'Failed to fetch' },
    });

    const hanging: Fetch = (_, init) =>
      new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const pending = postStatements(deps(hanging), SETTINGS, [statement]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await pending).toMatchObject({
      kind: 'retry',
      problem: { kind: 'unreachable', detail: 'no answer in 30 s' },
    });
  });

  it('does not take a page for an acknowledgement (a captive portal answering 200)', async () => {
    const page = answering(() => new Response('<html>Log in to the hotel wifi</html>', { status: 200 }));
    expect(await postStatements(deps(page), SETTINGS, [statement])).toMatchObject({
      kind: 'retry',
      problem: { kind: 'unexpected', status: 200 },
    });
    const redirected = answering(() => {
      const r = new Response(null, { status: 204 });
      Object.defineProperty(r, 'redirected', { value: true });
      return r;
    });
    expect(await putStatement(deps(redirected), SETTINGS, statement)).toMatchObject({
      kind: 'retry',
      problem: { kind: 'unexpected' },
    });
  });

  it('tests the connection with GET <endpoint>/about', async () => {
    const ok = answering(() => Response.json({ version: ['1.0.3', '2.0.0'] }));
    expect(await about(deps(ok), SETTINGS)).toEqual({ ok: true, versions: ['1.0.3', '2.0.0'] });
    expect(ok.mock.calls[0]?.[0]).toBe(`${ENDPOINT}/about`);
    expect(ok.mock.calls[0]?.[1]).toMatchObject({
      method: 'GET',
      headers: { 'X-Experience-API-Version': '1.0.3' },
    });
    const notLrs = answering(() => new Response('<html></html>'));
    expect(await about(deps(notLrs), SETTINGS)).toMatchObject({ ok: false, problem: { kind: 'unexpected' } });
    const missing = answering(() => new Response('not found', { status: 404 }));
    expect(await about(deps(missing), SETTINGS)).toMatchObject({
      ok: false,
      problem: { kind: 'rejected', status: 404 },
    });
  });
});

describe('LRS settings', () => {
  it('checks the endpoint, key and secret, and reads back only usable settings', () => {
    expect(settingsProblem(SETTINGS)).toBeNull();
    expect(settingsProblem({ ...SETTINGS, endpoint: 'lrs.example.org/xapi' })).toBe('endpoint');
    expect(settingsProblem({ ...SETTINGS, endpoint: 'ftp://lrs.example.org/xapi' })).toBe('endpoint-scheme');
    expect(settingsProblem({ ...SETTINGS, endpoint: 'http://lrs.example.org/xapi' })).toBe('endpoint-scheme');
    expect(settingsProblem({ ...SETTINGS, endpoint: 'http://localhost:8080/xapi' })).toBeNull();
    expect(settingsProblem({ ...SETTINGS, endpoint: 'https://u:p@lrs.example.org/xapi' })).toBe(
      'endpoint-credentials',
    );
    expect(settingsProblem({ ...SETTINGS, key: '  ' })).toBe('key');
    expect(settingsProblem({ ...SETTINGS, secret: '' })).toBe('secret');
    expect(parseSettings(JSON.stringify({ ...SETTINGS, endpoint: ` ${ENDPOINT}// ` }))).toEqual(SETTINGS);
    expect(parseSettings('')).toBeNull();
    expect(parseSettings('{not json')).toBeNull();
    expect(parseSettings(JSON.stringify({ endpoint: ENDPOINT }))).toBeNull();
  });
});
