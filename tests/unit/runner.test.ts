import { describe, expect, it } from 'vitest';
import { Compiler } from 'inkjs/full';
import { InkRuntimeError, createRunner, stripBom } from '../../src/engine/ink/runner.ts';
import { compileFixture } from '../helpers/fixtures.ts';

const story = compileFixture('tests/fixtures/content/valid/two-choices/story.ink');

describe('ink runner', () => {
  it('continues to the first choice with lines and parsed tags', () => {
    const step = createRunner(story).continue();
    expect(step.lines.map((l) => l.text)).toEqual([
      'Amina waits by the pump.',
      'She says something happened on the road.',
    ]);
    expect(step.lines[0]?.events).toContainEqual({ kind: 'scene', setting: 'water-point' });
    expect(step.lines[1]?.events).toEqual([{ kind: 'speaker', who: 'amina' }]);
    expect(step.choices.map((c) => c.text)).toEqual(['Hear her story', 'Ask her what happened']);
    expect(step.choices[0]?.events).toEqual([{ kind: 'evidence', criterion: 'test.listening', level: 3 }]);
    expect(step.ended).toBe(false);
  });

  it('follows the INCLUDEd knot to an ending that depends on an earlier choice', () => {
    const runner = createRunner(story);
    runner.continue();
    runner.choose(0);
    const end = runner.choose(1);
    expect(end.ended).toBe(true);
    expect(end.lines.at(-1)).toEqual({
      text: 'She thanks you.',
      events: [{ kind: 'ending', ending: 'safe' }],
    });
  });

  it('saves at a choice boundary and loads into a fresh runner that carries on identically', () => {
    const a = createRunner(story);
    a.continue();
    a.choose(1);
    const saved = a.saveState();
    const b = createRunner(story);
    b.loadState(saved);
    expect(b.choices).toEqual(a.choices);
    expect(b.choose(1)).toEqual(a.choose(1));
  });

  it('refuses a choice that is not on offer', () => {
    const runner = createRunner(story);
    runner.continue();
    expect(() => runner.choose(7)).toThrow(RangeError);
  });

  it('strips a byte-order mark from compiled JSON', () => {
    expect(stripBom(`\uFEFF{"a":1}`)).toBe('{"a":1}');
    expect(() => createRunner(`\uFEFF${story}`).continue()).not.toThrow();
  });

  it('raises ink runtime errors as one clear error instead of crashing deep inside inkjs', () => {
    const json = new Compiler('VAR x = 0\n~ x = RANDOM(5, 1)\nText.\n-> END').Compile().ToJson() ?? '';
    expect(() => createRunner(json).continue()).toThrow(InkRuntimeError);
  });
});
