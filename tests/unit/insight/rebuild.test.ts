import { describe, expect, it } from 'vitest';
import { rebuildAttempts } from '../../../src/engine/insight/rebuild.ts';
import type { XapiStatement } from '../../../src/engine/records/export/xapi-types.ts';
import { ACTIVITY_BASE, attempt, attemptId, scenario, statementsOf, trainee } from './cohort.ts';

const options = { activityBase: ACTIVITY_BASE, scenarios: [scenario] };
const amina = trainee(1, { sex: 'female', component: 'police', cohort: 'North' });
const blaise = trainee(2, { sex: 'male', component: 'military' });
const passing = attempt(amina, [0, 1], 1);
const failing = attempt(blaise, [1, 0], 2, 1, { mode: 'refresher' });
const open = attempt(amina, [0], 3, 2);

const verb = (s: XapiStatement) => s.verb.display['en-US'];
const stored = (s: XapiStatement, i: number) => ({
  ...s,
  stored: new Date(Date.UTC(2026, 5, 1) + i).toISOString(),
});

describe('rebuilding attempts from statement chains', () => {
  it('gives back what the device recorded: trainee, mode, decisions, verdict, levels, unfinished', async () => {
    const statements = await statementsOf([amina, blaise], [passing, failing, open]);
    const { attempts, report } = rebuildAttempts(statements, options);
    expect(attempts.map((a) => a.id)).toEqual([attemptId(1), attemptId(2), attemptId(3)]);
    const [p, f, o] = attempts;
    expect(p?.trainee).toEqual({
      id: 'trainee-1',
      name: 'Trainee 1',
      component: 'police',
      sex: 'female',
      cohort: 'North',
    });
    expect(p?.status).toBe('completed');
    expect(p?.passed).toBe(true);
    expect(p?.percent).toBe(passing.result?.percent);
    expect(p?.decisions).toEqual(passing.decisions);
    expect(p?.levels).toEqual(passing.result?.criteria.map((c) => ({ criterion: c.id, level: c.level })));
    expect(p?.startedAt).toBe(passing.startedAt);
    expect(p?.endedAt).toBe(passing.endedAt);
    expect(p?.seed).toBeNull();
    expect(p?.sources).toEqual(['lrs']);
    expect(f?.mode).toBe('refresher');
    expect(f?.passed).toBe(false);
    expect(f?.decisions[1]?.critical).toEqual(['test.consent']);
    // In progress: only `attempted` was sent, so nothing is known of its decisions.
    expect(o).toMatchObject({
      status: 'unfinished',
      decisions: [],
      passed: null,
      levels: [],
      partial: false,
    });
    expect(report).toMatchObject({ statements: statements.length, used: statements.length, partial: [] });
    expect(Object.values(report.skipped).every((n) => n === 0)).toBe(true);
  });

  it('does not depend on the order statements come in, and counts a statement seen twice once', async () => {
    const statements = await statementsOf([amina, blaise], [passing, failing]);
    const reversed = [...statements].reverse();
    const twice = [...reversed, ...statements.slice(0, 3)];
    const once = rebuildAttempts(statements, options);
    const again = rebuildAttempts(twice, options);
    expect(again.attempts).toEqual(once.attempts);
    expect(again.report.skipped.duplicate).toBe(3);
    expect(again.report.examples.duplicate).toEqual(statements.slice(0, 3).map((s) => s.id));
  });

  it('drops a voided statement whether its voiding comes before or after it', async () => {
    const statements = await statementsOf([amina], [passing]);
    const verdict = statements.find((s) => verb(s) === 'passed');
    const answered = statements.find((s) => verb(s) === 'answered');
    if (!verdict || !answered) throw new Error('no verdict or answer');
    const voiding = (target: string, id: string) => ({
      id,
      actor: { objectType: 'Agent', account: { homePage: 'https://lrs.example', name: 'admin' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
      object: { objectType: 'StatementRef', id: target },
    });
    const { attempts, report } = rebuildAttempts(
      [voiding(verdict.id, 'v-1'), ...statements, voiding(answered.id, 'v-2')],
      options,
    );
    expect(report.voidings).toBe(2);
    expect(report.skipped.voided).toBe(2);
    // The verdict is gone but `completed` still says it passed; the voided decision leaves a gap.
    expect(attempts[0]?.passed).toBe(true);
    expect(attempts[0]?.decisions.map((d) => d.seq)).toEqual([2]);
    expect(attempts[0]?.partial).toBe(true);
    expect(attempts[0]?.levels).toEqual([]);
  });

  it('skips what is not Waypoint’s, and says what', async () => {
    const statements = await statementsOf([amina], [passing]);
    const [first] = statements;
    if (!first) throw new Error('no statements');
    const other = {
      ...first,
      id: 'f-1',
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: {} },
    };
    const elsewhere = {
      ...first,
      id: 'f-2',
      object: { objectType: 'Activity', id: 'https://other.example/course' },
    };
    const noRegistration = { ...first, id: 'f-3', context: { ...first.context, registration: undefined } };
    const noSequence = {
      ...statements[1],
      id: 'm-1',
      context: { ...first.context, registration: attemptId(9) },
      result: { response: 'x', extensions: {} },
    };
    const { attempts, report } = rebuildAttempts(
      [...statements, other, elsewhere, noRegistration, noSequence, 'not a statement', { verb: {} }],
      options,
    );
    expect(attempts.map((a) => a.id)).toEqual([attemptId(1)]);
    expect(report.skipped).toMatchObject({ foreign: 3, malformed: 3 });
    expect(report.examples.foreign).toEqual(['f-1', 'f-2', 'f-3']);
    expect(report.examples.malformed).toEqual(['m-1']);
  });

  it('marks a completed chain that lost statements partial, and gives no levels for it', async () => {
    const statements = await statementsOf([amina], [passing]);
    const withoutCompleted = statements.filter((s) => verb(s) !== 'completed' && verb(s) !== 'passed');
    const { attempts, report } = rebuildAttempts(withoutCompleted, options);
    expect(attempts[0]).toMatchObject({ status: 'completed', partial: true, passed: null, levels: [] });
    expect(attempts[0]?.decisions).toHaveLength(2);
    expect(report.partial).toEqual([attemptId(1)]);
  });

  it('keeps the first stored of two statements that contradict each other, and counts the other a conflict', async () => {
    const statements = (await statementsOf([amina], [passing])).map(stored);
    const answered = statements.find((s) => verb(s) === 'answered');
    const failed = statements.find((s) => verb(s) === 'passed');
    if (!answered || !failed || !answered.result?.extensions) throw new Error('no answer or verdict');
    const otherAnswer = {
      ...answered,
      id: 'c-1',
      stored: '2027-01-01T00:00:00.000Z',
      object: { ...answered.object, id: `${answered.object.id}-other` },
    };
    const otherVerdict = {
      ...failed,
      id: 'c-2',
      stored: '2027-01-01T00:00:00.000Z',
      verb: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
    };
    const otherTrainee = {
      ...answered,
      id: 'c-3',
      actor: { ...answered.actor, account: { ...answered.actor.account, name: 'x' } },
    };
    const { attempts, report } = rebuildAttempts(
      [otherAnswer, otherVerdict, otherTrainee, ...statements],
      options,
    );
    expect(attempts[0]?.decisions).toEqual(passing.decisions);
    expect(attempts[0]?.passed).toBe(true);
    expect(report.skipped.conflict).toBe(3);
    expect(report.examples.conflict.sort()).toEqual(['c-1', 'c-2', 'c-3']);
  });

  it('does not guess a mode it does not know: the attempt is left out as malformed', async () => {
    const statements = await statementsOf([amina], [passing]);
    const modeKey = `${ACTIVITY_BASE}/extensions/mode`;
    const future = statements.map((s) => ({
      ...s,
      context: { ...s.context, extensions: { ...s.context.extensions, [modeKey]: 'hologram' } },
    }));
    const { attempts, report } = rebuildAttempts(future, options);
    expect(attempts).toEqual([]);
    expect(report.skipped.malformed).toBe(statements.length);
  });

  it('without the scenario’s rubric, gives the levels the decisions evidenced', async () => {
    const statements = await statementsOf([amina], [passing]);
    const { attempts } = rebuildAttempts(statements, { activityBase: ACTIVITY_BASE });
    expect(attempts[0]?.levels).toEqual([
      { criterion: 'test.listening', level: 3 },
      { criterion: 'test.consent', level: 3 },
    ]);
  });
});
