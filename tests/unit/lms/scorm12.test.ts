/**
 * The SCORM 1.2 adapter against scorm-again's SCORM 1.2 runtime (the LMS side), in Node.
 */
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { LmsError } from '../../../src/lms/messages.ts';
import { encodeResume } from '../../../src/lms/suspend-data.ts';
import { cmiIdentifier, cmiTime, cmiTimespan, interactionResult } from '../../../src/lms/scorm12/cmi.ts';
import { connectScorm12, displayName } from '../../../src/lms/scorm12/connection.ts';
import type { Scorm12Api } from '../../../src/lms/scorm12/find-api.ts';
import { T0, attempt, decision, result, scenario } from './fixtures.ts';
import { lmsNoticeText } from '../../../src/presentation/i18n/lms-notices.ts';

type Lms = InstanceType<typeof Scorm12API>;

function lms(data: object = {}): Lms {
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON({
    core: { student_id: 'lms-2187', student_name: 'Traoré, Aïcha', lesson_status: 'not attempted', ...data },
    ...('suspend_data' in data ? { suspend_data: (data as { suspend_data: string }).suspend_data } : {}),
  });
  return api;
}

const json = (api: Lms) =>
  api.renderCMIToJSONObject().cmi as {
    suspend_data: string;
    core: Record<string, string> & { score: Record<string, string> };
    interactions: Record<string, Record<string, unknown>>;
    objectives: Record<string, { id: string; status: string; score: Record<string, string> }>;
  };

function connect(api: Lms, options: { scenarioId?: string | null; problems?: string[] } = {}) {
  let now = T0;
  return connectScorm12(api as unknown as Scorm12Api, {
    scenarioId: options.scenarioId === undefined ? 'survivor-contact' : options.scenarioId,
    now: () => (now += 60_000),
    onProblem: (m) => options.problems?.push(lmsNoticeText(m)),
  });
}

describe('SCORM 1.2 data types', () => {
  it('writes identifiers, times and timespans in SCORM 1.2 formats', () => {
    expect(cmiIdentifier('crsv.safety-privacy')).toBe('crsv.safety-privacy');
    expect(cmiIdentifier('a b/c')).toBe('a_b_c');
    expect(cmiIdentifier('x'.repeat(300))).toHaveLength(255);
    expect(cmiTime(new Date(2025, 0, 1, 7, 5, 9).getTime())).toBe('07:05:09');
    expect(cmiTimespan(0)).toBe('00:00:00.00');
    expect(cmiTimespan(3_723_450)).toBe('01:02:03.45');
    expect(cmiTimespan(10_000 * 3_600_000)).toBe('9999:00:00.00');
  });

  it('sums a decision up as one interaction result', () => {
    expect(interactionResult({ evidence: [], critical: [] })).toBe('neutral');
    expect(
      interactionResult({
        evidence: [
          { criterion: 'a', level: 3 },
          { criterion: 'b', level: 1 },
        ],
        critical: [],
      }),
    ).toBe('1');
    expect(interactionResult({ evidence: [{ criterion: 'a', level: 3 }], critical: ['a'] })).toBe('wrong');
  });

  it('shows SCORM\'s "Last, First" names as "First Last"', () => {
    expect(displayName('Traoré, Aïcha')).toBe('Aïcha Traoré');
    expect(displayName(' Aïcha Traoré ')).toBe('Aïcha Traoré');
    expect(displayName('a, b, c')).toBe('a, b, c');
  });
});

