import { describe, expect, it } from 'vitest';
import { Compiler } from 'inkjs/full';
import { explore, exploreVariants } from '../../src/engine/explore/explore.ts';
import { createRunner } from '../../src/engine/ink/runner.ts';
import { NONE_BIT, bestLevel, throughChoice } from '../../src/engine/explore/level-set.ts';
import { compileFixture } from '../helpers/fixtures.ts';

const compile = (src: string) => new Compiler(src).Compile().ToJson() ?? '';

describe('level sets', () => {
  it('takes the weakest level along a path', () => {
    expect(throughChoice(2, NONE_BIT)).toBe(1 << 2);
    expect(throughChoice(2, (1 << 3) | (1 << 1))).toBe((1 << 2) | (1 << 1));
    expect(throughChoice(undefined, 1 << 3)).toBe(1 << 3);
    expect(bestLevel((1 << 1) | NONE_BIT)).toBe(1);
    expect(bestLevel(NONE_BIT)).toBeNull();
  });
});

describe('path explorer', () => {
  it('counts decisions, paths, endings and best levels of the fixture story', () => {
    const x = explore(compileFixture('tests/fixtures/content/valid/two-choices/story.ink'));
    expect(x.problems).toEqual([]);
    expect(x.decisions).toEqual({ min: 2, max: 2 });
    expect(x.paths).toBe('6');
    expect(Object.fromEntries(x.endings)).toEqual({ safe: '4', exposed: '2' });
    expect(x.best).toEqual({ 'test.listening': 3, 'test.consent': 3 });
    expect([...x.criticalReachable]).toEqual(['test.consent']);
    expect(x.choices.size).toBe(5);
  });

  it('merges paths that reach the same story state, so states grow far slower than paths', () => {
    // 10 binary decisions that all rejoin: 1024 paths but only 10 distinct choice states.
    const knots = Array.from(
      { length: 10 },
      (_, i) => `=== k${i} ===\n* [a${i}] -> k${i + 1}\n* [b${i}] -> k${i + 1}\n`,
    );
    const x = explore(compile(`-> k0\n${knots.join('')}=== k10 ===\nDone. # ending: done\n-> END\n`));
    expect(x.paths).toBe('1024');
    expect(x.states).toBe(10);
    expect(x.merged).toBe(true);
  });

  it('keeps paths apart when a variable set earlier changes what can happen later', () => {
    const x = explore(
      compile(`VAR t = 0
-> a
=== a ===
* [kind # evidence: c.x 3]
  ~ t = 1
  -> b
* [rude # evidence: c.x 0]
  -> b
=== b ===
* {t == 1} [thank # evidence: c.y 3] -> e
* [leave # evidence: c.y 1] -> e
=== e ===
End. # ending: end
-> END
`),
    );
    expect(x.paths).toBe('3');
    expect(x.states).toBe(3);
    expect(x.best).toEqual({ 'c.x': 3, 'c.y': 3 });
  });

  it('finds a path that stops without an ending, and says which choices lead there', () => {
    const x = explore(
      compile('* [go on] Fine. # ending: ok\n-> END\n* [stop here]\nNothing more.\n-> END\n'),
    );
    expect(x.problems).toEqual([{ kind: 'no-ending', trail: ['stop here'] }]);
    expect(x.paths).toBe('1');
  });

  it('finds a loop that can never end', () => {
    const x = explore(compile('-> hub\n=== hub ===\n+ [again] -> hub\n+ [out] Bye. # ending: out\n-> END\n'));
    expect(x.problems.some((p) => p.kind === 'loop')).toBe(true);
  });

  it('still walks a hub of once-only choices correctly, falling back to exact states', () => {
    const x = explore(
      compile(`-> hub
=== hub ===
* [ask A] -> hub
* [ask B] -> hub
+ [done] Bye. # ending: out
  -> END
`),
    );
    expect(x.problems).toEqual([]);
    // done | A done | B done | A B done | B A done
    expect(x.paths).toBe('5');
    expect(x.merged).toBe(false);
  });

  it('refuses evidence written on a line of text instead of on the choice', () => {
    const x = explore(compile('* [photo] # evidence: c.x 0\n  Click. # ending: e\n  -> END\n'));
    expect(x.problems).toContainEqual({
      kind: 'choice-tag-on-line',
      tag: 'evidence: c.x 0',
      trail: ['photo'],
    });
  });
});

describe('stories that vary by the trainee', () => {
  const json = compile(`VAR component = "military"
{component == "police": You lead the UNPOL team.|You lead the patrol.}
* {component == "police"} [Brief the police partner # evidence: c.x 3] Done. # ending: police
  -> END
* [Brief the section # evidence: c.x 2] Done. # ending: section
  -> END
`);

  it('gives the story the trainee component before it starts', () => {
    expect(createRunner(json, { component: 'police' }).continue().lines[0]?.text).toBe(
      'You lead the UNPOL team.',
    );
    expect(createRunner(json, { component: 'military' }).continue().choices).toHaveLength(1);
    expect(createRunner(json, { unknown: 1 }).hasVariable('unknown')).toBe(false);
  });

  it('walks every component and adds the paths up', () => {
    const x = exploreVariants(json, [
      { component: 'military' },
      { component: 'police' },
      { component: 'civilian' },
    ]);
    expect(x.paths).toBe('4');
    expect(Object.fromEntries(x.endings)).toEqual({ section: '3', police: '1' });
    expect(x.best).toEqual({ 'c.x': 3 });
  });
});

describe('stories that vary by ink randomness', () => {
  const story = compile(
    [
      'VAR place = ""',
      '~ temp v = RANDOM(1, 3)',
      '{ v:',
      '- 1: ~ place = "market"',
      '- 2: ~ place = "well"',
      '- else: ~ place = "road"',
      '}',
      'At the {place}.',
      '* [Listen # evidence: c.x 3] Done. # ending: {place}',
      '  -> END',
      '* [Leave # evidence: c.x 0] Gone. # ending: {place}',
      '  -> END',
    ].join('\n'),
  );

  it('walks the same way every time with the same seed', () => {
    const a = explore(story, { seed: 4 });
    const b = explore(story, { seed: 4 });
    expect([...a.endings]).toEqual([...b.endings]);
    expect(a.endings.size).toBe(1);
  });

  it('reaches every variation when walked with several seeds', () => {
    const x = exploreVariants(story, [{}], undefined, [0, 1, 2, 3, 4, 5, 6, 7]);
    expect([...x.endings.keys()].sort()).toEqual(['market', 'road', 'well']);
    expect(x.best).toEqual({ 'c.x': 3 });
  });
});
