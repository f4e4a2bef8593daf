/** Attempts and decisions for the LMS tests. */
import type { Scenario } from '../../../src/engine/content/types.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import type { Decision } from '../../../src/engine/scoring/decision.ts';
import type { ScoreResult } from '../../../src/engine/scoring/score.ts';

export const T0 = Date.UTC(2025, 4, 12, 9, 30, 0);

export const scenario = {
  id: 'survivor-contact',
  version: '1.0.0',
  title: 'First contact with a survivor',
  rubric: {
    passMark: 80,
    criteria: [
      { id: 'crsv.safety-privacy', weight: 2 },
      { id: 'crsv.consent', weight: 1 },
    ],
  },
} as unknown as Scenario;

export function decision(seq: number, over: Partial<Decision> = {}): Decision {
  return {
    seq,
    where: `knot${seq}.0.${10 + seq}`,
    choiceIndex: seq % 2,
    choiceText: `Choice ${seq}`,
    at: T0 + seq * 30_000,
    evidence: [{ criterion: 'crsv.safety-privacy', level: 2 }],
    critical: [],
    ...over,
  };
}

export function result(percent: number, passed: boolean, critical = false): ScoreResult {
  return {
    criteria: [
      {
        id: 'crsv.safety-privacy',
        weight: 2,
        level: 2,
        points: 4,
        maxPoints: 6,
        best: 3,
        deciding: [1],
        criticalAt: critical ? [2] : [],
      },
      {
        id: 'crsv.consent',
        weight: 1,
        level: null,
        points: 0,
        maxPoints: 3,
        best: 3,
        deciding: [],
        criticalAt: [],
      },
    ],
    points: 4,
    maxPoints: 9,
    percent,
    passMark: 80,
    passed,
    criticalErrors: critical ? [{ criterion: 'crsv.safety-privacy', seq: 2 }] : [],
  };
}

export function attempt(decisions: Decision[], over: Partial<Attempt> = {}): Attempt {
  return {
    id: '5a1c4e0e-2b7d-4f57-9d55-3f3b1f3c2a10',
    profileId: 'lms-2187',
    scenarioId: 'survivor-contact',
    scenarioVersion: '1.0.0',
    appVersion: '0.1.0',
    stage: 'pre-deployment',
    seed: 123_456,
    startedAt: T0,
    endedAt: null,
    status: 'in-progress',
    decisions,
    inkState: null,
    ending: null,
    result: null,
    ...over,
  };
}

/** The learner a cmi5 LMS launches the AU for. */
export const cmi5Actor = {
  objectType: 'Agent' as const,
  name: 'Aïcha Traoré',
  account: { homePage: 'https://lms.example', name: 'l-1' },
};

/** A cmi5 launch as the LMS's launch URL gives it, once checked. */
export const cmi5LaunchOf = (endpoint = 'https://lms.example/xapi') => ({
  endpoint,
  fetch: 'https://lms.example/fetch/abc',
  actor: cmi5Actor,
  registration: '2c4e7e1a-5a0b-4c39-8f43-5d3e0d7b9a11',
  activityId: 'https://lms.example/au/17',
});
