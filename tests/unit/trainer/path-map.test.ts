import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../../tools/content/compile-ink.ts';
import type { Scenario } from '../../../src/engine/content/types.ts';
import { lowestLevel, pathMap } from '../../../src/engine/trainer/path-map.ts';
import { validContent } from '../../helpers/fixtures.ts';
import { played } from '../../helpers/played.ts';
import { testProfile } from '../../helpers/profile.ts';

const { scenarios, catalogue } = validContent();
const scenario = scenarios[0]!;
const profile = testProfile();
const NOW = Date.UTC(2026, 0, 10);

describe('map of the path', () => {
  it('lists every decision taken in order, with every other choice on offer and its level, and the ending', () => {
    const attempt = played(scenario, profile, [1, 0], 'a1', NOW);
    const map = pathMap(attempt, scenario, catalogue, profile);
    expect(map.problem).toBeNull();
    expect(map.points.map((p) => [p.seq, p.chosen.text])).toEqual([
      [1, 'Ask her what happened'],
      [2, 'Give him her name'],
    ]);
    expect(map.points.map((p) => p.at)).toEqual(attempt.decisions.map((d) => d.at));
    const [first, second] = map.points;
    expect(first?.chosen).toEqual({
      index: 1,
      text: 'Ask her what happened',
      levels: [{ criterion: 'test.listening', title: 'Listen without judgement', level: 0 }],
      critical: [],
    });
    expect(first?.others).toEqual([
      {
        index: 0,
        text: 'Hear her story',
        levels: [{ criterion: 'test.listening', title: 'Listen without judgement', level: 3 }],
        critical: [],
      },
    ]);
    // The critical choice is marked as such; the choices not taken keep the order the story offered them in.
    expect(second?.chosen.critical).toEqual([{ criterion: 'test.consent', title: 'Consent before sharing' }]);
    expect(second?.chosen.levels.map((l) => l.level)).toEqual([0]);
    expect(second?.others.map((o) => [o.text, lowestLevel(o), o.critical.length])).toEqual([
      ['Ask Amina before you answer', 3, 0],
      ['Tell him it is a private matter', 2, 0],
    ]);
    expect(map.ending).toEqual({ id: 'exposed', title: 'Exposed', summary: 'Her name was shared.' });
    expect(map.ending?.id).toBe(attempt.ending);
  });

  it('marks the critical choice among those not taken too', () => {
    const map = pathMap(played(scenario, profile, [0, 1], 'a2', NOW), scenario, catalogue, profile);
    const second = map.points[1];
    expect(second?.chosen.text).toBe('Ask Amina before you answer');
    expect(second?.chosen.critical).toEqual([]);
    expect(second?.others.map((o) => o.critical.map((c) => c.criterion))).toEqual([['test.consent'], []]);
    expect(map.ending?.title).toBe('Safe');
  });

  it('speaks the language asked for: choices, criteria and ending', () => {
    const map = pathMap(played(scenario, profile, [1, 0], 'a3', NOW), scenario, catalogue, profile, 'fr');
    expect(map.points[0]?.chosen.text).toBe('Lui demander ce qui s’est passé');
    expect(map.points[0]?.others[0]?.levels[0]?.title).toBe('Écouter sans juger');
    expect(map.points[1]?.chosen.critical[0]?.title).toBe('Le consentement avant tout partage');
    expect(map.ending?.title).toBe('Exposée');
  });

  it('has no ending for an attempt left before its end', () => {
    const map = pathMap(played(scenario, profile, [0], 'a4', NOW), scenario, catalogue, profile);
    expect(map.points).toHaveLength(1);
    expect(map.points[0]?.others).toHaveLength(1);
    expect(map.ending).toBeNull();
    expect(map.problem).toBeNull();
  });

  it('gives a problem, not a crash, when the choices no longer fit the story', () => {
    const attempt = played(scenario, profile, [1, 0], 'a5', NOW);
    const changed = {
      ...attempt,
      scenarioVersion: '0.9.0',
      decisions: attempt.decisions.map((d) => (d.seq === 2 ? { ...d, choiceIndex: 7 } : d)),
    };
    const map = pathMap(changed, scenario, catalogue, profile);
    expect(map.problem).toEqual({ seq: 2, version: '1.0.0', used: '0.9.0' });
    expect(map.points.map((p) => p.seq)).toEqual([1]);
    expect(map.ending).toBeNull();
    // More decisions than the story has: the one after the ending does not fit either.
    const extra = { ...attempt, decisions: [...attempt.decisions, { ...attempt.decisions[1]!, seq: 3 }] };
    expect(pathMap(extra, scenario, catalogue, profile).problem).toMatchObject({ seq: 3 });
  });

  describe('a choice without evidence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'path-map-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const ink = join(dir, 'story.ink');
    writeFileSync(
      ink,
      [
        'Someone waits by the gate.',
        '* [Nod and walk on]',
        '  -> next',
        '* [Stop and ask how she is # evidence: test.listening 2]',
        '  -> next',
        '=== next ===',
        'She points to the road.',
        '* [Ask her first # evidence: test.consent 3]',
        '  The end. # ending: safe',
        '  -> END',
        '',
      ].join('\n'),
    );
    const compiled = compileInk(ink, (p) => p);
    const unscored: Scenario = { ...scenario, story: compiled.json ?? '', translations: {} };

    it('has no level, rather than an invented one', () => {
      expect(compiled.problems.filter((p) => p.message.includes('error'))).toEqual([]);
      const map = pathMap(played(unscored, profile, [0, 0], 'a6', NOW), unscored, catalogue, profile);
      expect(map.points[0]?.chosen).toMatchObject({ text: 'Nod and walk on', levels: [], critical: [] });
      expect(lowestLevel(map.points[0]!.chosen)).toBeNull();
      expect(map.points[0]?.others.map((o) => lowestLevel(o))).toEqual([2]);
      expect(map.points[1]?.others).toEqual([]);
      expect(map.ending?.title).toBe('Safe');
    });
  });
});
