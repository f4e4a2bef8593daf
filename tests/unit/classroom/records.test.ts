/**
 * The record of a classroom session outside the session: the vote rules, a bundle import that plays it again
 * (genuine sessions go in; edited votes, results or a group dressed up as a trainee are refused), the CSVs with the
 * votes, xAPI with a Group actor, and the cohort figures that leave it out.
 */
import validate from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/engine/content/types.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import {
  CLASSROOM_PROFILE_ID,
  classroomProblem,
  countsFit,
  majorityOf,
  oneLine,
} from '../../../src/engine/records/classroom.ts';
import { exportBundle } from '../../../src/engine/records/bundle/bundle.ts';
import { importBundle } from '../../../src/engine/records/bundle/import.ts';
import { newCohortKey } from '../../../src/engine/records/bundle/cohort-key.ts';
import { canonicalJson, sha256Hex } from '../../../src/engine/records/bundle/canonical.ts';
import { attemptsCsv } from '../../../src/engine/records/export/attempts-csv.ts';
import { decisionsCsv } from '../../../src/engine/records/export/decisions-csv.ts';
import { DEFAULT_XAPI_OPTIONS, xapiStatements } from '../../../src/engine/records/export/xapi.ts';
import { filterInsight, mergeInsightAttempts, rebuildAttempts } from '../../../src/engine/insight/index.ts';
import { slimStatement } from '../../../src/lrs/read/slim-statement.ts';
import { criterionSummaries } from '../../../src/engine/trainer/cohort.ts';
import { memoryStore } from '../../../src/storage/memory-store.ts';
import { validContent } from '../../helpers/fixtures.ts';
import { played } from '../../helpers/played.ts';
import { testProfile } from '../../helpers/profile.ts';
import { readCsvRecords } from '../records/csv-reader.ts';
import { playedClassroom } from './played.ts';

const { scenarios } = validContent();
const scenario = scenarios[0]!;
const NOW = Date.UTC(2026, 10, 1);
const amina = testProfile({ id: 'trainee-amina', name: 'Amina Diallo' });
const jean = testProfile({ id: 'trainee-jean', name: 'Jean Okafor' });

const REASON = 'Consent first: the room agreed after hearing the survivor’s view.';
/** Eight in the room, two of them trainees of this device; an override at the second decision. */
const session = playedClassroom(
  scenario,
  [{ counts: [6, 2] }, { counts: [1, 3, 4], override: { index: 1, reason: REASON }, reveal: true }],
  { headCount: 8, present: [amina.id, jean.id] },
  { id: '6d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d', now: NOW },
);

describe('the vote rules', () => {
  it('a majority is one choice with more votes than any other', () => {
    expect(majorityOf([3, 5, 1])).toBe(1);
    expect(majorityOf([4, 4, 1])).toBeNull();
    expect(majorityOf([0, 0])).toBeNull();
  });

  it('counts are whole, not negative, and no more in all than the head count (when there is one)', () => {
    expect(countsFit([3, 5], 8)).toBe(true);
    expect(countsFit([4, 5], 8)).toBe(false);
    expect(countsFit([40, 50], null)).toBe(true);
    expect(countsFit([1, -1], null)).toBe(false);
  });

  it('an override reason is one line', () => {
    expect(oneLine('  two\n lines\t here ')).toBe('two lines here');
    expect(oneLine('x'.repeat(300))).toHaveLength(200);
  });

  it('a record fits its decisions only when each was taken as the votes say', () => {
    const record = session.classroom!;
    expect(session.result?.passed).toBe(true);
    expect(classroomProblem(record, session.decisions)).toBeNull();
    const noReason = { ...record, votes: record.votes.map((v) => ({ ...v, override: null })) };
    expect(classroomProblem(noReason, session.decisions)?.seq).toBe(2);
    const tooMany = { ...record, votes: record.votes.map((v) => ({ ...v, counts: [9, 0] })) };
    expect(classroomProblem(tooMany, session.decisions)?.why).toMatch(/more votes than people/);
    expect(classroomProblem(record, session.decisions, () => 4)?.why).toMatch(/one count per choice/);
  });
});

