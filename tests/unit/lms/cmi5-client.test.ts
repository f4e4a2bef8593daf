/**
 * The cmi5 adapter's own client on fetch, with a fake fetch: the fetch URL exchange, the xAPI requests (headers,
 * state and profile documents, statements, errors with their HTTP status), LMS.LaunchData, and the "cmi5
 * defined" statements.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFINED_VERBS,
  MASTERY_SCORE_EXTENSION,
  completedStatement,
  definedContext,
  failedStatement,
  initializedStatement,
  passedStatement,
  terminatedStatement,
} from '../../../src/lms/cmi5/defined-statements.ts';
import type { DefinedInput } from '../../../src/lms/cmi5/defined-statements.ts';
import { launchDataOf, startCmi5 } from '../../../src/lms/cmi5/launch-data.ts';
import { CMI5_CATEGORY, MOVEON_CATEGORY, SESSION_ID_EXTENSION } from '../../../src/lms/cmi5/statements.ts';
import { XapiRequestError, fetchAuthToken, xapiRequests } from '../../../src/lms/cmi5/xapi-requests.ts';
import type { Fetch } from '../../../src/lms/cmi5/xapi-requests.ts';
import { cmi5Actor, cmi5LaunchOf } from './fixtures.ts';

const actor = cmi5Actor;
const launch = cmi5LaunchOf();
const TOKEN = 'YXU6c2VjcmV0';

interface Request {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: unknown;
  keepalive: boolean;
}
interface Answer {
  status?: number;
  body?: unknown;
  offline?: boolean;
}

/** A fetch that records every request and answers as `answer` says (200 with no body by default). */
function fakeFetch(answer: (r: Request) => Answer = () => ({})) {
  const requests: Request[] = [];
  const fetch: Fetch = async (url, init) => {
    const r: Request = {
      url: new URL(url),
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
      keepalive: init.keepalive === true,
    };
    requests.push(r);
    const a = answer(r);
    if (a.offline) throw new TypeError('Failed to fetch');
    const text = a.body === undefined ? null : typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
    return new Response(text, { status: a.status ?? 200 });
  };
  return { fetch, requests };
}

/** What a promise rejected with. */
async function rejection(p: Promise<unknown>): Promise<XapiRequestError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(XapiRequestError);
    return e as XapiRequestError;
  }
  throw new Error('did not reject');
}

describe('the fetch URL', () => {
  it('is posted to once, with no body, and gives the auth token', async () => {
    const f = fakeFetch(() => ({ body: { 'auth-token': TOKEN } }));
    expect(await fetchAuthToken(launch.fetch, f.fetch)).toBe(TOKEN);
    expect(f.requests).toHaveLength(1);
    expect(f.requests[0]).toMatchObject({ method: 'POST', body: undefined });
    expect(f.requests[0]!.url.href).toBe(launch.fetch);
  });

  it('says what a cmi5 error answer says, with its status, and is not posted to again', async () => {
    const f = fakeFetch(() => ({
      body: { 'error-code': '1', 'error-text': 'This fetch URL has already been used.' },
    }));
    const e = await rejection(fetchAuthToken(launch.fetch, f.fetch));
    expect(e.message).toBe(
      'the LMS refused the fetch URL (cmi5 error 1: This fetch URL has already been used)',
    );
    expect(e.status).toBe(200);
    expect(f.requests).toHaveLength(1);

    const refused = fakeFetch(() => ({
      status: 400,
      body: { 'error-code': '2', 'error-text': 'Bad launch' },
    }));
    expect(await rejection(fetchAuthToken(launch.fetch, refused.fetch))).toMatchObject({
      message: 'the LMS refused the fetch URL (cmi5 error 2: Bad launch)',
      status: 400,
    });
  });

  it('refuses any other failure: a status other than 2xx, no token, no answer', async () => {
    const notFound = fakeFetch(() => ({ status: 404, body: '<html>Not found</html>' }));
    expect(await rejection(fetchAuthToken(launch.fetch, notFound.fetch))).toMatchObject({
      message: 'the fetch URL answered 404',
      status: 404,
    });
    expect(notFound.requests).toHaveLength(1);
    const noToken = fakeFetch(() => ({ body: { token: TOKEN } }));
    expect((await rejection(fetchAuthToken(launch.fetch, noToken.fetch))).message).toBe(
      'the fetch URL gave no auth token',
    );
    const offline = fakeFetch(() => ({ offline: true }));
    const e = await rejection(fetchAuthToken(launch.fetch, offline.fetch));
    expect(e.message).toBe('the fetch URL could not be reached (Failed to fetch)');
    expect(e.status).toBeUndefined();
  });
});

