/** The cohort summaries of the trainer area: filters, levels per criterion, and the counts by sex and by component. */
import { describe, expect, it } from 'vitest';
import type { Catalogue, Criterion } from '../../../src/engine/content/types.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import type { CriterionResult } from '../../../src/engine/scoring/score.ts';
import { isWeak, WEAK_BELOW } from '../../../src/engine/tags/vocabulary.ts';
import type { Level } from '../../../src/engine/tags/vocabulary.ts';
import { criterionSummaries, filterAttempts } from '../../../src/engine/trainer/cohort.ts';
import type { Tally } from '../../../src/engine/trainer/cohort.ts';
import { testProfile } from '../../helpers/profile.ts';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2025, 4, 1, 9, 0, 0);

function criterion(id: string, title: string, french?: string): Criterion {
  const level = { descriptor: 'd', feedback: 'f' };
  const text = {
    title,
    statement: 's',
    why: 'w',
    levels: [level, level, level, level] as Criterion['levels'],
  };
  return {
    id,
    area: 'survivor-centred',
    critical: false,
    citations: [],
    ...text,
    translations: french ? { fr: { ...text, title: french, citations: [] } } : {},
  };
}

const catalogue: Catalogue = {
  areas: [{ id: 'survivor-centred', title: 'Survivor-centred', translations: {} }],
  criteria: [
    criterion('crsv.consent', 'Informed consent', 'Consentement éclairé'),
    criterion('crsv.listening', 'Listening without pressure', 'Écouter sans presser'),
    criterion('crsv.safety', 'Safety and privacy'), // no French: English on a French page
    criterion('never.assessed', 'Never assessed', 'Jamais évalué'),
  ],
};

// Female police and unstated civilian in cohort A, male military in cohort B, and one without a cohort.
const fatou = testProfile({ id: 'fatou', sex: 'female', component: 'police', cohort: 'A' });
const kofi = testProfile({ id: 'kofi', sex: 'male', component: 'military', cohort: 'B' });
const sam = testProfile({ id: 'sam', sex: 'unstated', component: 'civilian', cohort: 'A' });
const lena = testProfile({ id: 'lena', sex: 'female', component: 'military' });
const profiles = [fatou, kofi, sam, lena];

type Levels = Record<string, Level | null>;

/** An attempt with a result holding these levels (null: not observed); critical errors on `critical`. */
function attempt(
  id: string,
  profileId: string,
  levels: Levels,
  extra: Partial<Attempt> & { critical?: string[] } = {},
): Attempt {
  const { critical = [], ...rest } = extra;
  const criteria = Object.entries(levels).map(([c, level]): CriterionResult => ({
    id: c,
    weight: 1,
    level,
    points: level ?? 0,
    maxPoints: 3,
    best: 3,
    deciding: [],
    criticalAt: critical.includes(c) ? [2] : [],
  }));
  const points = criteria.reduce((s, c) => s + c.points, 0);
  const percent = Math.round((100 * points) / (3 * criteria.length));
  return {
    id,
    profileId,
    scenarioId: 'survivor-contact',
    scenarioVersion: '1.0.0',
    appVersion: '0.1.0',
    stage: 'pre-deployment',
    seed: 1,
    startedAt: T0,
    endedAt: T0 + 600_000,
    status: 'completed',
    decisions: [],
    inkState: null,
    ending: 'end',
    result: {
      criteria,
      points,
      maxPoints: 3 * criteria.length,
      percent,
      passMark: 70,
      passed: percent >= 70 && critical.length === 0,
      criticalErrors: critical.map((c) => ({ criterion: c, seq: 2 })),
    },
    ...rest,
  };
}

const unfinished = (a: Attempt, status: 'in-progress' | 'abandoned'): Attempt => ({
  ...a,
  status,
  endedAt: status === 'abandoned' ? a.endedAt : null,
  ending: null,
  result: null,
});

const ids = (attempts: readonly Attempt[]) => attempts.map((a) => a.id);
const tally = (n: number, mean: number | null): Tally => ({ n, mean });

