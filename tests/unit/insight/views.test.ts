import { describe, expect, it } from 'vitest';
import { criteriaView } from '../../../src/engine/insight/criteria.ts';
import { decisionPointsView } from '../../../src/engine/insight/decision-points.ts';
import { discriminationView, MIN_GROUP } from '../../../src/engine/insight/discrimination.ts';
import { filterInsight } from '../../../src/engine/insight/filter.ts';
import { computeInsight, insightCatalogues } from '../../../src/engine/insight/insight.ts';
import type { InsightAttempt } from '../../../src/engine/insight/insight-attempt.ts';
import { mergeInsightAttempts } from '../../../src/engine/insight/merge.ts';
import { pointCatalogue } from '../../../src/engine/insight/point-catalogue.ts';
import { rebuildAttempts } from '../../../src/engine/insight/rebuild.ts';
import { teachTomorrow } from '../../../src/engine/insight/teach-tomorrow.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import type { Profile } from '../../../src/engine/records/profile.ts';
import { ACTIVITY_BASE, attempt, catalogue, scenario, statementsOf, trainee } from './cohort.ts';

const content = { scenarios: [scenario], catalogue };
const WATER = 'Hear her story';
const ASK = 'Ask her what happened';
const GIVE = 'Give him her name';
const AMINA = 'Ask Amina before you answer';
const PRIVATE = 'Tell him it is a private matter';

function onDevice(profiles: Profile[], attempts: Attempt[]): InsightAttempt[] {
  return mergeInsightAttempts({ device: { profiles, attempts } }).attempts;
}

/** Five attempts: two pass, two fail, one left after the first decision. */
const t1 = trainee(1, { sex: 'female', component: 'police' });
const t2 = trainee(2, { sex: 'male', component: 'military' });
const t3 = trainee(3, { sex: 'male', component: 'civilian', cohort: 'C2' });
const five = [
  attempt(t1, [1, 1], 1, 0),
  attempt(t1, [0, 1], 2, 3),
  attempt(t2, [0, 2], 3, 1),
  attempt(t2, [1, 0], 4, 0),
  attempt(t3, [0], 5, 2),
];
const cohort = onDevice([t1, t2, t3], five);
const choices = (p: { choices: { text: string; taken: number; share: number }[] } | undefined) =>
  p?.choices.map((c) => [c.text, c.taken, c.share]);

describe('per decision point', () => {
  const view = decisionPointsView(pointCatalogue(scenario, cohort, catalogue), cohort);

  it('counts who reached each point and the share taking each choice, most common mistakes first', () => {
    expect(view.attempts).toBe(5);
    expect(view.points.map((p) => [p.number, p.reached, p.mistakes, p.mistakeShare])).toEqual([
      [1, 5, 2, 0.4],
      [2, 4, 1, 0.25],
    ]);
    const [water, colleague] = view.points;
    expect(choices(water)).toEqual([
      [ASK, 2, 0.4],
      [WATER, 3, 0.6],
    ]);
    expect(choices(colleague)).toEqual([
      [GIVE, 1, 0.25],
      [AMINA, 2, 0.5],
      [PRIVATE, 1, 0.25],
    ]);
  });

  it('gives each choice its level and critical errors, and each point the criteria it bears on', () => {
    const colleague = view.points[1];
    expect(colleague?.criteria).toEqual([{ criterion: 'test.consent', title: 'Consent before sharing' }]);
    expect(colleague?.choices.map((c) => [c.level, c.mistake, c.critical.map((k) => k.criterion)])).toEqual([
      [0, true, ['test.consent']],
      [3, false, []],
      [2, false, []],
    ]);
    expect(colleague?.bestLevel).toBe(3);
  });

  it('lists a choice nobody took, found by replaying the story', () => {
    const two = onDevice([t1], [attempt(t1, [0, 1], 1)]);
    const colleague = decisionPointsView(pointCatalogue(scenario, two, catalogue), two).points.find(
      (p) => p.number === 2,
    );
    expect(choices(colleague)).toEqual([
      [GIVE, 0, 0],
      [AMINA, 1, 1],
      [PRIVATE, 0, 0],
    ]);
  });

  it('places the decisions of attempts rebuilt from an LRS, which have no seed', async () => {
    const lrs = rebuildAttempts(await statementsOf([t1, t2, t3], five), {
      activityBase: ACTIVITY_BASE,
      scenarios: [scenario],
    }).attempts;
    const catalogueOfLrs = pointCatalogue(scenario, lrs, catalogue);
    expect(catalogueOfLrs.unfit).toBe(0);
    const fromLrs = decisionPointsView(catalogueOfLrs, lrs);
    // The LRS never heard of the unfinished attempt's decision (only its `attempted`).
    expect(fromLrs.points.map((p) => [p.number, p.reached, p.mistakeShare])).toEqual([
      [1, 4, 0.5],
      [2, 4, 0.25],
    ]);
    expect(fromLrs.unplaced).toBe(0);
  });

  it('speaks the language asked for', () => {
    const french = decisionPointsView(pointCatalogue(scenario, cohort, catalogue, 'fr'), cohort);
    expect(french.points[0]?.choices.map((c) => c.text)).toEqual([
      'Lui demander ce qui s’est passé',
      'La laisser raconter',
    ]);
    expect(french.points[1]?.criteria[0]?.title).toBe('Le consentement avant tout partage');
  });

  it('leaves out attempts of another version of the scenario, and counts them', () => {
    const old = onDevice([t1], [attempt(t1, [1, 0], 9, 0, { scenarioVersion: '0.9.0' })]);
    const mixed = [...cohort, ...old];
    const v = decisionPointsView(pointCatalogue(scenario, mixed, catalogue), mixed);
    expect(v.attempts).toBe(5);
    expect(v.otherVersion).toBe(1);
  });
});