describe('the xAPI requests', () => {
  const client = (answer?: (r: Request) => Answer) => {
    const f = fakeFetch(answer);
    return { ...f, lrs: xapiRequests({ ...launch, token: TOKEN, fetch: f.fetch }) };
  };

  it('carry the auth token and the xAPI version; a body only with its content type', async () => {
    const { lrs, requests } = client();
    await lrs.getState('s');
    await lrs.putState('s', { a: 1 });
    expect(requests.map((r) => r.headers)).toEqual([
      { Authorization: `Basic ${TOKEN}`, 'X-Experience-API-Version': '1.0.3' },
      {
        Authorization: `Basic ${TOKEN}`,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
    ]);
  });

  it('read and write a state document of this learner, AU and registration', async () => {
    const { lrs, requests } = client((r) => (r.method === 'GET' ? { body: { suspend: 'WP1|x' } } : {}));
    expect(await lrs.getState('https://waypoint.example/xapi/state/progress')).toEqual({ suspend: 'WP1|x' });
    await lrs.putState('https://waypoint.example/xapi/state/progress', { suspend: null });
    for (const r of requests) {
      expect(r.url.origin + r.url.pathname).toBe('https://lms.example/xapi/activities/state');
      expect(Object.fromEntries(r.url.searchParams)).toEqual({
        stateId: 'https://waypoint.example/xapi/state/progress',
        activityId: launch.activityId,
        agent: JSON.stringify(actor),
        registration: launch.registration,
      });
      expect(r.url.search).not.toContain('+'); // spaces as %20, which every LRS decodes
    }
    expect(requests[1]).toMatchObject({ method: 'PUT', body: { suspend: null }, keepalive: false });
  });

  it('give null for a document the LRS does not have (404), and text for one that is not JSON', async () => {
    const { lrs } = client((r) =>
      r.url.searchParams.get('stateId') === 'none' ? { status: 404 } : { body: 'plain text' },
    );
    expect(await lrs.getState('none')).toBeNull();
    expect(await lrs.getState('text')).toBe('plain text');
    const profiles = client((r) => (r.url.searchParams.get('profileId') === 'p' ? { status: 404 } : {}));
    expect(await profiles.lrs.getAgentProfile('p')).toBeNull();
    expect(Object.fromEntries(profiles.requests[0]!.url.searchParams)).toEqual({
      agent: JSON.stringify(actor),
      profileId: 'p',
    });
    expect(profiles.requests[0]!.url.pathname).toBe('/xapi/agents/profile');
  });

  it('post statements, one or several, with keepalive when asked', async () => {
    const { lrs, requests } = client(() => ({ body: ['id'] }));
    await lrs.postStatements({ id: 'a' });
    await lrs.postStatements([{ id: 'b' }, { id: 'c' }], { keepalive: true });
    expect(requests.map((r) => [r.method, r.url.href, r.body, r.keepalive])).toEqual([
      ['POST', 'https://lms.example/xapi/statements', { id: 'a' }, false],
      ['POST', 'https://lms.example/xapi/statements', [{ id: 'b' }, { id: 'c' }], true],
    ]);
  });

  it.each([400, 401, 403, 404, 409, 429, 500, 503])('fail with the HTTP status: %i', async (status) => {
    const { lrs } = client(() => ({ status, body: { error: 'no' } }));
    const e = await rejection(lrs.postStatements({ id: 'a' }));
    expect(e.status).toBe(status);
    expect(e.message).toBe(`the LRS answered ${status} to POST statements`);
    if (status !== 404) expect((await rejection(lrs.getState('s'))).status).toBe(status);
  });

  it('fail with no status when there is no answer', async () => {
    const { lrs } = client(() => ({ offline: true }));
    const e = await rejection(lrs.putState('s', {}));
    expect(e.status).toBeUndefined();
    expect(e.message).toBe('the LRS (PUT activities/state) could not be reached (Failed to fetch)');
  });
});

describe('the start of a session', () => {
  const launchData = {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://waypoint.example/pub' }] },
      extensions: { [SESSION_ID_EXTENSION]: 'session-9' },
    },
    launchMode: 'Normal',
    moveOn: 'CompletedAndPassed',
    masteryScore: 0.8,
    returnURL: 'https://lms.example/return',
    launchParameters: 'ignored',
  };
  const lms = (over: { launchData?: Answer; preferences?: Answer } = {}) =>
    fakeFetch((r) => {
      if (r.url.href === launch.fetch) return { body: { 'auth-token': TOKEN } };
      if (r.url.pathname.endsWith('/activities/state')) return over.launchData ?? { body: launchData };
      if (r.url.pathname.endsWith('/agents/profile'))
        return over.preferences ?? { body: { languagePreference: 'fr-FR' } };
      return { status: 404 };
    });

  it('takes the token, then reads LMS.LaunchData, then the learner preferences', async () => {
    const f = lms();
    const start = await startCmi5(launch, f.fetch);
    expect(f.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'POST /fetch/abc',
      'GET /xapi/activities/state',
      'GET /xapi/agents/profile',
    ]);
    expect(f.requests[1]!.url.searchParams.get('stateId')).toBe('LMS.LaunchData');
    expect(f.requests[1]!.url.searchParams.get('registration')).toBe(launch.registration);
    expect(f.requests[2]!.url.searchParams.get('profileId')).toBe('cmi5LearnerPreferences');
    expect(f.requests.slice(1).every((r) => r.headers.Authorization === `Basic ${TOKEN}`)).toBe(true);
    expect(start.launchData).toEqual({
      contextTemplate: launchData.contextTemplate,
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.8,
      returnURL: 'https://lms.example/return',
    });
    expect(start.learnerPreferences).toEqual({ languagePreference: 'fr-FR' });
  });

  it('goes on without learner preferences', async () => {
    for (const preferences of [{ status: 404 }, { status: 500 }, { offline: true }]) {
      expect((await startCmi5(launch, lms({ preferences }).fetch)).learnerPreferences).toBeNull();
    }
  });

  it('stops when LMS.LaunchData cannot be read, and says why', async () => {
    const denied = await rejection(startCmi5(launch, lms({ launchData: { status: 401 } }).fetch));
    expect(denied).toMatchObject({ status: 401, message: 'the LRS answered 401 to GET activities/state' });
    await expect(startCmi5(launch, lms({ launchData: { status: 404 } }).fetch)).rejects.toThrow(
      'the LMS has no LMS.LaunchData for this launch',
    );
    await expect(startCmi5(launch, lms({ launchData: { body: '[1]' } }).fetch)).rejects.toThrow(
      "the LMS's LMS.LaunchData is not a JSON object",
    );
  });

  it('reads only well-typed LaunchData fields', () => {
    expect(
      launchDataOf({ launchMode: 3, masteryScore: '0.5', contextTemplate: [], returnURL: null }),
    ).toEqual({});
  });
});

