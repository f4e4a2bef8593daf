/**
 * Helpers for the LRS sync tests: small attempts, a fake LRS behind a fake fetch that counts what it stores per
 * statement id, and a sync wired to fake timers.
 */
import type { Catalogue } from '../../../src/engine/content/types.ts';
import type { Outbox } from '../../../src/engine/ports/lrs-outbox.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import type { ScenarioMeta, XapiStatement } from '../../../src/engine/records/export/index.ts';
import type { Profile } from '../../../src/engine/records/profile.ts';
import type { Fetch } from '../../../src/lrs/client.ts';
import { LRS_SETTING } from '../../../src/lrs/settings.ts';
import { createLrsSync } from '../../../src/lrs/sync.ts';
import type { LrsSyncDeps } from '../../../src/lrs/sync.ts';

export const ENDPOINT = 'https://lrs.test/xapi';
export const SETTINGS = { endpoint: ENDPOINT, key: 'waypoint-key', secret: 'sécret' };

export const profile: Profile = {
  id: 'p1',
  name: 'Amani Diallo',
  serviceNumber: '',
  component: 'police',
  sex: 'female',
  country: 'Senegal',
  mission: 'MINUKA',
  stage: 'pre-deployment',
  language: 'en',
};

export const scenario: ScenarioMeta = {
  id: 'survivor-contact',
  title: 'First contact with a survivor',
  version: '1.0.0',
  rubric: { passMark: 80, criteria: [{ id: 'crsv.listening', weight: 1 }] },
};

export const catalogue: Catalogue = { areas: [], criteria: [] };

/** An attempt with `decisions` decisions; completed ones are scored (so they give a passed or failed). */
export function attempt(n: number, status: Attempt['status'] = 'completed', decisions = 3): Attempt {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const startedAt = Date.UTC(2025, 0, 1) + n * 60_000;
  return {
    id,
    profileId: profile.id,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    appVersion: '0.1.0',
    stage: 'pre-deployment',
    seed: n,
    startedAt,
    endedAt: status === 'completed' ? startedAt + 30_000 : null,
    status,
    decisions: Array.from({ length: decisions }, (_, i) => ({
      seq: i + 1,
      where: `a.${i}.c-0`,
      choiceIndex: 0,
      choiceText: `Choice ${i + 1}`,
      at: startedAt + (i + 1) * 1000,
      evidence: [{ criterion: 'crsv.listening', level: 3 as const }],
      critical: [],
    })),
    inkState: null,
    ending: status === 'completed' ? 'referred' : null,
    result:
      status === 'completed'
        ? {
            criteria: [],
            points: 3,
            maxPoints: 3,
            percent: 100,
            passMark: 80,
            passed: true,
            criticalErrors: [],
          }
        : null,
  };
}

/** Statements a completed attempt with 3 decisions gives: attempted, 3 answered, completed, passed. */
export const CHAIN = 6;

export type Mode =
  /** Answers as an LRS does. */
  | 'up'
  /** Every other request gets 503 (the first one succeeds). */
  | 'flaky'
  /** No answer at all: fetch rejects, as it does offline or when the host is gone. */
  | 'down';

export interface LoggedRequest {
  method: string;
  url: string;
  ids: string[];
  status: number | 'no answer';
  headers: Record<string, string>;
}

/**
 * A learning record store behind a fake fetch. Like a strict LRS, a POST whose batch holds an id it already has
 * is refused whole with 409, and a PUT of an id it has gets 409. `stored` counts, per statement id, how many
 * times the LRS stored it: "arrived exactly once" is a count of 1 for every id.
 */
