/** The refresher's selection rule: weakest criteria first, recency counted, deterministic given history and seed. */
import { describe, expect, it } from 'vitest';
import type { Catalogue, Criterion } from '../../../src/engine/content/types.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import { DAY_MS, planRefresher, priority } from '../../../src/engine/refresher/select.ts';
import type { SnapInfo } from '../../../src/engine/refresher/select.ts';
import type { Level } from '../../../src/engine/tags/vocabulary.ts';

const NOW = Date.UTC(2026, 10, 23, 12);

const snap = (id: string, ...criteria: string[]): SnapInfo => ({
  id,
  rubric: { passMark: 75, criteria: criteria.map((c) => ({ id: c, weight: 1 })) },
});

const SNAPS = [
  snap('market-disclosure', 'crsv.listening', 'crsv.confidentiality'),
  snap('referral-refused', 'crsv.consent', 'crsv.referral'),
  snap('rumour-in-the-mess', 'sea.recognise', 'sea.report'),
  snap('keep-it-in-house', 'sea.integrity', 'sea.report'),
  snap('night-alert', 'patrol.early-warning', 'patrol.sadd-report'),
  snap('gift-in-the-glovebox', 'checkpoint.no-bribes', 'checkpoint.harassment'),
];

const criterion = (id: string): Criterion => {
  const level = { descriptor: 'd', feedback: 'f' };
  return {
    id,
    area: id.split('.')[0]!,
    title: id,
    statement: 's',
    why: 'w',
    critical: false,
    levels: [level, level, level, level],
    citations: [],
    translations: {},
  };
};
const ALL = [...new Set(SNAPS.flatMap((s) => s.rubric.criteria.map((c) => c.id)))];
const catalogue: Catalogue = {
  areas: ['crsv', 'sea', 'patrol', 'checkpoint'].map((id) => ({ id, title: id, translations: {} })),
  criteria: ALL.map(criterion),
};

let n = 0;
/** A finished attempt `daysAgo` days before NOW that showed these levels. */
function attempt(scenarioId: string, daysAgo: number, levels: Record<string, Level>): Attempt {
  n += 1;
  const at = NOW - daysAgo * DAY_MS;
  return {
    id: `a${n}`,
    profileId: 'p1',
    scenarioId,
    scenarioVersion: '1.0.0',
    appVersion: 'test',
    stage: 'in-mission',
    mode: 'course',
    seed: 1,
    startedAt: at - 60_000,
    endedAt: at,
    status: 'completed',
    decisions: Object.entries(levels).map(([criterion, level], i) => ({
      seq: i + 1,
      where: `k.${i}`,
      choiceIndex: 0,
      choiceText: 'x',
      at: at - 1000,
      evidence: [{ criterion, level }],
      critical: [],
    })),
    inkState: null,
    ending: 'e',
    result: null,
  };
}

const plan = (attempts: Attempt[], seed = 7) =>
  planRefresher({ snaps: SNAPS, catalogue, attempts, now: NOW, seed });
const picked = (attempts: Attempt[], seed = 7) => plan(attempts, seed).picks.map((p) => p.scenarioId);

