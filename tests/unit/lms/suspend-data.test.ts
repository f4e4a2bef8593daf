/**
 * The suspend-data codec: what the LMS keeps to resume an attempt. It round-trips, says clearly what is wrong
 * with damaged text instead of throwing, and fits SCORM 1.2's 4,096 characters for the longest path of every
 * scenario the build compiles.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../tools/content/build-content.ts';
import { fileExploreCache } from '../../../tools/content/explore-cache.ts';
import {
  MAX_CHOICE_INDEX,
  SUSPEND_DATA_LIMIT,
  decodeResume,
  encodeResume,
  worstCaseLength,
} from '../../../src/lms/suspend-data.ts';
import { ROOT } from '../../helpers/fixtures.ts';

const point = { scenarioId: 'survivor-contact', seed: 3_141_592_653, choices: [0, 1, 0, 2, 1, 0, 9, 35] };

describe('encoding a resume point', () => {
  it('writes scenario, seed and one character per choice, with a check at the end', () => {
    const text = encodeResume(point);
    expect(text).toMatch(/^WP1\|survivor-contact\|[0-9a-z]+\|010210[9]z\|[0-9a-z]+$/);
    expect(text.split('|')[2]).toBe((3_141_592_653).toString(36));
    expect(decodeResume(text)).toEqual({ ok: true, point });
  });

  it('round-trips indices beyond one digit, an empty path and the extreme seeds', () => {
    for (const p of [
      { scenarioId: 'a', seed: 0, choices: [] },
      { scenarioId: 'x.y-2', seed: 0xffffffff, choices: [36, 0, MAX_CHOICE_INDEX, 35, 100] },
    ]) {
      const text = encodeResume(p);
      expect(decodeResume(text)).toEqual({ ok: true, point: p });
    }
    expect(encodeResume({ scenarioId: 'a', seed: 1, choices: [36, 1295] })).toContain('|~10~zz|');
  });

  it('refuses what it could not read back', () => {
    expect(() => encodeResume({ ...point, scenarioId: 'Bad Id' })).toThrow(/scenario id/);
    expect(() => encodeResume({ ...point, seed: -1 })).toThrow(/seed/);
    expect(() => encodeResume({ ...point, seed: 2 ** 32 })).toThrow(/seed/);
    expect(() => encodeResume({ ...point, choices: [MAX_CHOICE_INDEX + 1] })).toThrow(/choice index/);
    expect(() => encodeResume({ ...point, choices: [1.5] })).toThrow(/choice index/);
    expect(() => encodeResume({ ...point, choices: Array<number>(SUSPEND_DATA_LIMIT).fill(0) })).toThrow(
      /4096/,
    );
  });
});

describe('decoding suspend data', () => {
  const good = encodeResume(point);

  it('treats empty suspend data as nothing saved', () => {
    expect(decodeResume('')).toBeNull();
    expect(decodeResume('   ')).toBeNull();
    expect(decodeResume(null)).toBeNull();
    expect(decodeResume(undefined)).toBeNull();
  });

  it.each([
    ['a truncated text', good.slice(0, -3), /check does not match/],
    ['a changed choice', good.replace('|010210', '|110210'), /check does not match/],
    ['another format', 'lesson=3;page=7', /not written by this version of Waypoint/],
    ['a later version', good.replace(/^WP1/, 'WP2'), /not written by this version of Waypoint/],
    ['missing fields', 'WP1|survivor-contact|abc', /incomplete/],
    ['text longer than SCORM allows', 'WP1|' + 'x'.repeat(SUSPEND_DATA_LIMIT), /longer than SCORM allows/],
  ])('explains %s, and starts the scenario afresh', (_, text, why) => {
    const decoded = decodeResume(text);
    expect(decoded?.ok).toBe(false);
    if (decoded?.ok !== false) return;
    expect(decoded.why).toMatch(why);
  });

  it('checks each field even when the check matches (text written by hand)', () => {
    const forged = (fields: string[]) => {
      // Recompute the check the way the encoder does, so only the field itself is wrong.
      const body = fields.join('|');
      let h = 0x811c9dc5;
      for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193) >>> 0;
      return `${body}|${h.toString(36)}`;
    };
    expect(decodeResume(forged(['WP1', 'survivor-contact', 'abc', '01']))).toMatchObject({ ok: true });
    expect(decodeResume(forged(['WP1', 'Survivor Contact', 'abc', '01']))).toMatchObject({
      why: expect.stringMatching(/scenario id/),
    });
    expect(decodeResume(forged(['WP1', 'survivor-contact', 'zzzzzzzz', '01']))).toMatchObject({
      why: expect.stringMatching(/seed/),
    });
    expect(decodeResume(forged(['WP1', 'survivor-contact', 'abc', '0~1']))).toMatchObject({
      why: expect.stringMatching(/choices/),
    });
    expect(decodeResume(forged(['WP1', 'survivor-contact', 'abc', '0A']))).toMatchObject({
      why: expect.stringMatching(/choices/),
    });
  });

  it('never throws on arbitrary text', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'WP1|~abcz019-. \u00e9\u0000';
    for (let n = 0; n < 2000; n++) {
      const text = Array.from(
        { length: Math.floor(random() * 40) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const mutated = random() < 0.5 ? text : good.slice(0, Math.floor(random() * good.length)) + text;
      expect(() => decodeResume(mutated)).not.toThrow();
    }
  });
});

describe('the SCORM 1.2 limit', () => {
  it('holds for the longest path of every compiled scenario, even with every choice index at its widest', () => {
    const content = buildContent({
      scenariosDir: resolve(ROOT, 'scenarios'),
      root: ROOT,
      checkCitations: false,
      exploreCache: fileExploreCache(resolve(ROOT, 'node_modules', '.cache', 'waypoint-explore')),
    });
    expect(content.problems).toEqual([]);
    expect(content.reports.length).toBeGreaterThan(0);
    for (const report of content.reports) {
      const longest = report.exploration.decisions.max;
      expect(longest).toBeGreaterThan(0);
      // Every choice written as "~xx" (an index of 36 or more), the largest seed: the most this path can need.
      const worst = worstCaseLength(report.id, longest);
      expect(worst, `${report.id}: ${longest} decisions need ${worst} characters`).toBeLessThan(
        SUSPEND_DATA_LIMIT,
      );
      // And the bound is exact: a path of that length with those indices encodes to exactly that length.
      const widest = {
        scenarioId: report.id,
        seed: 0xffffffff,
        choices: Array<number>(longest).fill(MAX_CHOICE_INDEX),
      };
      expect(encodeResume(widest)).toHaveLength(worst);
    }
  }, 600_000);
});