export function fakeLrs(initial: Mode = 'up') {
  const stored = new Map<string, number>();
  const bodies = new Map<string, XapiStatement>();
  const log: LoggedRequest[] = [];
  let mode: Mode = initial;
  let flakyTurn = 0;
  /** Status to answer every statements request with, instead of the normal behaviour (e.g. 401). */
  let forced: number | null = null;
  /** Store the next request's statements but lose the answer (fetch rejects), as when a link drops. */
  let loseNextAnswer = false;

  const store = (s: XapiStatement) => {
    stored.set(s.id, (stored.get(s.id) ?? 0) + 1);
    bodies.set(s.id, s);
  };

  const fetch: Fetch = async (url, init) => {
    const method = init.method ?? 'GET';
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const statements = (Array.isArray(body) ? body : body ? [body] : []) as XapiStatement[];
    const entry: LoggedRequest = {
      method,
      url,
      ids: statements.map((s) => s.id),
      status: 'no answer',
      headers,
    };
    log.push(entry);
    const answer = (status: number, payload?: unknown) => {
      entry.status = status;
      return new Response(payload === undefined ? null : JSON.stringify(payload), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    };
    if (mode === 'down') throw new TypeError('Failed to fetch');
    if (mode === 'flaky' && flakyTurn++ % 2 === 1) return answer(503, { error: 'busy' });
    const path = new URL(url).pathname;
    if (path.endsWith('/about') && method === 'GET') return answer(200, { version: ['1.0.3'] });
    if (!path.endsWith('/statements')) return answer(404, { error: 'no such resource' });
    if (forced !== null) return answer(forced, { error: 'forced' });
    if (method === 'POST') {
      if (statements.some((s) => stored.has(s.id))) return answer(409, { error: 'already stored' });
      statements.forEach(store);
    } else if (method === 'PUT') {
      const id = new URL(url).searchParams.get('statementId');
      const [s] = statements;
      if (!s || id !== s.id) return answer(400, { error: 'statementId does not match' });
      if (stored.has(s.id)) return answer(409, { error: 'already stored' });
      store(s);
    } else {
      return answer(405, { error: 'method' });
    }
    if (loseNextAnswer) {
      loseNextAnswer = false;
      entry.status = 'no answer';
      throw new TypeError('network connection was lost');
    }
    return method === 'POST' ? answer(200, entry.ids) : answer(204);
  };

  return {
    fetch,
    stored,
    bodies,
    log,
    setMode(next: Mode) {
      mode = next;
      flakyTurn = 0;
    },
    force(status: number | null) {
      forced = status;
    },
    loseNextAnswer() {
      loseNextAnswer = true;
    },
    /** Statement requests in order. */
    statementRequests: () => log.filter((r) => new URL(r.url).pathname.endsWith('/statements')),
  };
}

/** A network whose state the test sets. */
export function fakeNetwork(online = true) {
  const listeners = new Set<(online: boolean) => void>();
  return {
    online: () => online,
    subscribe(listener: (online: boolean) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(next: boolean) {
      online = next;
      for (const l of listeners) l(next);
    },
  };
}

/** A sync on fake timers (vi.useFakeTimers must be on), with settings in a map and records in an array. */
export function syncWith(
  outbox: Outbox | Promise<Outbox>,
  lrs: ReturnType<typeof fakeLrs>,
  records: Attempt[],
  {
    settings: saved,
    ...extra
  }: Omit<Partial<LrsSyncDeps>, 'settings'> & { settings?: Map<string, string> } = {},
) {
  const settings = saved ?? new Map([[LRS_SETTING, JSON.stringify(SETTINGS)]]);
  const network = fakeNetwork();
  const sync = createLrsSync({
    outbox,
    settings: {
      get: async () => settings.get(LRS_SETTING),
      set: async (value) => void settings.set(LRS_SETTING, value),
    },
    records: async () => ({ profiles: [profile], attempts: [...records] }),
    scenarios: [scenario],
    catalogue: async () => catalogue,
    fetch: lrs.fetch,
    timers: {
      set: (run, ms) => setTimeout(run, ms),
      clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
    now: () => Date.now(),
    random: () => 0.5,
    network,
    ...extra,
  });
  return { sync, network, settings };
}