describe('filtering attempts', () => {
  // Given in an order that is neither newest first nor by id.
  const attempts = [
    attempt('b-pass', 'fatou', { 'crsv.consent': 3 }, { startedAt: T0 + DAY }),
    attempt('d-fail', 'kofi', { 'crsv.consent': 0 }, { startedAt: T0 + 3 * DAY, critical: ['crsv.consent'] }),
    unfinished(attempt('a-open', 'sam', {}, { startedAt: T0 + 4 * DAY }), 'in-progress'),
    unfinished(attempt('e-left', 'fatou', {}, { startedAt: T0 }), 'abandoned'),
    attempt(
      'c-snap',
      'sam',
      { 'crsv.listening': 3 },
      {
        startedAt: T0 + 2 * DAY,
        scenarioId: 'snap.pump',
        mode: 'refresher',
      },
    ),
    attempt('f-lena', 'lena', { 'crsv.consent': 3 }, { startedAt: T0 + 5 * DAY }),
    attempt('g-gone', 'deleted-profile', { 'crsv.consent': 1 }, { startedAt: T0 + 6 * DAY }),
  ];
  const filter = (f: Parameters<typeof filterAttempts>[2]) => ids(filterAttempts(attempts, profiles, f));

  it('keeps every attempt without a filter, newest first', () => {
    expect(filter({})).toEqual(['g-gone', 'f-lena', 'a-open', 'd-fail', 'c-snap', 'b-pass', 'e-left']);
  });

  it('by cohort: the cohort of the trainee; an attempt without a profile is in none', () => {
    expect(filter({ cohort: 'A' })).toEqual(['a-open', 'c-snap', 'b-pass', 'e-left']);
    expect(filter({ cohort: 'B' })).toEqual(['d-fail']);
    expect(filter({ cohort: 'C' })).toEqual([]);
  });

  it('by scenario and by type (a record without a mode is a course attempt)', () => {
    expect(filter({ scenarioId: 'snap.pump' })).toEqual(['c-snap']);
    expect(filter({ mode: 'refresher' })).toEqual(['c-snap']);
    expect(filter({ mode: 'course' })).not.toContain('c-snap');
    expect(filter({ mode: 'course' })).toHaveLength(6);
  });

  it('by start date, both ends included', () => {
    expect(filter({ from: T0 + DAY, to: T0 + 3 * DAY })).toEqual(['d-fail', 'c-snap', 'b-pass']);
    expect(filter({ from: T0 + 5 * DAY })).toEqual(['g-gone', 'f-lena']);
    expect(filter({ to: T0 })).toEqual(['e-left']);
  });

  it('by outcome: passed, failed, or unfinished (in progress or left)', () => {
    expect(filter({ outcome: 'passed' })).toEqual(['f-lena', 'c-snap', 'b-pass']);
    expect(filter({ outcome: 'failed' })).toEqual(['g-gone', 'd-fail']);
    expect(filter({ outcome: 'unfinished' })).toEqual(['a-open', 'e-left']);
  });

  it('combines filters', () => {
    expect(filter({ cohort: 'A', mode: 'course', outcome: 'unfinished', from: T0 + DAY })).toEqual([
      'a-open',
    ]);
  });
});

describe('the weak threshold', () => {
  it('is below developing and a half: harmful (0) and developing (1) levels are weak, 2 and 3 are not', () => {
    expect(WEAK_BELOW).toBe(1.5);
    expect([0, 1, 2, 3].map(isWeak)).toEqual([true, true, false, false]);
    expect([1.49, 1.5].map(isWeak)).toEqual([true, false]);
  });
});

