/** The cmi5 side that needs no LMS: the launch URL, the "cmi5 allowed" answered statement and the outbox. */
import { describe, expect, it } from 'vitest';
import { Outbox } from '../../../src/lms/cmi5/outbox.ts';
import {
  CMI5_CATEGORY,
  MOVEON_CATEGORY,
  SESSION_ID_EXTENSION,
  allowedContext,
  answeredStatement,
} from '../../../src/lms/cmi5/statements.ts';
import { cmi5Launch, isCmi5Launch, launchedScenario, learnerOf } from '../../../src/lms/launch.ts';
import { cmi5Actor, decision, scenario } from './fixtures.ts';

const actor = cmi5Actor;
const launchUrl = (params: Record<string, string>) => {
  const url = new URL('https://content.example/waypoint/index.html?scenario=survivor-contact');
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url;
};
/** The LMS origin the package was built for. */
const ALLOWED = ['https://lms.example'];
const full = {
  endpoint: 'https://lms.example/xapi/',
  fetch: 'https://lms.example/fetch/abc',
  actor: JSON.stringify(actor),
  registration: '2c4e7e1a-5a0b-4c39-8f43-5d3e0d7b9a11',
  activityId: 'https://lms.example/au/17',
};

describe('the launch URL', () => {
  it('names the scenario to open, if well formed', () => {
    expect(launchedScenario(new URL('https://x.example/index.html?scenario=sea-reporting'))).toBe(
      'sea-reporting',
    );
    expect(launchedScenario(new URL('https://x.example/index.html?scenario=../etc'))).toBeNull();
    expect(launchedScenario(new URL('https://x.example/index.html'))).toBeNull();
  });

  it('is a cmi5 launch only with all five parameters, and reads them', () => {
    expect(isCmi5Launch(launchUrl(full))).toBe(true);
    const noFetch: Record<string, string> = { ...full };
    delete noFetch.fetch;
    expect(isCmi5Launch(launchUrl(noFetch))).toBe(false);
    expect(cmi5Launch(launchUrl(full), ALLOWED)).toEqual({ ...full, actor });
    expect(learnerOf(actor)).toEqual({ id: 'l-1', name: 'Aïcha Traoré' });
  });

  it('says what is wrong with a malformed launch', () => {
    expect(() => cmi5Launch(launchUrl({ ...full, actor: '{oops' }), ALLOWED)).toThrow(/"actor" is not JSON/);
    expect(() => cmi5Launch(launchUrl({ ...full, actor: '{"mbox":"mailto:a@b.c"}' }), ALLOWED)).toThrow(
      /no account/,
    );
    expect(() => cmi5Launch(launchUrl({ ...full, registration: ' ' }), ALLOWED)).toThrow(/no "registration"/);
    expect(() => cmi5Launch(launchUrl({ ...full, endpoint: 'http://[bad' }), ALLOWED)).toThrow(
      /"endpoint" is not a URL/,
    );
  });

  it.each([
    ['endpoint', 'http://lms.example/xapi/', /"endpoint" is not an https address/],
    [
      'endpoint',
      'https://evil.example/xapi/',
      /"endpoint" is not on an LMS origin this package was built for/,
    ],
    ['endpoint', '//evil.example/xapi/', /"endpoint" is not on an LMS origin/],
    ['endpoint', 'javascript:alert(1)', /"endpoint" is not an https address/],
    ['endpoint', 'data:text/plain,x', /"endpoint" is not an https address/],
    ['endpoint', 'https://u:p@lms.example/xapi/', /"endpoint" carries a user name or password/],
    ['fetch', 'https://lms.example.evil.example/fetch', /"fetch" is not on an LMS origin/],
    ['fetch', 'http://lms.example/fetch/abc', /"fetch" is not an https address/],
    ['registration', 'not-a-uuid', /"registration" is not a UUID/],
    ['registration', `${full.registration}x`, /"registration" is not a UUID/],
  ])('refuses a crafted launch: %s = %s', (param, value, message) => {
    expect(() => cmi5Launch(launchUrl({ ...full, [param]: value }), ALLOWED)).toThrow(message);
  });

  it('accepts a test LMS on this machine over plain http, and nothing else without a built-in origin', () => {
    const local = {
      ...full,
      endpoint: 'http://127.0.0.1:8080/xapi/',
      fetch: 'http://localhost:8080/fetch/1',
    };
    expect(cmi5Launch(launchUrl(local), []).endpoint).toBe('http://127.0.0.1:8080/xapi/');
    expect(() => cmi5Launch(launchUrl(full), [])).toThrow(/not on an LMS origin/);
  });
});

