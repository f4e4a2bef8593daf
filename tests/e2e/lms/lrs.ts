/**
 * A test LMS for cmi5 launches: just enough of cmi5 and of an xAPI LRS to launch the app and record every
 * statement. Runs inside the Playwright test on a free localhost port (another origin than the app, as a real
 * LMS is, so requests are cross-origin with CORS).
 *
 * - POST /fetch/<token>: the one-time auth token (cmi5 §8.2); a second POST gets an error, as the spec wants.
 * - /xapi/activities/state: LMS.LaunchData (context template with the session id and publisher id, launch mode,
 *   masteryScore, moveOn, returnURL) and any other state document the AU stores.
 * - /xapi/agents/profile: the cmi5LearnerPreferences document.
 * - /xapi/statements: POST (one or many) and PUT; every statement is kept in the order received.
 * - /return: the returnURL page.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface Statement {
  id: string;
  actor: { name?: string; account?: { homePage: string; name: string } };
  verb: { id: string };
  object: { id: string; definition?: { type?: string; interactionType?: string } };
  result?: {
    score?: { scaled: number; raw?: number; min?: number; max?: number };
    success?: boolean;
    completion?: boolean;
    duration?: string;
    response?: string;
    extensions?: Record<string, unknown>;
  };
  context?: {
    registration?: string;
    contextActivities?: Record<string, { id: string }[] | undefined>;
    extensions?: Record<string, unknown>;
  };
  timestamp?: string;
}

export interface LaunchOptions {
  masteryScore?: number;
  moveOn?: 'Passed' | 'CompletedAndPassed';
  launchMode?: 'Normal' | 'Browse' | 'Review';
  returnUrl?: boolean;
}

export interface Session {
  id: string;
  token: string;
  launchUrl: string;
}

export interface TestLrs {
  origin: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  registration: string;
  activityId: string;
  publisherId: string;
  /** Statements in the order the LRS received them. */
  statements: Statement[];
  /** Authorization header of every xAPI request, and the fetch URL calls. */
  authorizations: string[];
  fetchCalls: string[];
  /** Stored state documents by stateId (LMS.LaunchData excepted). */
  states: Map<string, unknown>;
  /** A new launch session (new session id, new one-time fetch URL) of the same registration. */
  launch(appUrl: string, scenarioId: string, options?: LaunchOptions): Session;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
  'Access-Control-Expose-Headers':
    'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through',
  'X-Experience-API-Version': '1.0.3',
};

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, data?: unknown, type = 'application/json') {
  res.writeHead(status, { ...CORS, ...(data === undefined ? {} : { 'Content-Type': type }) });
  res.end(data === undefined ? undefined : typeof data === 'string' ? data : JSON.stringify(data));
}