describe('the refresher selection rule', () => {
  it('aims first at the criterion the trainee handled worst', () => {
    const history = [
      attempt('survivor-contact', 3, {
        'crsv.listening': 3,
        'crsv.confidentiality': 3,
        'crsv.consent': 0,
        'crsv.referral': 2,
      }),
      attempt('sea-reporting', 3, { 'sea.recognise': 2, 'sea.report': 3, 'sea.integrity': 1 }),
      attempt('patrol', 3, { 'patrol.early-warning': 2, 'patrol.sadd-report': 2 }),
      attempt('checkpoint', 3, { 'checkpoint.no-bribes': 3, 'checkpoint.harassment': 2 }),
    ];
    const result = plan(history);
    expect(result.balanced).toBe(false);
    expect(result.ranking[0]).toMatchObject({ criterion: 'crsv.consent', level: 0 });
    expect(result.picks[0]).toEqual({ scenarioId: 'referral-refused', because: 'crsv.consent' });
    expect(result.picks[1]).toEqual({ scenarioId: 'keep-it-in-house', because: 'sea.integrity' });
    expect(result.picks).toHaveLength(3);
  });

  it('takes recency into account: a weakness practised long ago comes before one practised today', () => {
    const history = [
      attempt('survivor-contact', 0, { 'crsv.consent': 1 }),
      attempt('sea-reporting', 20, { 'sea.integrity': 1 }),
    ];
    expect(picked(history)[0]).toBe('keep-it-in-house');
    // The same levels the other way round in time swap the order.
    const swapped = [
      attempt('survivor-contact', 20, { 'crsv.consent': 1 }),
      attempt('sea-reporting', 0, { 'sea.integrity': 1 }),
    ];
    expect(picked(swapped)[0]).toBe('referral-refused');
  });

  it('lets a strong criterion fall due again as time passes', () => {
    expect(priority({ level: 3, at: NOW }, NOW)).toBe(1);
    expect(priority({ level: 3, at: NOW - 8 * DAY_MS }, NOW)).toBe(2);
    expect(priority({ level: 0, at: NOW }, NOW)).toBe(4);
    expect(priority({ level: 0, at: NOW - 1 * DAY_MS }, NOW)).toBe(8);
    // Growth stops at four times the base priority.
    expect(priority({ level: 0, at: NOW - 365 * DAY_MS }, NOW)).toBe(16);
    expect(priority(undefined, NOW)).toBe(4);
  });

  it('counts only the latest practice of a criterion, at its weakest moment in that attempt', () => {
    const history = [
      attempt('survivor-contact', 10, { 'crsv.consent': 0 }),
      attempt('referral-refused', 1, { 'crsv.consent': 3, 'crsv.referral': 3 }),
      attempt('rumour-in-the-mess', 2, { 'sea.recognise': 3, 'sea.report': 1 }),
    ];
    const ranking = plan(history).ranking;
    expect(ranking.find((t) => t.criterion === 'crsv.consent')?.level).toBe(3);
    expect(ranking[0]?.criterion).toBe('sea.report');
  });

  it('adds a fourth snap only while a weak criterion is left uncovered', () => {
    const weak = [
      attempt('survivor-contact', 2, { 'crsv.consent': 0, 'crsv.listening': 1 }),
      attempt('sea-reporting', 2, { 'sea.integrity': 0 }),
      attempt('patrol', 2, { 'patrol.early-warning': 1 }),
      attempt('checkpoint', 2, { 'checkpoint.no-bribes': 0 }),
    ];
    expect(picked(weak)).toHaveLength(4);
    const fewerWeak = [
      attempt('survivor-contact', 2, { 'crsv.consent': 0, 'crsv.listening': 2 }),
      attempt('sea-reporting', 2, { 'sea.integrity': 0 }),
      attempt('patrol', 2, { 'patrol.early-warning': 2 }),
    ];
    expect(picked(fewerWeak)).toHaveLength(3);
  });

  it('prefers a snap not played lately when two cover the same weakness equally', () => {
    const history = [
      attempt('sea-reporting', 5, { 'sea.report': 0 }),
      attempt('rumour-in-the-mess', 1, { 'sea.report': 0 }),
    ];
    // Both snaps practise sea.report and nothing else known; the one just played waits.
    expect(picked(history)[0]).toBe('keep-it-in-house');
  });

  it('is deterministic given the history and the seed', () => {
    const history = [attempt('survivor-contact', 4, { 'crsv.consent': 2, 'crsv.listening': 2 })];
    expect(plan(history, 42)).toEqual(plan(history, 42));
    expect(plan([], 42)).toEqual(plan([], 42));
  });

  it('gives a trainee with no history a balanced set: three snaps from three different areas', () => {
    const areas = (ids: string[]) => ids.map((id) => SNAPS.find((s) => s.id === id)!.rubric.criteria[0]!.id);
    const sets = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const result = plan([], seed);
      expect(result.balanced).toBe(true);
      const ids = result.picks.map((p) => p.scenarioId);
      expect(ids).toHaveLength(3);
      expect(new Set(areas(ids).map((c) => c.split('.')[0])).size).toBe(3);
      sets.add(ids.join(','));
    }
    // Different seeds vary the set, so no area is always left out.
    expect(sets.size).toBeGreaterThan(1);
  });

  it('ignores history on criteria no snap practises when deciding whether a set is balanced', () => {
    const history = [attempt('patrol', 1, { 'patrol.team-composition': 0 })];
    expect(plan(history).balanced).toBe(true);
  });
});
