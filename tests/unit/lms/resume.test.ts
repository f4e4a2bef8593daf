/** Which attempt an LMS launch resumes, and the LMS's pass mark. */
import { describe, expect, it } from 'vitest';
import { attemptToResume, decisionsFromPath } from '../../../src/lms/resume.ts';
import { T0, attempt, decision } from './fixtures.ts';

const profile = { id: 'lms-2187', stage: 'pre-deployment' as const };
const scenario = { id: 'survivor-contact', version: '1.0.0' };
const NOW = T0 + 3_600_000;

const resume = (over: Partial<Parameters<typeof attemptToResume>[0]>) =>
  attemptToResume({
    point: null,
    scenario,
    profile,
    local: [],
    appVersion: '0.2.0',
    newId: () => 'new-attempt',
    now: () => NOW,
    ...over,
  });

const path = (n: number) => Array.from({ length: n }, (_, i) => decision(i + 1)).map((d) => d.choiceIndex);

describe('the attempt an LMS launch resumes', () => {
  it('starts afresh when the LMS has no resume point, or one for another scenario', () => {
    expect(resume({ local: [attempt([decision(1)])] })).toBeNull();
    expect(resume({ point: { scenarioId: 'patrol', seed: 123_456, choices: [0] } })).toBeNull();
  });

  it('builds an attempt from the bare path when this device does not have it (another device)', () => {
    const a = resume({ point: { scenarioId: 'survivor-contact', seed: 77, choices: [1, 0, 2] } });
    expect(a).toMatchObject({
      id: 'new-attempt',
      profileId: 'lms-2187',
      scenarioId: 'survivor-contact',
      scenarioVersion: '1.0.0',
      appVersion: '0.2.0',
      seed: 77,
      startedAt: NOW,
      status: 'in-progress',
      inkState: null,
    });
    // Just the choice index and the time: the session machine rebuilds the rest by replaying the story.
    expect(a?.decisions).toEqual([
      { seq: 1, where: '', choiceIndex: 1, choiceText: '', at: NOW, evidence: [], critical: [] },
      { seq: 2, where: '', choiceIndex: 0, choiceText: '', at: NOW, evidence: [], critical: [] },
      { seq: 3, where: '', choiceIndex: 2, choiceText: '', at: NOW, evidence: [], critical: [] },
    ]);
  });

  it("resumes the device's own copy when it is as far as the LMS or further (newer)", () => {
    const local = attempt([decision(1), decision(2), decision(3)]);
    expect(
      resume({ point: { scenarioId: 'survivor-contact', seed: 123_456, choices: path(3) }, local: [local] }),
    ).toBe(local);
    expect(
      resume({ point: { scenarioId: 'survivor-contact', seed: 123_456, choices: path(2) }, local: [local] }),
    ).toBe(local);
  });

  it("follows the LMS when it got further (played on elsewhere), keeping the device's id and known times", () => {
    const local = attempt([decision(1), decision(2)]);
    const a = resume({
      point: { scenarioId: 'survivor-contact', seed: 123_456, choices: path(4) },
      local: [local],
    });
    expect(a?.id).toBe(local.id);
    expect(a?.startedAt).toBe(local.startedAt);
    expect(a?.decisions.map((d) => d.choiceIndex)).toEqual(path(4));
    expect(a?.decisions.map((d) => d.at)).toEqual([decision(1).at, decision(2).at, NOW, NOW]);
  });

  it('follows the LMS when the paths differ, and ignores attempts that are not this one', () => {
    const diverged = attempt([decision(1), decision(2, { choiceIndex: 5 }), decision(3)]);
    const a = resume({
      point: { scenarioId: 'survivor-contact', seed: 123_456, choices: path(2) },
      local: [diverged],
    });
    expect(a?.decisions.map((d) => d.choiceIndex)).toEqual(path(2));
    expect(a?.decisions.map((d) => d.at)).toEqual([decision(1).at, NOW]);
    const others = [
      attempt(
        Array.from({ length: 5 }, (_, i) => decision(i + 1)),
        { seed: 1 },
      ), // another attempt
      attempt([decision(1), decision(2)], { status: 'completed' }),
      attempt([decision(1), decision(2)], { status: 'abandoned' }),
      attempt([decision(1), decision(2)], { profileId: 'someone-else' }),
      attempt([decision(1), decision(2)], { scenarioId: 'patrol' }),
    ];
    expect(
      resume({ point: { scenarioId: 'survivor-contact', seed: 123_456, choices: path(1) }, local: others })
        ?.id,
    ).toBe('new-attempt');
  });

  it('keeps decision times only along the common start of both paths', () => {
    const known = [decision(1), decision(2)];
    expect(
      decisionsFromPath([known[0]!.choiceIndex, 9, known[1]!.choiceIndex], known, NOW).map((d) => d.at),
    ).toEqual([known[0]!.at, NOW, NOW]);
  });
});
