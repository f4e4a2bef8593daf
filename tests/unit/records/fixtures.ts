/** Small, readable records for the export and bundle tests. */
import type { Catalogue, Criterion } from '../../../src/engine/content/types.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import type { ScenarioMeta } from '../../../src/engine/records/export/input.ts';
import type { Profile } from '../../../src/engine/records/profile.ts';
import type { Decision } from '../../../src/engine/scoring/decision.ts';
import { score } from '../../../src/engine/scoring/score.ts';
import type { Level } from '../../../src/engine/tags/vocabulary.ts';

function criterion(id: string, critical = false): Criterion {
  const level = { descriptor: 'd', feedback: 'f' };
  return {
    id,
    area: 'survivor-centred',
    title: id,
    statement: 's',
    why: 'w',
    critical,
    levels: [level, level, level, level],
    citations: [],
    translations: {},
  };
}

/** Catalogue order differs from rubric order on purpose, and one criterion is used by no scenario. */
export const catalogue: Catalogue = {
  areas: [{ id: 'survivor-centred', title: 'Survivor-centred', translations: {} }],
  criteria: [
    criterion('crsv.safety-privacy'),
    criterion('crsv.listening'),
    criterion('crsv.consent', true),
    criterion('unused.criterion'),
    criterion('patrol.route'),
  ],
};

export const survivorContact: ScenarioMeta = {
  id: 'survivor-contact',
  title: 'First contact with a survivor',
  version: '1.0.0',
  rubric: {
    passMark: 80,
    criteria: [
      { id: 'crsv.consent', weight: 3 },
      { id: 'crsv.listening', weight: 2 },
      { id: 'crsv.safety-privacy', weight: 2 },
    ],
  },
};

export const patrol: ScenarioMeta = {
  id: 'patrol-planning',
  title: 'Planning a patrol',
  version: '0.3.0',
  rubric: { passMark: 70, criteria: [{ id: 'patrol.route', weight: 1 }] },
};

const best = { 'crsv.consent': 3, 'crsv.listening': 3, 'crsv.safety-privacy': 3, 'patrol.route': 3 } as const;

export const amelie: Profile = {
  id: 'profile-amelie',
  name: 'Amélie Ndiaye-Kouassi',
  serviceNumber: 'SN-0042',
  component: 'police',
  sex: 'female',
  country: "Côte d'Ivoire",
  mission: 'MINUSCA',
  stage: 'pre-deployment',
  language: 'fr',
  cohort: 'PDT-2025-03',
};

export const tomas: Profile = {
  id: 'profile-tomas',
  name: 'Tomás Ríos',
  serviceNumber: '',
  component: 'military',
  sex: 'male',
  country: 'Uruguay',
  mission: 'MONUSCO',
  stage: 'in-mission',
  language: 'es',
};

export const T0 = Date.UTC(2025, 2, 14, 8, 30, 0);

export function decision(seq: number, evidence: [string, Level][], extra: Partial<Decision> = {}): Decision {
  return {
    seq,
    where: `meeting.ask.${seq}`,
    choiceIndex: seq % 3,
    choiceText: `Choice ${seq}`,
    at: T0 + seq * 60_000,
    evidence: evidence.map(([c, level]) => ({ criterion: c, level })),
    critical: [],
    ...extra,
  };
}

/** A completed attempt scored as the app scores it. */
export function completed(
  id: string,
  profile: Profile,
  decisions: Decision[],
  scenario = survivorContact,
): Attempt {
  const last = decisions.at(-1)?.at ?? T0;
  return {
    id,
    profileId: profile.id,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    appVersion: '0.1.0',
    stage: profile.stage,
    seed: 7,
    startedAt: T0,
    endedAt: last + 90_500,
    status: 'completed',
    decisions,
    inkState: null,
    ending: 'care-in-time',
    result: score(decisions, scenario.rubric, best),
  };
}

/** The same attempt as it was stored part-way: the first `n` decisions, no end, no result. */
export function inProgress(attempt: Attempt, n: number): Attempt {
  return {
    ...attempt,
    status: 'in-progress',
    endedAt: null,
    decisions: attempt.decisions.slice(0, n),
    inkState: `{"ink":"state after ${n}"}`,
    ending: null,
    result: null,
  };
}

export const ID_PASS = '3f2b8c1e-6a4d-4e8b-9c21-5d7e0a9b1c11';
export const ID_FAIL = '8a1d2e3f-4b5c-4d6e-8f70-112233445566';
export const ID_OPEN = 'c0ffee00-1234-4abc-8def-0123456789ab';

/** Passes: every criterion at 3 or 2. */
export const passing = completed(ID_PASS, amelie, [
  decision(1, [['crsv.safety-privacy', 3]]),
  decision(2, [['crsv.listening', 3]], { choiceText: 'Ask her, quietly: "Where would you like to talk?"' }),
  decision(3, [
    ['crsv.consent', 3],
    ['crsv.listening', 3],
  ]),
]);

/** Fails on a critical error; never observes listening. */
export const failing = completed(ID_FAIL, tomas, [
  decision(1, [['crsv.safety-privacy', 1]]),
  decision(2, [['crsv.consent', 0]], { critical: ['crsv.consent'], choiceText: 'Report it,\nwith her name' }),
]);

export const open = inProgress(
  completed(ID_OPEN, tomas, [decision(1, [['patrol.route', 2]]), decision(2, [['patrol.route', 3]])], patrol),
  1,
);