describe('the answered statement', () => {
  const template = {
    contextActivities: {
      grouping: [
        { objectType: 'Activity' as const, id: 'https://waypoint.example/xapi/scenarios/survivor-contact' },
      ],
      category: [{ id: CMI5_CATEGORY }, { id: 'https://example.org/profile' }],
    },
    extensions: { [SESSION_ID_EXTENSION]: 'session-9' },
  };

  it('keeps the context template, adds registration and parent, and leaves out the cmi5 categories', () => {
    const context = allowedContext(template, full.registration, full.activityId);
    expect(context.registration).toBe(full.registration);
    expect(context.extensions).toEqual({ [SESSION_ID_EXTENSION]: 'session-9' });
    expect(context.contextActivities?.grouping).toEqual(template.contextActivities.grouping);
    expect(context.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: full.activityId }]);
    expect(context.contextActivities?.category).toEqual([{ id: 'https://example.org/profile' }]);
    expect(template.contextActivities.category).toHaveLength(2); // the template itself is left alone
    const bare = allowedContext({ contextActivities: { category: [{ id: MOVEON_CATEGORY }] } }, 'r', 'a');
    expect(bare.contextActivities).not.toHaveProperty('category');
  });

  it("carries the decision and its criterion evidence under Waypoint's IRIs", () => {
    const d = decision(3, {
      where: 'base.0.33',
      choiceIndex: 2,
      choiceText: 'Offer to walk somewhere quieter',
      evidence: [{ criterion: 'crsv.safety-privacy', level: 3 }],
      critical: [],
    });
    const s = answeredStatement({
      id: '7b0c1e7e-9f3a-5c1d-8e2b-2f6a4d3c1b00',
      actor,
      activityId: full.activityId,
      registration: full.registration,
      template,
      scenario,
      attemptId: 'attempt-1',
      decision: d,
    });
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(s.object).toEqual({
      objectType: 'Activity',
      id: `${full.activityId}/decisions/base.0`,
      definition: {
        name: { 'en-US': 'First contact with a survivor: decision at base.0' },
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
      },
    });
    expect(s.result).toEqual({
      response: '33',
      extensions: {
        'https://waypoint.example/xapi/extensions/sequence': 3,
        'https://waypoint.example/xapi/extensions/choice-index': 2,
        'https://waypoint.example/xapi/extensions/choice-text': 'Offer to walk somewhere quieter',
        'https://waypoint.example/xapi/extensions/evidence': [{ criterion: 'crsv.safety-privacy', level: 3 }],
        'https://waypoint.example/xapi/extensions/critical': [],
      },
    });
    expect(s.context.registration).toBe(full.registration);
    expect(s.context.extensions).toMatchObject({
      [SESSION_ID_EXTENSION]: 'session-9',
      'https://waypoint.example/xapi/extensions/attempt': 'attempt-1',
    });
    expect(s.context.contextActivities?.category?.map((c) => c.id)).not.toContain(CMI5_CATEGORY);
    expect(s.timestamp).toBe(new Date(d.at).toISOString());
  });
});

describe('the outbox', () => {
  it('sends in order, keeps what failed for a passing reason, and sends it first next time', async () => {
    const sent: string[] = [];
    let offline = false;
    const box = new Outbox<string>(
      async (s) => {
        if (offline) throw new Error('offline');
        sent.push(s);
      },
      () => false,
    );
    await box.add('initialized');
    offline = true;
    await expect(box.add('answered 1')).rejects.toThrow('offline');
    await expect(box.add('answered 2')).rejects.toThrow('offline');
    expect(box.waiting).toBe(2);
    offline = false;
    await box.add('answered 3');
    expect(sent).toEqual(['initialized', 'answered 1', 'answered 2', 'answered 3']);
    expect(box.waiting).toBe(0);
  });

  it('drops what the LRS refuses outright, and goes on with the rest', async () => {
    const sent: string[] = [];
    const box = new Outbox<string>(
      async (s) => {
        if (s === 'bad') throw Object.assign(new Error('400'), { refused: true });
        sent.push(s);
      },
      (e) => (e as { refused?: boolean }).refused === true,
    );
    await expect(box.add('bad')).rejects.toThrow('400');
    await box.add('good');
    expect(sent).toEqual(['good']);
  });

  it('hands over what waits, the item on its way included, and then goes on in order', async () => {
    const sent: string[] = [];
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const onItsWay = new Promise<void>((r) => (started = r));
    const gate = new Promise<void>((r) => (release = r));
    const box = new Outbox<string>(
      async (s) => {
        if (s === 'a') {
          started();
          await gate;
        }
        sent.push(s);
      },
      () => false,
    );
    const first = box.add('a');
    await onItsWay;
    const second = box.add('b');
    expect(box.takeAll()).toEqual(['a', 'b']);
    const third = box.add('c'); // queued while 'a' is still on its way
    release();
    await Promise.all([first, second, third]);
    expect(sent).toEqual(['a', 'c']); // 'c' is not lost when 'a' arrives
  });
});