describe('the cmi5 defined statements', () => {
  const template = {
    contextActivities: {
      grouping: [{ objectType: 'Activity' as const, id: 'https://waypoint.example/pub' }],
      category: [{ id: 'https://example.org/profile' }],
    },
    extensions: { [SESSION_ID_EXTENSION]: 'session-9' },
  };
  const input = (over: Partial<DefinedInput> = {}): DefinedInput => ({
    id: crypto.randomUUID(),
    timestamp: '2025-05-12T09:30:00.000Z',
    actor,
    activityId: launch.activityId,
    registration: launch.registration,
    template,
    masteryScore: 0.8,
    sinceInitialized: 754_250,
    ...over,
  });
  const score = { scaled: 0.87, raw: 87, min: 0, max: 100 };
  const categories = (s: { context: { contextActivities?: { category?: { id: string }[] } } }) =>
    s.context.contextActivities?.category?.map((c) => c.id);

  it('are about the AU, by the launch actor, with the registration, the template and the cmi5 category', () => {
    const i = input();
    const s = initializedStatement(i);
    expect(s).toEqual({
      id: i.id,
      actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
      object: { objectType: 'Activity', id: launch.activityId },
      context: {
        registration: launch.registration,
        contextActivities: {
          grouping: template.contextActivities.grouping,
          category: [{ id: 'https://example.org/profile' }, { id: CMI5_CATEGORY }],
        },
        extensions: { [SESSION_ID_EXTENSION]: 'session-9' },
      },
      timestamp: '2025-05-12T09:30:00.000Z',
    });
    expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(template.contextActivities.category).toEqual([{ id: 'https://example.org/profile' }]); // untouched
  });

  it('use the cmi5 verbs', () => {
    expect(Object.values(DEFINED_VERBS).map((v) => v.id)).toEqual([
      'http://adlnet.gov/expapi/verbs/initialized',
      'http://adlnet.gov/expapi/verbs/passed',
      'http://adlnet.gov/expapi/verbs/failed',
      'http://adlnet.gov/expapi/verbs/completed',
      'http://adlnet.gov/expapi/verbs/terminated',
    ]);
  });

  it('carry the moveOn category only with success or completion, the mastery score only on a verdict', () => {
    const statements = {
      initialized: initializedStatement(input()),
      passed: passedStatement(input(), score),
      failed: failedStatement(input()),
      completed: completedStatement(input()),
      terminated: terminatedStatement(input()),
    };
    const moveOn = Object.entries(statements).map(([verb, s]) => [
      verb,
      categories(s)?.includes(MOVEON_CATEGORY),
    ]);
    expect(moveOn).toEqual([
      ['initialized', false],
      ['passed', true],
      ['failed', true],
      ['completed', true],
      ['terminated', false],
    ]);
    const mastery = Object.entries(statements).map(([verb, s]) => [
      verb,
      s.context.extensions?.[MASTERY_SCORE_EXTENSION],
    ]);
    expect(mastery).toEqual([
      ['initialized', undefined],
      ['passed', 0.8],
      ['failed', 0.8],
      ['completed', undefined],
      ['terminated', undefined],
    ]);
    for (const s of Object.values(statements)) {
      expect(s.context.extensions?.[SESSION_ID_EXTENSION]).toBe('session-9');
      expect(s.context.registration).toBe(launch.registration);
      expect(categories(s)?.filter((c) => c === CMI5_CATEGORY)).toHaveLength(1);
    }
    expect(passedStatement(input({ masteryScore: null }), score).context.extensions).toEqual({
      [SESSION_ID_EXTENSION]: 'session-9',
    });
  });

  it('give the result cmi5 asks of each, with the duration since initialized', () => {
    expect(initializedStatement(input()).result).toBeUndefined();
    expect(passedStatement(input(), score).result).toEqual({ score, success: true, duration: 'PT12M34.25S' });
    expect(failedStatement(input(), { scaled: 0.5 }).result).toEqual({
      score: { scaled: 0.5 },
      success: false,
      duration: 'PT12M34.25S',
    });
    expect(failedStatement(input({ sinceInitialized: 3_600_000 })).result).toEqual({
      success: false,
      duration: 'PT1H',
    });
    expect(completedStatement(input({ sinceInitialized: 0 })).result).toEqual({
      completion: true,
      duration: 'PT0S',
    });
    expect(terminatedStatement(input({ sinceInitialized: 5_000 })).result).toEqual({ duration: 'PT5S' });
  });

  it('do not repeat a cmi5 or moveOn category the template already has', () => {
    const doubled = { contextActivities: { category: [{ id: CMI5_CATEGORY }, { id: MOVEON_CATEGORY }] } };
    expect(definedContext(doubled, 'r', false).contextActivities?.category).toEqual([{ id: CMI5_CATEGORY }]);
    expect(definedContext(undefined, 'r', true)).toEqual({
      registration: 'r',
      contextActivities: { category: [{ id: CMI5_CATEGORY }, { id: MOVEON_CATEGORY }] },
    });
  });
});