describe('the SCORM 1.2 connection', () => {
  it('starts the session: learner, mastery score, status incomplete', () => {
    const api = lms({});
    api.loadFromJSON({ student_data: { mastery_score: '65' } });
    const c = connect(api);
    expect(api.isInitialized()).toBe(true);
    expect(c.kind).toBe('scorm12');
    expect(c.learner).toEqual({ id: 'lms-2187', name: 'Aïcha Traoré' });
    expect(c.masteryPercent).toBe(65);
    expect(c.resume).toBeNull();
    expect(c.scenarioId).toBe('survivor-contact');
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('reports a decision: an interaction, the resume point, exit "suspend", a commit', async () => {
    const api = lms();
    let commits = 0;
    const commit = api.LMSCommit.bind(api);
    api.LMSCommit = (p?: string) => ((commits += 1), commit(p));
    const c = connect(api);
    const d1 = decision(1, {
      evidence: [
        { criterion: 'crsv.safety-privacy', level: 3 },
        { criterion: 'crsv.consent', level: 1 },
      ],
    });
    const d2 = decision(2, { evidence: [], critical: ['crsv.confidentiality'], choiceIndex: 11 });
    await c.decision(attempt([d1]), d1, scenario);
    await c.decision(attempt([d1, d2]), d2, scenario);
    const data = json(api);
    expect(commits).toBeGreaterThanOrEqual(2);
    expect(Object.values(data.interactions)).toEqual([
      expect.objectContaining({
        id: 'd1.knot1.0',
        type: 'choice',
        student_response: '1',
        result: '1',
        time: cmiTime(d1.at),
        objectives: { 0: { id: 'crsv.safety-privacy' }, 1: { id: 'crsv.consent' } },
      }),
      expect.objectContaining({
        id: 'd2.knot2.0',
        student_response: 'b',
        result: 'wrong',
        objectives: { 0: { id: 'crsv.confidentiality' } },
      }),
    ]);
    expect(data.suspend_data).toBe(
      encodeResume({ scenarioId: 'survivor-contact', seed: 123_456, choices: [1, 11] }),
    );
    expect(data.core.exit).toBe('suspend');
    expect(data.core.lesson_location).toBe('decision 2 (knot2.0, choice 12)');
    expect(data.core.lesson_status).toBe('incomplete');
  });

  it('reports the end: status, one objective per criterion, nothing left to resume', async () => {
    const api = lms();
    const c = connect(api);
    const ds = [decision(1), decision(2)];
    await c.decision(attempt(ds), ds[1]!, scenario);
    await c.complete(
      attempt(ds, { status: 'completed', endedAt: T0 + 90_000, result: result(44, false, true) }),
      scenario,
    );
    const data = json(api);
    expect(data.core.lesson_status).toBe('failed');
    // A critical-error failure goes without a score (see the mastery override tests below).
    expect(data.core.score).toMatchObject({ raw: '' });
    expect(data.suspend_data).toBe('');
    expect(data.core.exit).toBe('');
    expect(Object.values(data.objectives)).toEqual([
      expect.objectContaining({
        id: 'crsv.safety-privacy',
        status: 'failed',
        score: expect.objectContaining({ raw: '2', max: '3' }),
      }),
      expect.objectContaining({ id: 'crsv.consent', status: 'not attempted' }),
    ]);
    await c.terminate();
    expect(api.isTerminated()).toBe(true);
    expect(json(api).core.session_time).not.toBe('00:00:00');
  });

  describe("with the LMS's mastery override on (as Moodle has it by default)", () => {
    const overriding = () => {
      const api = new Scorm12API({ logLevel: 5, mastery_override: true });
      api.loadFromJSON({
        core: {
          student_id: 'lms-2187',
          student_name: 'Traoré, Aïcha',
          lesson_status: 'not attempted',
          lesson_mode: 'normal',
          credit: 'credit',
        },
        student_data: { mastery_score: '80' },
      });
      return api;
    };
    const finish = async (api: Lms, r: ReturnType<typeof result>) => {
      const c = connect(api);
      const ds = [decision(1), decision(2)];
      await c.complete(attempt(ds, { status: 'completed', endedAt: T0 + 90_000, result: r }), scenario);
      await c.terminate();
      return json(api).core;
    };

    it('keeps a critical-error failure failed although its score is above the mastery score', async () => {
      const core = await finish(overriding(), result(87, false, true));
      expect(core.lesson_status).toBe('failed');
      expect(core.score.raw).toBe('');
    });

    it('keeps a failure failed when its score reaches the mastery score but not the pass mark', async () => {
      const core = await finish(overriding(), { ...result(84, false), passMark: 85 });
      expect(core.lesson_status).toBe('failed');
      expect(core.score.raw).toBe('');
    });

    it('still sends the score of a pass, and of a failure below the mastery score', async () => {
      expect(await finish(overriding(), result(90, true))).toMatchObject({
        lesson_status: 'passed',
        score: expect.objectContaining({ raw: '90' }),
      });
      expect(await finish(overriding(), result(44, false))).toMatchObject({
        lesson_status: 'failed',
        score: expect.objectContaining({ raw: '44' }),
      });
    });
  });

  it('does not take a pass back when a later attempt fails', async () => {
    const api = lms({ lesson_status: 'passed' });
    api.loadFromJSON({ core: { score: { raw: '90' } } });
    const c = connect(api);
    await c.complete(attempt([decision(1)], { status: 'completed', result: result(30, false) }), scenario);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('90');
  });

  it('keeps a resume point when suspended, and clears it for an attempt the trainee ended', async () => {
    const api = lms();
    const c = connect(api);
    const ds = [decision(1), decision(2), decision(3)];
    await c.suspend(attempt(ds));
    expect(json(api).suspend_data).toMatch(/^WP1\|survivor-contact\|/);
    expect(json(api).core.exit).toBe('suspend');
    await c.suspend(attempt(ds, { status: 'abandoned' }));
    expect(json(api).suspend_data).toBe('');
    expect(json(api).core.exit).toBe('');
  });

  it('reads the resume point back on the next launch', () => {
    const suspend = encodeResume({ scenarioId: 'survivor-contact', seed: 99, choices: [0, 1, 1] });
    const c = connect(lms({ entry: 'resume', suspend_data: suspend }));
    expect(c.resume).toEqual({ scenarioId: 'survivor-contact', seed: 99, choices: [0, 1, 1] });
  });

  it('ignores a resume point that is damaged, for another scenario, or on a new attempt, and says why', () => {
    const problems: string[] = [];
    const good = encodeResume({ scenarioId: 'survivor-contact', seed: 99, choices: [0, 1] });
    expect(connect(lms({ entry: 'resume', suspend_data: `${good}x` }), { problems }).resume).toBeNull();
    expect(problems.pop()).toMatch(/could not be read.*damaged/);
    const other = encodeResume({ scenarioId: 'patrol', seed: 99, choices: [0] });
    expect(connect(lms({ entry: 'resume', suspend_data: other }), { problems }).resume).toBeNull();
    expect(problems.pop()).toMatch(/another scenario \("patrol"\)/);
    expect(connect(lms({ entry: 'ab-initio', suspend_data: good }), { problems }).resume).toBeNull();
    expect(problems).toEqual([]);
  });

  it('takes the scenario from the resume point when the launch URL names none', () => {
    const suspend = encodeResume({ scenarioId: 'patrol', seed: 1, choices: [] });
    expect(connect(lms({ suspend_data: suspend }), { scenarioId: null }).scenarioId).toBe('patrol');
  });

  it('writes nothing in review mode, but still finishes', async () => {
    const api = lms({ lesson_mode: 'review', lesson_status: 'passed' });
    const c = connect(api);
    await c.decision(attempt([decision(1)]), decision(1), scenario);
    await c.complete(attempt([decision(1)], { status: 'completed', result: result(10, false) }), scenario);
    expect(json(api).core.lesson_status).toBe('passed');
    expect(json(api).interactions).toEqual({});
    await c.terminate();
    expect(api.isTerminated()).toBe(true);
  });

  it('fails with a clear message when the LMS refuses to start', () => {
    const api = lms();
    api.LMSInitialize('');
    api.LMSFinish('');
    expect(() => connect(api)).toThrow(LmsError);
    const told = (() => {
      try {
        connect(api);
      } catch (e) {
        return lmsNoticeText((e as LmsError).notice);
      }
    })();
    expect(told).toMatch(/could not connect to your LMS \(SCORM 1\.2\) \(LMSInitialize failed, error 101/);
  });

  it('turns a refused value into a clear, catchable error, and keeps going', async () => {
    const api = lms();
    const c = connect(api);
    const set = api.LMSSetValue.bind(api);
    let refuse = true;
    api.LMSSetValue = (element: string, value: unknown) =>
      refuse && element === 'cmi.suspend_data' ? 'false' : set(element, value);
    const refused = await c.decision(attempt([decision(1)]), decision(1), scenario).catch((e: LmsError) => e);
    expect(refused).toBeInstanceOf(LmsError);
    expect(lmsNoticeText((refused as LmsError).notice)).toMatch(
      /could not be sent to your LMS \(SCORM 1\.2\) \(cmi\.suspend_data: error/,
    );
    refuse = false;
    await c.decision(attempt([decision(1), decision(2)]), decision(2), scenario);
    expect(json(api).suspend_data).toMatch(/^WP1/);
  });

  it('goes on without interactions when the LMS does not implement them', async () => {
    const api = lms();
    const c = connect(api);
    const set = api.LMSSetValue.bind(api);
    const getError = api.LMSGetLastError.bind(api);
    let notImplemented = false;
    api.LMSSetValue = (element: string, value: unknown) => {
      notImplemented = element.startsWith('cmi.interactions.');
      return notImplemented ? 'false' : set(element, value);
    };
    api.LMSGetLastError = () => (notImplemented ? '401' : getError());
    await c.decision(attempt([decision(1)]), decision(1), scenario);
    expect(json(api).suspend_data).toMatch(/^WP1/);
    expect(json(api).interactions).toEqual({});
  });
});
