import validate from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import { isoDuration } from '../../../src/engine/records/export/duration.ts';
import type { ExportInput } from '../../../src/engine/records/export/input.ts';
import { uuidBytes, uuidV5 } from '../../../src/engine/records/export/uuid.ts';
import { xapiStatements } from '../../../src/engine/records/export/xapi.ts';
import type { XapiStatement } from '../../../src/engine/records/export/xapi-types.ts';
import {
  amelie,
  catalogue,
  failing,
  ID_FAIL,
  ID_OPEN,
  ID_PASS,
  open,
  passing,
  patrol,
  survivorContact,
  tomas,
} from './fixtures.ts';

const options = {
  homePage: 'https://training.example.org/waypoint',
  activityBase: 'https://training.example.org/xapi/',
  platform: 'Waypoint test',
};
const input: ExportInput = {
  profiles: [amelie, tomas],
  attempts: [open, failing, passing],
  scenarios: [survivorContact, patrol],
  catalogue,
};
const ext = (name: string) => `https://training.example.org/xapi/extensions/${name}`;
const verbs = (ss: XapiStatement[]) =>
  ss.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));

/** The validator's warnings, readable: which rule and where. */
function problems(statement: unknown): string[] {
  return validate(statement).map(
    (w) => `${w.name} at ${(w as unknown as { path: string[] }).path.join('.')}`,
  );
}

describe('xAPI statements', () => {
  it('are all valid xAPI 1.0.3 statements', async () => {
    const statements = await xapiStatements(input, options);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(problems(s), JSON.stringify(s, null, 2)).toEqual([]);
  });

  it('the validator does catch a broken statement (so the check above means something)', async () => {
    const [s] = await xapiStatements({ ...input, attempts: [passing] }, options);
    expect(problems({ ...s, verb: { id: 'not an IRI' } })).not.toEqual([]);
    expect(problems({ ...s, context: { ...s?.context, registration: 'attempt-1' } })).not.toEqual([]);
  });

  it('give a completed attempt the chain attempted, answered per decision, completed, passed or failed', async () => {
    const statements = await xapiStatements(input, options);
    const of = (id: string) => statements.filter((s) => s.context.registration === id);
    expect(verbs(of(ID_PASS))).toEqual([
      'attempted',
      'answered',
      'answered',
      'answered',
      'completed',
      'passed',
    ]);
    expect(verbs(of(ID_FAIL))).toEqual(['attempted', 'answered', 'answered', 'completed', 'failed']);
    // An attempt in progress only says it was begun.
    expect(verbs(of(ID_OPEN))).toEqual(['attempted']);
    expect(statements).toHaveLength(6 + 5 + 1);
  });

  it('carry the score, success, completion and duration', async () => {
    const statements = await xapiStatements(input, options);
    const end = statements.filter((s) => s.context.registration === ID_FAIL).slice(-2);
    for (const s of end) {
      expect(s.result).toEqual({
        completion: true,
        success: false,
        duration: 'PT3M30.5S',
        score: { scaled: 2 / 21, raw: 2, min: 0, max: 21 },
      });
      expect(s.timestamp).toBe('2025-03-14T08:33:30.500Z');
    }
    const passed = statements.find(
      (s) => s.context.registration === ID_PASS && s.verb.id.endsWith('/passed'),
    );
    expect(passed?.result?.score?.scaled).toBe(1);
    expect(passed?.result?.success).toBe(true);
  });

  it('name the trainee by account and the scenario as a simulation activity', async () => {
    const [first] = await xapiStatements({ ...input, attempts: [passing] }, options);
    expect(first?.actor).toEqual({
      objectType: 'Agent',
      name: 'Amélie Ndiaye-Kouassi',
      account: { homePage: options.homePage, name: amelie.id },
    });
    expect(first?.object).toEqual({
      objectType: 'Activity',
      id: 'https://training.example.org/xapi/scenarios/survivor-contact',
      definition: {
        name: { 'en-US': 'First contact with a survivor' },
        description: {
          'en-US': 'Waypoint training scenario "First contact with a survivor" (survivor-contact).',
        },
        type: 'http://adlnet.gov/expapi/activities/simulation',
      },
    });
    expect(first?.context).toMatchObject({
      registration: ID_PASS,
      revision: '1.0.0',
      platform: 'Waypoint test',
      language: 'fr',
      extensions: {
        [ext('component')]: 'police',
        [ext('sex')]: 'female',
        [ext('country')]: "Côte d'Ivoire",
        [ext('stage')]: 'pre-deployment',
        [ext('mode')]: 'course',
        [ext('mission')]: 'MINUSCA',
        [ext('cohort')]: 'PDT-2025-03',
      },
    });
    expect(first?.timestamp).toBe('2025-03-14T08:30:00.000Z');
  });

  it('mark the statements of an in-mission refresher attempt', async () => {
    const statements = await xapiStatements(
      { ...input, attempts: [{ ...passing, mode: 'refresher' }] },
      options,
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(s.context?.extensions?.[ext('mode')]).toBe('refresher');
  });

  it('record each decision as answered, with the choice and its evidence', async () => {
    const statements = await xapiStatements({ ...input, attempts: [failing] }, options);
    const answered = statements.filter((s) => s.verb.id.endsWith('/answered'));
    expect(answered).toHaveLength(failing.decisions.length);
    const second = answered[1];
    expect(second?.object.id).toBe(
      'https://training.example.org/xapi/scenarios/survivor-contact/choices/meeting.ask.2',
    );
    expect(second?.result?.response).toBe('Report it,\nwith her name');
    expect(second?.result?.extensions).toEqual({
      [ext('sequence')]: 2,
      [ext('choice-index')]: 2,
      [ext('evidence')]: [{ criterion: 'crsv.consent', level: 0 }],
      [ext('critical')]: ['crsv.consent'],
    });
    expect(second?.context.contextActivities?.parent?.[0]?.id).toBe(
      'https://training.example.org/xapi/scenarios/survivor-contact',
    );
    expect(second?.timestamp).toBe('2025-03-14T08:32:00.000Z');
  });

  it('have distinct ids that are the same on every export', async () => {
    const a = await xapiStatements(input, options);
    const b = await xapiStatements({ ...input, attempts: [...input.attempts].reverse() }, options);
    expect(b.map((s) => s.id)).toEqual(a.map((s) => s.id));
    expect(new Set(a.map((s) => s.id)).size).toBe(a.length);
    for (const s of a)
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keep the attempted statement identical once the attempt is completed', async () => {
    const early = await xapiStatements(
      { ...input, attempts: [{ ...passing, status: 'in-progress' }] },
      options,
    );
    const late = await xapiStatements({ ...input, attempts: [passing] }, options);
    expect(early).toHaveLength(1);
    expect(late[0]).toEqual(early[0]);
  });

  it('refuse options that are not absolute URLs', async () => {
    await expect(xapiStatements(input, { ...options, homePage: 'waypoint' })).rejects.toThrow(/homePage/);
  });
});

describe('xAPI helpers', () => {
  it('derive name-based UUIDs as RFC 9562 does (its DNS example)', async () => {
    const dns = uuidBytes('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
    expect(await uuidV5('www.example.com', dns)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it.each([
    [0, 'PT0S'],
    [90_500, 'PT1M30.5S'],
    [3_600_000, 'PT1H'],
    [3_723_456, 'PT1H2M3.46S'],
    [59_999, 'PT1M'],
  ])('write %i ms as the ISO 8601 duration %s', (ms, text) => {
    expect(isoDuration(ms)).toBe(text);
  });
});