describe('importing a classroom session', () => {
  const context = async () => ({
    scenario: async (id: string) => scenarios.find((s) => s.id === id),
    profilesHere: [],
    cohorts: [await cohort],
    now: NOW,
    acceptUnverified: false,
  });
  const cohort = newCohortKey('Cohort 12');
  const signed = async (attempts: unknown[]) =>
    exportBundle({
      profiles: [amina, jean],
      attempts: attempts as Attempt[],
      appVersion: '0.1.0',
      exportedAt: NOW,
      cohort: await cohort,
    });
  /** Edited by someone who recomputes the digest (a signature would need the key; unsigned, it is refused). */
  const forged = async (attempts: unknown[]) => {
    const payload = { profiles: [amina, jean], attempts };
    const canonical = canonicalJson(payload);
    const { signText } = await import('../../../src/engine/records/bundle/cohort-key.ts');
    return JSON.stringify({
      format: 'waypoint-bundle',
      version: 1,
      exportedAt: new Date(NOW).toISOString(),
      appVersion: '0.1.0',
      payload,
      integrity: { algorithm: 'SHA-256', digest: await sha256Hex(canonical) },
      signature: {
        algorithm: 'HMAC-SHA-256',
        cohort: (await cohort).id,
        mac: await signText(canonical, await cohort),
      },
    });
  };

  it('imports a genuine session: played again, its votes checked against what the story offered', async () => {
    const store = memoryStore();
    const result = await importBundle(store, await signed([session]), await context());
    expect(result).toMatchObject({ ok: true, unverified: 0 });
    expect((await store.attempts())[0]).toEqual({ ...session, inkState: null });
  });

  const forgeries: [string, () => unknown, string][] = [
    [
      'votes rewritten so that the majority is another choice than the one taken',
      () => ({
        ...session,
        classroom: {
          ...session.classroom!,
          votes: session.classroom!.votes.map((v, i) => (i === 0 ? { ...v, counts: [1, 6] } : v)),
        },
      }),
      'badShape',
    ],
    [
      'a count for a choice the story did not offer',
      () => ({
        ...session,
        classroom: {
          ...session.classroom!,
          votes: session.classroom!.votes.map((v, i) => (i === 0 ? { ...v, counts: [6, 2, 0] } : v)),
        },
      }),
      'wrongVotes',
    ],
    [
      "the group's pass turned into a fail",
      () => ({ ...session, result: { ...session.result!, percent: 10, passed: false } }),
      'wrongResult',
    ],
    [
      "a group's session given to a trainee (for a certificate)",
      () => ({ ...session, profileId: amina.id }),
      'badShape',
    ],
    ['a group session passed off as a course attempt', () => ({ ...session, mode: 'course' }), 'badShape'],
  ];
  for (const [what, make, code] of forgeries) {
    it(`refuses ${what}`, async () => {
      const store = memoryStore();
      const result = await importBundle(store, await forged([make()]), await context());
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problem.code).toBe(
        code === 'wrongVotes' || code === 'wrongResult' ? 'meaning' : code,
      );
      if (!result.ok && result.problem.code === 'meaning')
        expect(result.problem.problems[0]?.code).toBe(code);
      expect(await store.attempts()).toEqual([]);
    });
  }
});

const catalogue: Catalogue = { areas: [], criteria: [] };