describe('criterion summaries', () => {
  const attempts = [
    attempt(
      'a1',
      'fatou',
      { 'crsv.consent': 0, 'crsv.listening': 3, 'crsv.safety': 2 },
      { critical: ['crsv.consent'] },
    ),
    attempt('a2', 'kofi', { 'crsv.consent': 2, 'crsv.listening': 1, 'crsv.safety': 3 }),
    attempt('a3', 'sam', { 'crsv.consent': 1, 'crsv.listening': null, 'crsv.safety': 1 }),
    attempt('a4', 'lena', { 'crsv.consent': 0, 'crsv.listening': 3, 'crsv.safety': 3 }),
    // Its profile is missing: counted overall and as unknown, never as some sex or component.
    attempt('a5', 'deleted-profile', { 'crsv.consent': 1, 'crsv.listening': 2, 'crsv.safety': 3 }),
    // Not completed: not counted.
    unfinished(attempt('a6', 'fatou', { 'crsv.consent': 3 }), 'in-progress'),
    // "What if" practice: never in the cohort's figures, even when it is all there is.
    attempt('a7', 'kofi', { 'crsv.consent': 3, 'crsv.listening': 3, 'crsv.safety': 3 }, { mode: 'practice' }),
  ];
  const summaries = criterionSummaries(attempts, profiles, catalogue);
  const of = (id: string) => {
    const s = summaries.find((x) => x.id === id);
    if (!s) throw new Error(`no summary for ${id}`);
    return s;
  };

  it('leaves practice out, whatever the filter', () => {
    const practice = attempts.filter((a) => a.mode === 'practice');
    expect(practice).toHaveLength(1);
    expect(criterionSummaries(practice, profiles, catalogue)).toEqual([]);
  });

  it('has the criteria the attempts assessed, worst mean first', () => {
    // consent (0+2+1+0+1)/5 = 0.8, listening (3+1+3+2)/4 = 2.25, safety (2+3+1+3+3)/5 = 2.4.
    expect(summaries.map((s) => s.id)).toEqual(['crsv.consent', 'crsv.listening', 'crsv.safety']);
    expect(of('crsv.consent').overall).toEqual(tally(5, 0.8));
    expect(of('crsv.listening').overall).toEqual(tally(4, 2.25));
    expect(of('crsv.safety').overall).toEqual(tally(5, 2.4));
  });

  it('counts attempts not observing a criterion, critical errors, and the weak share and mean', () => {
    expect(of('crsv.listening').notObserved).toBe(1);
    expect(of('crsv.consent').notObserved).toBe(0);
    expect(of('crsv.consent').criticalErrors).toBe(1);
    expect(of('crsv.safety').criticalErrors).toBe(0);
    // Levels 0 and 1 are weak: consent 0, 1, 0, 1 of five; listening 1 of four; safety 1 of five.
    expect(of('crsv.consent').weakShare).toBe(4 / 5);
    expect(of('crsv.listening').weakShare).toBe(1 / 4);
    expect(of('crsv.safety').weakShare).toBe(1 / 5);
    expect(summaries.map((s) => s.weak)).toEqual([true, false, false]);
  });

  it('disaggregates by sex', () => {
    expect(of('crsv.consent').bySex).toEqual({
      female: tally(2, 0), // fatou 0, lena 0
      male: tally(1, 2),
      unstated: tally(1, 1),
    });
    expect(of('crsv.listening').bySex).toEqual({
      female: tally(2, 3),
      male: tally(1, 1),
      unstated: tally(0, null), // sam's attempt did not observe it
    });
  });

  it('disaggregates by component', () => {
    expect(of('crsv.consent').byComponent).toEqual({
      military: tally(2, 1), // kofi 2, lena 0
      police: tally(1, 0),
      civilian: tally(1, 1),
    });
    expect(of('crsv.safety').byComponent).toEqual({
      military: tally(2, 3),
      police: tally(1, 2),
      civilian: tally(1, 1),
    });
  });

  it('counts an attempt whose profile is missing as unknown, not as a sex or a component', () => {
    expect(of('crsv.consent').unknownProfile).toEqual(tally(1, 1));
    expect(of('crsv.listening').unknownProfile).toEqual(tally(1, 2));
    for (const s of summaries) {
      const sum = (t: Record<string, Tally>) => Object.values(t).reduce((n, x) => n + x.n, 0);
      expect(sum(s.bySex) + s.unknownProfile.n).toBe(s.overall.n);
      expect(sum(s.byComponent) + s.unknownProfile.n).toBe(s.overall.n);
    }
    const none = criterionSummaries(attempts.slice(0, 4), profiles, catalogue);
    expect(none.every((s) => s.unknownProfile.n === 0 && s.unknownProfile.mean === null)).toBe(true);
  });

  it('gives nothing when no attempt is completed', () => {
    expect(criterionSummaries(attempts.slice(5), profiles, catalogue)).toEqual([]);
  });

  it('titles criteria in the language asked, in English where there is no translation, in the same order', () => {
    expect(summaries.map((s) => s.title)).toEqual([
      'Informed consent',
      'Listening without pressure',
      'Safety and privacy',
    ]);
    const french = criterionSummaries(attempts, profiles, catalogue, 'fr');
    expect(french.map((s) => s.title)).toEqual([
      'Consentement éclairé',
      'Écouter sans presser',
      'Safety and privacy',
    ]);
    expect(french.map((s) => s.id)).toEqual(summaries.map((s) => s.id));
  });
});
