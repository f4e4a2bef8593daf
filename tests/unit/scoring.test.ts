import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/scoring/score.ts';
import type { Decision } from '../../src/engine/scoring/decision.ts';
import type { Rubric } from '../../src/engine/content/types.ts';

const rubric: Rubric = {
  passMark: 70,
  criteria: [
    { id: 'a', weight: 3 },
    { id: 'b', weight: 1 },
    { id: 'c', weight: 2 },
  ],
};
const best = { a: 3, b: 3, c: 2 } as const;

let seq = 0;
function decision(evidence: [string, 0 | 1 | 2 | 3][], critical: string[] = []): Decision {
  seq += 1;
  return {
    seq,
    where: `k.${seq}`,
    choiceIndex: 0,
    choiceText: `choice ${seq}`,
    at: 0,
    evidence: evidence.map(([criterion, level]) => ({ criterion, level })),
    critical,
  };
}

describe('scoring', () => {
  it('scores each criterion at its weakest evidenced moment and names the deciding choices', () => {
    seq = 0;
    const ds = [
      decision([['a', 3]]),
      decision([['a', 1]]),
      decision([
        ['a', 1],
        ['b', 2],
      ]),
      decision([['c', 2]]),
    ];
    const result = score(ds, rubric, best);
    const a = result.criteria.find((c) => c.id === 'a');
    expect(a).toMatchObject({ level: 1, points: 3, maxPoints: 9, deciding: [2, 3] });
    expect(result.criteria.find((c) => c.id === 'b')).toMatchObject({ level: 2, points: 2, deciding: [3] });
  });

  it('computes the percentage against the best achievable, not against level 3 everywhere', () => {
    seq = 0;
    const ds = [decision([['a', 3]]), decision([['b', 3]]), decision([['c', 2]])];
    const result = score(ds, rubric, best);
    expect(result.maxPoints).toBe(3 * 3 + 1 * 3 + 2 * 2);
    expect(result.points).toBe(result.maxPoints);
    expect(result.percent).toBe(100);
    expect(result.passed).toBe(true);
  });

  it('scores a criterion never evidenced on the path as not observed, with no points', () => {
    seq = 0;
    const result = score([decision([['a', 3]])], rubric, best);
    expect(result.criteria.find((c) => c.id === 'c')).toMatchObject({ level: null, points: 0, deciding: [] });
    expect(result.percent).toBe(Math.round((100 * 9) / 16));
    expect(result.passed).toBe(false);
  });

  it('fails an attempt with a critical error whatever the points', () => {
    seq = 0;
    const ds = [decision([['a', 3]]), decision([['b', 3]], ['a']), decision([['c', 2]])];
    const result = score(ds, rubric, best);
    expect(result.percent).toBe(100);
    expect(result.passed).toBe(false);
    expect(result.criticalErrors).toEqual([{ criterion: 'a', seq: 2 }]);
    expect(result.criteria.find((c) => c.id === 'a')?.criticalAt).toEqual([2]);
  });

  it('passes exactly at the pass mark and fails just below it', () => {
    const r = { passMark: 50, criteria: [{ id: 'a', weight: 2 }] };
    seq = 0;
    expect(score([decision([['a', 2]])], r, { a: 3 }).percent).toBe(67);
    expect(score([decision([['a', 2]])], { ...r, passMark: 67 }, { a: 3 }).passed).toBe(true);
    expect(score([decision([['a', 2]])], { ...r, passMark: 68 }, { a: 3 }).passed).toBe(false);
  });

  it('ignores evidence for criteria outside the rubric', () => {
    seq = 0;
    const result = score([decision([['zzz', 0]])], rubric, best);
    expect(result.criteria.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(result.points).toBe(0);
  });
});
