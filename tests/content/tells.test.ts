/**
 * The tells the checker measures: which choice a naive player takes, how a choice ranks, which decision points
 * count as scored, and what a naive strategy scores when played through the real runner and scoring.
 */
import { describe, expect, it } from 'vitest';
import { Compiler } from 'inkjs/full';
import { explore } from '../../src/engine/explore/explore.ts';
import {
  languageTells,
  pick,
  playStrategy,
  soundScore,
  rankOf,
  tellFindings,
  textLength,
} from '../../tools/content/tells.ts';
import type { LanguageTells, Strategy } from '../../tools/content/tells.ts';

const compile = (src: string) => new Compiler(src).Compile().ToJson() ?? '';

describe('naive choosing', () => {
  const offered = [{ text: 'Wait' }, { text: 'Call  the duty officer' }, { text: 'Call the duty officer' }];

  it('takes the longest, the shortest, the first or the last text, the first of equals', () => {
    expect(pick('longest', offered)).toBe(1);
    expect(pick('shortest', offered)).toBe(0);
    expect(pick('first', offered)).toBe(0);
    expect(pick('last', offered)).toBe(2);
    expect(textLength('Call  the duty officer ')).toBe(textLength('Call the duty officer'));
  });

  it('takes the most procedural-sounding text, the first of equals, counting whole words in each language', () => {
    expect(
      soundScore('procedural', 'Calmly ask her, in private, and report it to your chain of command', 'en'),
    ).toBe(5);
    // Whole words only: "asked", "reportedly" and "logo" are not "ask", "report" and "log".
    expect(soundScore('procedural', 'He asked about the logo, reportedly', 'en')).toBe(0);
    expect(soundScore('procedural', 'Le signaler en privé, après l’avoir écoutée calmement', 'fr')).toBe(3);
    expect(soundScore('procedural', 'Report it', 'sw')).toBe(0);
    const offered = [
      { text: 'Say nothing' },
      { text: 'Report it to the commander' },
      { text: 'Ask her, then report it to the commander' },
      { text: 'Ask, report, commander' },
    ];
    expect(pick('procedural', offered)).toBe(2);
    expect(pick('procedural', [{ text: 'Wait' }, { text: 'Go' }])).toBe(0);
  });

  it('takes the most caring-sounding text by its own list, in each language', () => {
    expect(soundScore('caring', 'Say sorry, and stay with her: it is her choice', 'en')).toBe(3);
    expect(soundScore('caring', 'Report it', 'en')).toBe(0);
    expect(soundScore('caring', 'Lui dire que c’est son choix, et rester avec elle', 'fr')).toBe(2);
    const offered = [{ text: 'Report it' }, { text: 'Thank her, and say help is near' }, { text: 'Leave' }];
    expect(pick('caring', offered)).toBe(1);
    expect(pick('procedural', offered)).toBe(0);
  });

  it('ranks a critical choice below any level, and leaves a choice without evidence unscored', () => {
    expect(rankOf({ evidence: [{ level: 3 }], critical: ['x'] })).toBe(-1);
    expect(rankOf({ evidence: [{ level: 3 }, { level: 1 }], critical: [] })).toBe(1);
    expect(rankOf({ evidence: [], critical: [] })).toBeNull();
  });
});

describe('tells of a story', () => {
  const story = compile(`-> a
=== a ===
* [Go on # evidence: c.x 3] -> b
* [Stop and think about it # evidence: c.x 1] -> b
=== b ===
* [Look around] -> c
* [Keep walking] -> c
=== c ===
* [Tell everyone what she said # evidence: c.y 0 # critical: c.y]
  Done. # ending: end
  -> END
* [Ask her first # evidence: c.y 3]
  Done. # ending: end
  -> END
`);
  const scenario = {
    rubric: {
      passMark: 70,
      criteria: [
        { id: 'c.x', weight: 1 },
        { id: 'c.y', weight: 1 },
      ],
    },
    best: { 'c.x': 3 as const, 'c.y': 3 as const },
  };

  it('plays a naive strategy through the runner and the scoring', () => {
    expect(playStrategy(story, scenario, 'first', {}, 0)).toMatchObject({ percent: 50, passed: false });
    expect(playStrategy(story, scenario, 'last', {}, 0)).toMatchObject({ percent: 67, passed: false });
    expect(playStrategy(story, scenario, 'shortest', {}, 0)).toMatchObject({ percent: 100, passed: true });
  });

  it('counts only points whose scored choices differ, and whether the best is the longest', () => {
    const tells = languageTells('en', story, explore(story), scenario, [{}], [0]);
    expect(tells.points.map((p) => p.choices.map((c) => c.text))).toEqual([
      ['Go on', 'Stop and think about it'],
      ['Tell everyone what she said', 'Ask her first'],
    ]);
    expect(tells.points.map((p) => p.bestIsLongest)).toEqual([false, false]);
    expect(tells.points[0]?.ratio).toBeCloseTo(23 / 5);
    expect(tells.strategies.find((s) => s.strategy === 'longest')?.runs[0]).toMatchObject({ percent: 17 });
  });
});

describe('what the word strategies are held to', () => {
  const tells = (percent: number, passed: boolean, strategy: Strategy): LanguageTells => ({
    language: 'en',
    points: [],
    bestIsLongest: 0,
    strategies: [{ strategy, runs: [{ globals: {}, seed: 0, percent, passed }] }],
  });
  const findings = (percent: number, passed: boolean, strategy: Strategy = 'procedural') =>
    tellFindings(
      [tells(percent, passed, strategy)],
      () => 'story.ink',
      () => undefined,
    );

  it('is held to the limits of every naive strategy: a pass or more than 60% is an error', () => {
    expect(findings(75, true).problems[0]?.message).toMatch(
      /most procedural-sounding choice passes with 75%/,
    );
    expect(findings(65, false).problems[0]?.message).toMatch(/most procedural-sounding choice scores 65%/);
    expect(findings(60, false)).toEqual({ problems: [], warnings: [] });
    expect(findings(61, false, 'caring').problems[0]?.message).toMatch(
      /most caring-sounding choice scores 61%/,
    );
  });
});