describe('filters', () => {
  const practice = onDevice([t2], [attempt(t2, [1, 0], 6, 4, { mode: 'practice' })]);
  const all = [...cohort, ...practice];

  it('leave practice out unless the mode filter asks for it', () => {
    expect(filterInsight(all, {})).toHaveLength(5);
    expect(filterInsight(all, { mode: 'practice' }).map((a) => a.mode)).toEqual(['practice']);
    expect(filterInsight(all, { mode: 'course' })).toHaveLength(5);
  });

  it('count only course and refresher attempts when no mode is named', () => {
    const refresher = onDevice([t2], [attempt(t2, [0, 1], 8, 4, { mode: 'refresher' })]);
    expect(filterInsight([...all, ...refresher], {})).toHaveLength(6);
    expect(filterInsight([...all, ...refresher], { mode: 'refresher' })).toHaveLength(1);
  });

  it('keep the cohort, sex, component and dates asked for', () => {
    expect(filterInsight(all, { sex: 'male' })).toHaveLength(3);
    expect(filterInsight(all, { component: 'police' })).toHaveLength(2);
    expect(filterInsight(all, { cohort: 'C2' }).map((a) => a.trainee.id)).toEqual(['trainee-3']);
    const day1 = five[2]?.startedAt ?? 0;
    expect(filterInsight(all, { from: day1, to: day1 + 86_400_000 })).toHaveLength(2);
  });

  it('never guess a sex or component the records do not give', () => {
    const unknown = onDevice([], [attempt(trainee(7), [0, 1], 7)]);
    expect(unknown[0]?.trainee.sex).toBeNull();
    expect(filterInsight(unknown, { sex: 'female' })).toEqual([]);
    expect(filterInsight(unknown, {})).toHaveLength(1);
  });
});

describe('per criterion', () => {
  it('gives the distribution of levels over attempts and each trainee’s first against latest', () => {
    const views = criteriaView(cohort, catalogue);
    // Listening: 3 (t1 second), 0 (t1 first), 3 (t2), 0 (t2 critical path) → mean 1.5; consent: 3, 3, 2, 0 → 2.
    expect(views.map((v) => [v.criterion, v.attempts.levels, v.attempts.mean])).toEqual([
      ['test.listening', [2, 0, 0, 2], 1.5],
      ['test.consent', [1, 0, 1, 2], 2],
    ]);
    const listening = views[0];
    // t1 went from 0 to 3; t2's first (day 0) was 0, latest (day 1) 3.
    expect(listening?.first).toEqual([2, 0, 0, 0]);
    expect(listening?.latest).toEqual([0, 0, 0, 2]);
    expect(listening?.repeated).toEqual({ trainees: 2, improved: 2, same: 0, declined: 0 });
    const consent = views[1];
    expect(consent?.first).toEqual([1, 0, 0, 1]);
    expect(consent?.latest).toEqual([0, 0, 1, 1]);
    expect(consent?.repeated).toEqual({ trainees: 2, improved: 1, same: 1, declined: 0 });
    expect(consent?.critical).toBe(true);
  });
});

