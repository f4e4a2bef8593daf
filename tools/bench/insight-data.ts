/**
 * A training centre's records for the insight benchmarks: attempts at the real course scenarios on random paths
 * through their real stories (for each component), their xAPI statements (the export's), and a small HTTP server
 * on 127.0.0.1 that pages statements as an LRS does (since, limit, ascending, relative `more` links, CORS for a
 * browser). Seeded, so every run measures the same records.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Scenario } from '../../src/engine/content/types.ts';
import { createRunner } from '../../src/engine/ink/runner.ts';
import { seededRandom } from '../../src/engine/random.ts';
import type { Attempt } from '../../src/engine/records/attempt.ts';
import type { XapiStatement } from '../../src/engine/records/export/xapi-types.ts';
import { COMPONENTS, SEXES } from '../../src/engine/records/profile.ts';
import type { Component, Profile } from '../../src/engine/records/profile.ts';
import { decisionOf } from '../../src/engine/scoring/decision.ts';
import type { Decision } from '../../src/engine/scoring/decision.ts';
import { score } from '../../src/engine/scoring/score.ts';
import { storyGlobals } from '../../src/engine/session/story-globals.ts';

export const TRAINEES = 2_000;
export const COHORTS = 20;
const WALKS = 60;

/** An LRS for a reader: where it is, its key, and what it is (for the output). */
export interface Served {
  endpoint: string;
  key: string;
  secret: string;
  what: string;
  stop(): Promise<void>;
}

export function generateCohort(
  scenarios: readonly Scenario[],
  count: number,
): { profiles: Profile[]; attempts: Attempt[] } {
  const rnd = seededRandom(20261205);
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[Math.floor(rnd() * xs.length)];
    if (x === undefined) throw new Error('pick from nothing');
    return x;
  };
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

  /** Random complete paths through a story for one component: decisions as the session records them. */
  const walks = (scenario: Scenario, component: Component): Decision[][] => {
    const runner = createRunner(scenario.story, storyGlobals({ component }), 0);
    const start = runner.continue();
    const initial = runner.saveState();
    return Array.from({ length: WALKS }, () => {
      runner.loadState(initial);
      let step = start;
      const decisions: Decision[] = [];
      while (step.choices.length > 0 && decisions.length < 60) {
        const choice = pick(step.choices);
        decisions.push(decisionOf(choice, decisions.length + 1, 0));
        step = runner.choose(choice.index);
      }
      return decisions;
    });
  };

  const paths = new Map(
    scenarios.flatMap((s) => COMPONENTS.map((c) => [`${s.id}/${c}`, walks(s, c)] as const)),
  );
  const profiles = Array.from({ length: TRAINEES }, (_, i): Profile => ({
    id: uuid(),
    name: `Trainee ${i + 1}`,
    serviceNumber: '',
    component: pick(COMPONENTS),
    sex: pick(SEXES),
    country: 'Ghana',
    mission: 'UNMISS',
    stage: 'pre-deployment',
    language: 'en',
    cohort: `Cohort ${1 + (i % COHORTS)}`,
  }));
  const t0 = Date.UTC(2026, 0, 5);
  const attempts = Array.from({ length: count }, (_, i): Attempt => {
    const profile = pick(profiles);
    const scenario = pick(scenarios);
    const path = pick(paths.get(`${scenario.id}/${profile.component}`) ?? []);
    const startedAt = t0 + i * 600_000;
    // One in twenty left before the end: the LRS then has only its `attempted`.
    const unfinished = rnd() < 0.05;
    const decisions = path.map((d, k) => ({ ...d, at: startedAt + (k + 1) * 20_000 }));
    return {
      id: uuid(),
      profileId: profile.id,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      appVersion: '0.1.0',
      stage: 'pre-deployment',
      mode: rnd() < 0.1 ? 'refresher' : 'course',
      seed: 0,
      startedAt,
      endedAt: unfinished ? null : startedAt + (decisions.length + 1) * 20_000,
      status: unfinished ? 'in-progress' : 'completed',
      decisions: unfinished ? decisions.slice(0, 2) : decisions,
      inkState: null,
      ending: null,
      result: unfinished ? null : score(decisions, scenario.rubric, scenario.best),
    };
  });
  return { profiles, attempts };
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, X-Experience-API-Version, Content-Type',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Expose-Headers': 'X-Experience-API-Consistent-Through, X-Experience-API-Version',
};

/** Pages statements as an LRS does: ascending by stored, `since` exclusive, `limit`, relative `more` links. */
export async function serveLocally(statements: readonly XapiStatement[]): Promise<Served> {
  const stored = statements.map((s, i) => ({
    ...s,
    stored: new Date(Date.UTC(2026, 5, 1) + Math.floor(i / 50)).toISOString(),
  }));
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(CORS)) response.setHeader(name, value);
    if (request.method === 'OPTIONS') {
      response.statusCode = 204;
      response.end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const since = url.searchParams.get('since');
    const limit = Math.min(500, Number(url.searchParams.get('limit') ?? 500));
    const from = since === null ? 0 : stored.findIndex((s) => s.stored > since);
    const first = (from < 0 ? stored.length : from) + offset;
    const page = stored.slice(first, first + limit);
    const rest = first + limit < stored.length;
    const more = new URLSearchParams(url.searchParams);
    more.set('offset', String(offset + limit));
    response.setHeader('Content-Type', 'application/json');
    response.setHeader('X-Experience-API-Version', '1.0.3');
    response.end(JSON.stringify({ statements: page, more: rest ? `/xAPI/statements?${more}` : '' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI`,
    key: 'bench',
    secret: 'bench',
    what: `a local HTTP server paging them as an LRS does (http://127.0.0.1:${port}/xAPI)`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