describe('exports of a classroom session', () => {
  const input = { profiles: [amina, jean], attempts: [session], scenarios, catalogue };

  it('the attempts CSV has its mode, head count and who was present', () => {
    const [row] = readCsvRecords(attemptsCsv(input));
    expect(row).toMatchObject({
      profile_id: CLASSROOM_PROFILE_ID,
      name: '',
      mode: 'classroom',
      head_count: '8',
      present: `${amina.id};${jean.id}`,
    });
  });

  it('the decisions CSV has the votes per choice, whether shown, and the override reason', () => {
    const rows = readCsvRecords(decisionsCsv(input));
    expect(rows.map((r) => [r.choice_index, r.votes, r.votes_revealed, r.override_reason])).toEqual([
      ['0', '0=6;1=2', 'yes', ''],
      ['1', '0=1;1=3;2=4', 'yes', REASON],
    ]);
  });

  it('xAPI: a valid Group actor with the present trainees as members, the votes as result extensions', async () => {
    const options = {
      homePage: 'https://training.example.org/waypoint',
      activityBase: 'https://x.example/xapi',
    };
    const statements = await xapiStatements(input, options);
    for (const s of statements) expect(validate(s), JSON.stringify(s)).toEqual([]);
    expect(statements[0]?.actor).toEqual({
      objectType: 'Group',
      name: 'Classroom group',
      account: { homePage: options.homePage, name: CLASSROOM_PROFILE_ID },
      member: [
        {
          objectType: 'Agent',
          name: 'Amina Diallo',
          account: { homePage: options.homePage, name: amina.id },
        },
        { objectType: 'Agent', name: 'Jean Okafor', account: { homePage: options.homePage, name: jean.id } },
      ],
    });
    const ext = (name: string) => `https://x.example/xapi/extensions/${name}`;
    expect(statements[0]?.context.extensions).toMatchObject({
      [ext('mode')]: 'classroom',
      [ext('head-count')]: 8,
    });
    const answered = statements.filter((s) => s.verb.id.endsWith('/answered'));
    expect(answered.map((s) => s.result?.extensions)).toEqual([
      expect.objectContaining({ [ext('votes')]: [6, 2], [ext('votes-revealed')]: true }),
      expect.objectContaining({ [ext('votes')]: [1, 3, 4], [ext('override-reason')]: REASON }),
    ]);
    expect(answered[0]?.result?.extensions).not.toHaveProperty(ext('override-reason'));
  });

  it('read back from an LRS (as the reader keeps it), the group’s chain is one classroom attempt, counted once with the device’s', async () => {
    const statements = (await xapiStatements(input, DEFAULT_XAPI_OPTIONS)).map(slimStatement);
    const { attempts, report } = rebuildAttempts(statements, {
      activityBase: DEFAULT_XAPI_OPTIONS.activityBase,
      scenarios,
    });
    expect(report.used).toBe(statements.length);
    expect(attempts).toHaveLength(1);
    const [group] = attempts;
    expect(group).toMatchObject({
      id: session.id,
      mode: 'classroom',
      status: 'completed',
      passed: session.result?.passed,
      trainee: { id: CLASSROOM_PROFILE_ID, name: 'Classroom group' },
    });
    expect(group?.decisions).toEqual(session.decisions);
    // Not in the cohort's figures unless the trainer asks for classroom sessions by name.
    expect(filterInsight(attempts, {})).toHaveLength(0);
    expect(filterInsight(attempts, { mode: 'classroom' })).toHaveLength(1);
    const merged = mergeInsightAttempts({
      device: { profiles: [amina, jean], attempts: [session] },
      lrs: attempts,
    });
    expect(merged.attempts.map((a) => [a.id, a.sources])).toEqual([[session.id, ['device', 'lrs']]]);
  });

  it('without anyone ticked, the group has no members and the statements stay valid', async () => {
    const anonymousRoom = playedClassroom(scenario, [{ counts: [3, 0] }], { headCount: 3, present: [] });
    const statements = await xapiStatements(
      { ...input, attempts: [anonymousRoom] },
      { homePage: 'https://t.example/w', activityBase: 'https://t.example/x' },
    );
    expect(statements[0]?.actor).not.toHaveProperty('member');
    for (const s of statements) expect(validate(s)).toEqual([]);
  });
});

describe('the cohort figures', () => {
  it('leave a classroom session out, like practice', () => {
    const own = played(scenario, amina, [0, 1], '0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b', NOW);
    const { catalogue: real } = validContent();
    const withGroup = criterionSummaries([own, session], [amina, jean], real);
    const alone = criterionSummaries([own], [amina, jean], real);
    expect(withGroup).toEqual(alone);
    expect(withGroup.length).toBeGreaterThan(0);
  });
});