describe('discrimination', () => {
  /** `passers` trainees passing ([0,1] for 7 of 10, [0,2] after), `others` failing ([1,1] for 6 of 10, [0,0] after). */
  function group(passers: number, others: number): InsightAttempt[] {
    const profiles: Profile[] = [];
    const attempts: Attempt[] = [];
    for (let i = 0; i < passers + others; i++) {
      const p = trainee(100 + i);
      profiles.push(p);
      const path = i < passers ? (i % 10 < 7 ? [0, 1] : [0, 2]) : (i - passers) % 10 < 6 ? [1, 1] : [0, 0];
      attempts.push(attempt(p, path, 100 + i));
    }
    return onDevice(profiles, attempts);
  }

  it('is the share of passers who took the best choice minus the share of the others who did', () => {
    const attempts = group(10, 10);
    const view = discriminationView(pointCatalogue(scenario, attempts, catalogue), attempts);
    expect(view).toMatchObject({ trainees: 20, passers: 10, others: 10, minGroup: MIN_GROUP });
    const [water, colleague] = view.rows;
    expect(water).toMatchObject({ number: 1, passers: { n: 10, best: 10 }, others: { n: 10, best: 4 } });
    expect(water?.discrimination).toBeCloseTo(0.6);
    expect(water?.tooFew).toBe(false);
    expect(colleague).toMatchObject({ number: 2, passers: { n: 10, best: 7 }, others: { n: 10, best: 6 } });
    expect(colleague?.discrimination).toBeCloseTo(0.1);
    expect(colleague?.margin95).toBeCloseTo(1.96 * Math.sqrt((0.7 * 0.3) / 10 + (0.6 * 0.4) / 10));
  });

  it('says when a group is too small to mean anything', () => {
    const attempts = group(10, MIN_GROUP - 1);
    const view = discriminationView(pointCatalogue(scenario, attempts, catalogue), attempts);
    expect(view.rows.every((r) => r.tooFew)).toBe(true);
    expect(view.rows[0]?.discrimination).not.toBeNull();
  });

  it('counts each trainee once, by their latest attempt with a verdict', () => {
    const view = discriminationView(pointCatalogue(scenario, cohort, catalogue), cohort);
    // t1 failed then passed, t2 passed on day 1 after failing on day 0, t3 never finished.
    expect(view).toMatchObject({ trainees: 2, passers: 2, others: 0 });
  });
});

describe('teach tomorrow', () => {
  it('gives the points where the cohort did worst, with the guidance to teach from', () => {
    const views = [decisionPointsView(pointCatalogue(scenario, cohort, catalogue), cohort)];
    const items = teachTomorrow(views, catalogue);
    expect(items.map((t) => [t.point.number, t.mistake.text, t.criterion.id, t.few])).toEqual([
      [1, ASK, 'test.listening', false],
      // Reached by four attempts only: after every point reached by five or more.
      [2, GIVE, 'test.consent', true],
    ]);
    expect(items[0]?.reference?.words).toEqual({
      title: 'IASC GBV Pocket Guide (2022)',
      section: 'Key messages',
    });
    expect(items[0]?.reference?.citation).toMatchObject({ kind: 'external', item: 24 });
    expect(teachTomorrow(views, catalogue, 'fr')[1]?.reference?.words.title).toBe(
      'Dossier de ressources DPO Genre/FPS (2020)',
    );
  });
});

describe('all views at once', () => {
  it('computes each view from the filtered attempts, with points numbered as in the whole cohort', () => {
    const catalogues = insightCatalogues(cohort, content);
    const insight = computeInsight(cohort, { sex: 'male' }, catalogues, content);
    expect(insight.attempts).toBe(3);
    // The men's attempts: [0,2] and [1,0] by trainee 2, [0] by trainee 3.
    expect(insight.points[0]?.points.map((p) => [p.number, p.reached, p.mistakes])).toEqual([
      [2, 2, 1],
      [1, 3, 1],
    ]);
    // Trainee 2's two completed attempts: consent 2 and 0, listening 3 and 0.
    expect(insight.criteria.map((c) => [c.criterion, c.attempts.mean])).toEqual([
      ['test.consent', 1],
      ['test.listening', 1.5],
    ]);
    expect(insight.discrimination[0]?.trainees).toBe(1);
    expect(insight.teach.length).toBeGreaterThan(0);
  });
});
