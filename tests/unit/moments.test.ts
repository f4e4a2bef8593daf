import { describe, expect, it } from 'vitest';
import { MOMENTS_SHOWN, momentsThatMattered } from '../../src/engine/scoring/moments.ts';
import { score } from '../../src/engine/scoring/score.ts';
import type { Decision } from '../../src/engine/scoring/decision.ts';
import type { Rubric } from '../../src/engine/content/types.ts';
import type { Level } from '../../src/engine/tags/vocabulary.ts';

const rubric: Rubric = {
  passMark: 70,
  criteria: [
    { id: 'a', weight: 3 },
    { id: 'b', weight: 1 },
    { id: 'c', weight: 2 },
  ],
};
const best = { a: 3, b: 3, c: 3 } as const;

/** Decisions numbered 1, 2, 3… in the order given. */
function attempt(...specs: { evidence?: [string, Level][]; critical?: string[] }[]): Decision[] {
  return specs.map((s, i) => ({
    seq: i + 1,
    where: `k.${i + 1}`,
    choiceIndex: 0,
    choiceText: `choice ${i + 1}`,
    at: 0,
    evidence: (s.evidence ?? []).map(([criterion, level]) => ({ criterion, level })),
    critical: s.critical ?? [],
  }));
}

const moments = (decisions: Decision[], limit?: number) =>
  momentsThatMattered(decisions, score(decisions, rubric, best), limit);

describe('the moments that mattered', () => {
  it('are none when all went well: no critical error and nothing below competent', () => {
    const ds = attempt({ evidence: [['a', 3]] }, { evidence: [['b', 2]] }, {}, { evidence: [['c', 2]] });
    expect(moments(ds)).toEqual([]);
    expect(moments([])).toEqual([]);
  });

  it('put critical errors first, in decision order, before any weaker decision', () => {
    const ds = attempt(
      { evidence: [['a', 0]] },
      { evidence: [['b', 1]], critical: ['b'] },
      { evidence: [['c', 0]] },
      { critical: ['a'] },
    );
    expect(moments(ds)).toEqual([
      { seq: 2, criterion: 'b', level: 1, critical: true },
      { seq: 4, criterion: 'a', level: null, critical: true },
      { seq: 1, criterion: 'a', level: 0, critical: false },
    ]);
  });

  it('then take the lowest levels, ties by decision order', () => {
    const ds = attempt(
      { evidence: [['a', 1]] },
      { evidence: [['b', 0]] },
      { evidence: [['c', 1]] },
      { evidence: [['a', 0]] },
      { evidence: [['b', 2]] },
    );
    expect(moments(ds).map((m) => [m.seq, m.level])).toEqual([
      [2, 0],
      [4, 0],
      [1, 1],
    ]);
  });

  it(`are at most ${MOMENTS_SHOWN}, or as many as asked for`, () => {
    const ds = attempt(
      { critical: ['a'] },
      { critical: ['b'] },
      { critical: ['c'] },
      { critical: ['a'] },
      { evidence: [['b', 0]] },
    );
    expect(moments(ds).map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(moments(ds, 5).map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(moments(ds, 1).map((m) => m.seq)).toEqual([1]);
    expect(moments(ds, 0)).toEqual([]);
  });

  it('give one moment per decision: the criterion it broke, else its weakest (ties: rubric order)', () => {
    const ds = attempt(
      {
        evidence: [
          ['c', 0],
          ['a', 0],
        ],
        critical: ['c', 'b'],
      },
      {
        evidence: [
          ['c', 1],
          ['b', 0],
          ['a', 1],
        ],
      },
      {
        evidence: [
          ['c', 1],
          ['a', 1],
        ],
      },
    );
    expect(moments(ds)).toEqual([
      { seq: 1, criterion: 'b', level: null, critical: true },
      { seq: 2, criterion: 'b', level: 0, critical: false },
      { seq: 3, criterion: 'a', level: 1, critical: false },
    ]);
  });

  it('take the level the decision showed on the criterion it broke', () => {
    const ds = attempt({
      evidence: [
        ['a', 2],
        ['a', 0],
      ],
      critical: ['a'],
    });
    expect(moments(ds)).toEqual([{ seq: 1, criterion: 'a', level: 0, critical: true }]);
  });

  it('ignore criteria outside the rubric, and follow seq even when decisions come unordered', () => {
    const ds = attempt(
      { evidence: [['elsewhere', 0]], critical: ['elsewhere'] },
      { evidence: [['a', 1]] },
      { evidence: [['b', 1]] },
    ).reverse();
    expect(moments(ds).map((m) => m.seq)).toEqual([2, 3]);
  });
});