export async function startLrs(): Promise<TestLrs> {
  const sessions = new Map<
    string,
    { id: string; used: boolean; options: LaunchOptions; scenarioId: string }
  >();
  const issued = new Map<string, string>(); // auth token → session id
  let current: { id: string; options: LaunchOptions } | null = null;
  const lrs: TestLrs = {
    origin: '',
    actor: {
      objectType: 'Agent',
      name: 'Aïcha Traoré',
      account: { homePage: 'https://lms.example', name: 'learner-4411' },
    },
    registration: randomUUID(),
    activityId: `https://lms.example/activities/${randomUUID()}`,
    publisherId: 'https://waypoint.example/xapi/scenarios/survivor-contact',
    statements: [],
    authorizations: [],
    fetchCalls: [],
    states: new Map(),
    launch(appUrl, scenarioId, options = {}) {
      const session = { id: randomUUID(), used: false, options, scenarioId };
      const token = randomUUID();
      sessions.set(token, session);
      const url = new URL(appUrl);
      url.searchParams.set('scenario', scenarioId);
      url.searchParams.set('endpoint', `${lrs.origin}/xapi/`);
      url.searchParams.set('fetch', `${lrs.origin}/fetch/${token}`);
      url.searchParams.set('actor', JSON.stringify(lrs.actor));
      url.searchParams.set('registration', lrs.registration);
      url.searchParams.set('activityId', lrs.activityId);
      return { id: session.id, token, launchUrl: url.href };
    },
    close: () => new Promise((done) => server.close(() => done())),
  };

  const launchData = () => {
    const options = current?.options ?? {};
    return {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: lrs.publisherId }] },
        extensions: { [SESSION_ID_EXTENSION]: current?.id },
      },
      launchMode: options.launchMode ?? 'Normal',
      moveOn: options.moveOn ?? 'CompletedAndPassed',
      ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
      ...(options.returnUrl ? { returnURL: `${lrs.origin}/return` } : {}),
    };
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', lrs.origin);
      if (req.method === 'OPTIONS') return send(res, 204);
      if (url.pathname.startsWith('/fetch/') && req.method === 'POST') {
        const token = url.pathname.slice('/fetch/'.length);
        lrs.fetchCalls.push(token);
        const session = sessions.get(token);
        if (!session || session.used) {
          return send(res, 200, { 'error-code': '1', 'error-text': 'This fetch URL has already been used.' });
        }
        session.used = true;
        current = { id: session.id, options: session.options };
        const auth = Buffer.from(`au:${token}`).toString('base64');
        issued.set(auth, session.id);
        return send(res, 200, { 'auth-token': auth });
      }
      if (url.pathname === '/return') {
        return send(
          res,
          200,
          '<!doctype html><title>Back in the LMS</title><h1>Back in the LMS</h1>',
          'text/html',
        );
      }
      if (!url.pathname.startsWith('/xapi/')) return send(res, 404);

      const authorization = req.headers.authorization ?? '';
      lrs.authorizations.push(authorization);
      if (!issued.has(authorization.replace(/^Basic /, '')))
        return send(res, 401, { error: 'not authorised' });
      const resource = url.pathname.slice('/xapi/'.length);
      const text = await body(req);

      if (resource === 'activities/state') {
        const stateId = url.searchParams.get('stateId') ?? '';
        if (url.searchParams.get('registration') !== lrs.registration)
          return send(res, 400, { error: 'registration' });
        if (url.searchParams.get('activityId') !== lrs.activityId)
          return send(res, 400, { error: 'activityId' });
        if (stateId === 'LMS.LaunchData') {
          return req.method === 'GET' ? send(res, 200, launchData()) : send(res, 403, { error: 'LMS-owned' });
        }
        if (req.method === 'GET') {
          return lrs.states.has(stateId)
            ? send(res, 200, lrs.states.get(stateId))
            : send(res, 404, { error: 'none' });
        }
        if (req.method === 'PUT' || req.method === 'POST') {
          const doc = JSON.parse(text) as Record<string, unknown>;
          const before = (lrs.states.get(stateId) ?? {}) as Record<string, unknown>;
          lrs.states.set(stateId, req.method === 'POST' ? { ...before, ...doc } : doc);
          return send(res, 204);
        }
        if (req.method === 'DELETE') {
          lrs.states.delete(stateId);
          return send(res, 204);
        }
      }
      if (resource === 'agents/profile' && req.method === 'GET') {
        return url.searchParams.get('profileId') === 'cmi5LearnerPreferences'
          ? send(res, 200, { languagePreference: 'en-US', audioPreference: 'off' })
          : send(res, 404, { error: 'none' });
      }
      if (resource === 'statements' && (req.method === 'POST' || req.method === 'PUT')) {
        const parsed = JSON.parse(text) as Statement | Statement[];
        const batch = Array.isArray(parsed) ? parsed : [parsed];
        const ids: string[] = [];
        for (const s of batch) {
          s.id ??= url.searchParams.get('statementId') ?? randomUUID();
          const known = lrs.statements.find((x) => x.id === s.id);
          if (known && JSON.stringify(known) !== JSON.stringify(s))
            return send(res, 409, { error: 'conflict' });
          if (!known) lrs.statements.push(s);
          ids.push(s.id);
        }
        return req.method === 'PUT' ? send(res, 204) : send(res, 200, ids);
      }
      if (resource === 'about') return send(res, 200, { version: ['1.0.3'] });
      return send(res, 404, { error: `no ${req.method} ${resource}` });
    })().catch((e: unknown) => send(res, 500, { error: String(e) }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  lrs.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return lrs;
}
