import { describe, expect, it } from 'vitest';
import { criteriaView } from '../../../src/engine/insight/criteria.ts';
import { decisionPointsView } from '../../../src/engine/insight/decision-points.ts';
import type { DecisionPointsView } from '../../../src/engine/insight/decision-points.ts';
import { discriminationView } from '../../../src/engine/insight/discrimination.ts';
import {
  criteriaCsv,
  decisionPointsCsv,
  discriminationCsv,
  teachTomorrowCsv,
} from '../../../src/engine/insight/insight-csv.ts';
import { mergeInsightAttempts } from '../../../src/engine/insight/merge.ts';
import { pointCatalogue } from '../../../src/engine/insight/point-catalogue.ts';
import { teachTomorrow } from '../../../src/engine/insight/teach-tomorrow.ts';
import { readCsv } from '../records/csv-reader.ts';
import { attempt, catalogue, scenario, trainee } from './cohort.ts';

const t1 = trainee(1);
const t2 = trainee(2);
const attempts = mergeInsightAttempts({
  device: {
    profiles: [t1, t2],
    attempts: [attempt(t1, [0, 1], 1), attempt(t2, [1, 0], 2), attempt(t2, [1, 2], 3, 1)],
  },
}).attempts;
const points = decisionPointsView(pointCatalogue(scenario, attempts, catalogue), attempts);

describe('CSV of each view', () => {
  it('decision points: a row per choice, with the exports’ byte order mark and CRLF', () => {
    const text = decisionPointsCsv(points);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = readCsv(text);
    expect(rows[0]?.slice(0, 6)).toEqual([
      'scenario_id',
      'content_version',
      'decision',
      'point_key',
      'reached',
      'mistake_share',
    ]);
    expect(rows.slice(1).map((r) => [r[2], r[7], r[8], r[9], r[10], r[13]])).toEqual([
      ['1', 'Ask her what happened', '2', '0.667', '0', 'yes'],
      ['1', 'Hear her story', '1', '0.333', '3', 'no'],
      ['2', 'Give him her name', '1', '0.333', '0', 'yes'],
      ['2', 'Ask Amina before you answer', '1', '0.333', '3', 'no'],
      ['2', 'Tell him it is a private matter', '1', '0.333', '2', 'no'],
    ]);
  });

  it('guards a text a spreadsheet would run as a formula, as the other exports do', () => {
    const [first, ...rest] = points.points;
    if (!first) throw new Error('no point');
    const hostile: DecisionPointsView = {
      ...points,
      points: [
        { ...first, choices: first.choices.map((c) => ({ ...c, text: '=HYPERLINK("http://x","y")' })) },
        ...rest,
      ],
    };
    expect(readCsv(decisionPointsCsv(hostile))[1]?.[7]).toBe('\'=HYPERLINK("http://x","y")');
  });

  it('criteria, discrimination and teach tomorrow: a header and a row per line of the view', () => {
    const criteria = readCsv(criteriaCsv(criteriaView(attempts, catalogue)));
    expect(criteria.map((r) => r[0])).toEqual(['criterion_id', 'test.listening', 'test.consent']);
    expect(criteria[1]?.slice(3, 7)).toEqual(['2', '0', '0', '1']);
    const discrimination = readCsv(
      discriminationCsv(discriminationView(pointCatalogue(scenario, attempts, catalogue), attempts)),
    );
    expect(discrimination[0]?.at(-1)).toBe('too_few');
    expect(discrimination.slice(1).map((r) => r.at(-1))).toEqual(['yes', 'yes']);
    const teach = readCsv(teachTomorrowCsv(teachTomorrow([points], catalogue)));
    expect(teach.slice(1).map((r) => [r[0], r[6], r[8], r[10], r[12]])).toEqual([
      [
        '1',
        'Ask her what happened',
        'test.listening',
        'IASC GBV Pocket Guide (2022)',
        'external-public-guidance.md, item 24 [IASC]',
      ],
      [
        '2',
        'Give him her name',
        'test.consent',
        'DPO Gender/WPS Resource Package (2020)',
        '001_75fa4b130f47a839.txt, lines 3011-3013',
      ],
    ]);
  });
});
