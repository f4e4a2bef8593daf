/**
 * Benchmark (not a test) of the trainer's insight at a training centre's scale: 10,000 attempts at the real
 * course scenarios, played on their real stories (random paths through each story, for each component), turned
 * into xAPI statements by the export, posted to a real LRS on 127.0.0.1 (tests/helpers/real-lrs.ts), then read
 * back through the reader (pages of 500 kept in IndexedDB; under Node that is fake-indexeddb, in memory), rebuilt
 * in slices, merged and analysed. Prints the time of each step. With `--local` (or when the real LRS takes too
 * long to fill: more than LRS_BUDGET_MS projected), the statements are served instead by a small HTTP server on
 * 127.0.0.1 that pages them as the LRS does (since, limit, ascending, relative more links); the output says which.
 *
 * Run: `npx tsx tools/bench/insight-bench.ts` (options: `--local`, `--attempts N`).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Scenario } from '../../src/engine/content/types.ts';
import { createRunner } from '../../src/engine/ink/runner.ts';
import {
  computeInsight,
  criteriaCsv,
  decisionPointsCsv,
  discriminationCsv,
  insightCatalogues,
  mergeInsightAttempts,
  rebuildInSlices,
  teachTomorrowCsv,
} from '../../src/engine/insight/index.ts';
import type { Attempt } from '../../src/engine/records/attempt.ts';
import { DEFAULT_XAPI_OPTIONS, xapiStatements } from '../../src/engine/records/export/xapi.ts';
import type { XapiStatement } from '../../src/engine/records/export/xapi-types.ts';
import { COMPONENTS, SEXES } from '../../src/engine/records/profile.ts';
import type { Component, Profile } from '../../src/engine/records/profile.ts';
import { decisionOf } from '../../src/engine/scoring/decision.ts';
import type { Decision } from '../../src/engine/scoring/decision.ts';
import { score } from '../../src/engine/scoring/score.ts';
import { storyGlobals } from '../../src/engine/session/story-globals.ts';
import { authorization } from '../../src/lrs/client.ts';
import { courseActivity, createLrsReader, openIdbReadStore } from '../../src/lrs/read/index.ts';
import { startRealLrs } from '../../tests/helpers/real-lrs.ts';
import { buildContent } from '../content/build-content.ts';
import { fileExploreCache } from '../content/explore-cache.ts';

const args = process.argv.slice(2);
const ATTEMPTS = Number(args[args.indexOf('--attempts') + 1]) || 10_000;
const LOCAL = args.includes('--local');
const TRAINEES = 2_000;
const WALKS = 60;
const POST_BATCH = 500;
/** Filling the real LRS may take this long; beyond it (projected from the first batches) the local server serves. */
const LRS_BUDGET_MS = 10 * 60_000;

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(20261205);
const pick = <T>(xs: readonly T[]): T => {
  const x = xs[Math.floor(rnd() * xs.length)];
  if (x === undefined) throw new Error('pick from nothing');
  return x;
};
const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const ms = (t: number) => `${Math.round(t).toLocaleString('en')} ms`;

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const value = await work();
  console.log(`${label.padEnd(52)} ${ms(performance.now() - start)}`);
  return value;
}

/** Random complete paths through a story for one component: decisions as the session records them. */
function walks(scenario: Scenario, component: Component): Decision[][] {
  const runner = createRunner(scenario.story, storyGlobals({ component }), 0);
  const start = runner.continue();
  const initial = runner.saveState();
  const out: Decision[][] = [];
  for (let w = 0; w < WALKS; w++) {
    runner.loadState(initial);
    let step = start;
    const decisions: Decision[] = [];
    while (step.choices.length > 0 && decisions.length < 60) {
      const choice = pick(step.choices);
      decisions.push(decisionOf(choice, decisions.length + 1, 0));
      step = runner.choose(choice.index);
    }
    out.push(decisions);
  }
  return out;
}

function generate(scenarios: Scenario[]): { profiles: Profile[]; attempts: Attempt[] } {
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
    cohort: `Cohort ${1 + (i % 20)}`,
  }));
  const t0 = Date.UTC(2026, 0, 5);
  const attempts = Array.from({ length: ATTEMPTS }, (_, i): Attempt => {
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

interface Served {
  endpoint: string;
  key: string;
  secret: string;
  what: string;
  stop(): Promise<void>;
}

/** Posts to the real LRS; null when it would take longer than the budget (projected after a few batches). */
async function fillRealLrs(statements: XapiStatement[]): Promise<Served | null> {
  const lrs = await startRealLrs();
  const headers = {
    'X-Experience-API-Version': '1.0.3',
    Authorization: authorization(lrs),
    'Content-Type': 'application/json',
  };
  const start = performance.now();
  for (let i = 0; i < statements.length; i += POST_BATCH) {
    const response = await fetch(`${lrs.endpoint}/statements`, {
      method: 'POST',
      headers,
      body: JSON.stringify(statements.slice(i, i + POST_BATCH)),
    });
    if (!response.ok) throw new Error(`the LRS refused a batch: ${response.status} ${await response.text()}`);
    const done = i + POST_BATCH;
    const projected = ((performance.now() - start) / done) * statements.length;
    if (done >= 5 * POST_BATCH && done < statements.length && projected > LRS_BUDGET_MS) {
      console.log(
        `posting to the real LRS: ${done} statements in ${ms(performance.now() - start)}, ` +
          `projected ${ms(projected)} for all: too slow, serving them locally instead`,
      );
      await lrs.stop();
      return null;
    }
  }
  console.log(
    `${'posting them to the real LRS (batches of 500)'.padEnd(52)} ${ms(performance.now() - start)}`,
  );
  return { ...lrs, what: `the real LRS (xapi-statements 5.0.1) at ${lrs.endpoint}` };
}

/** Pages statements as an LRS does: ascending by stored, `since` exclusive, `limit`, relative `more` links. */
async function serveLocally(statements: XapiStatement[]): Promise<Served> {
  const stored = statements.map((s, i) => ({
    ...s,
    stored: new Date(Date.UTC(2026, 5, 1) + Math.floor(i / 50)).toISOString(),
  }));
  const server = createServer((request, response) => {
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
    response.end(JSON.stringify({ statements: page, more: rest ? `/xAPI/statements?${more}` : '' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI`,
    key: 'bench',
    secret: 'bench',
    what: `a local HTTP server paging them as an LRS does (http://127.0.0.1:${port}/xAPI)`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function main() {
  const root = join(import.meta.dirname, '..', '..');
  const content = await timed('building the content (real scenarios)', () =>
    buildContent({
      scenariosDir: join(root, 'scenarios'),
      root,
      checkCitations: false,
      exploreCache: fileExploreCache(join(root, 'node_modules', '.cache', 'waypoint-explore')),
    }),
  );
  if (!content.catalogue) throw new Error('no criteria catalogue');
  const catalogue = content.catalogue;
  const scenarios = content.scenarios.filter((s) => s.kind === 'course');
  const { profiles, attempts } = await timed(`generating ${ATTEMPTS.toLocaleString('en')} attempts`, () =>
    generate(scenarios),
  );
  const statements = await timed('their xAPI statements (the export)', () =>
    xapiStatements({ profiles, attempts, scenarios, catalogue }, DEFAULT_XAPI_OPTIONS),
  );
  console.log(`statements: ${statements.length.toLocaleString('en')}`);

  const served = (LOCAL ? null : await fillRealLrs(statements)) ?? (await serveLocally(statements));
  console.log(`served by ${served.what}`);
  try {
    const store = await openIdbReadStore(new IDBFactory());
    const reader = createLrsReader(served, courseActivity(), {
      store,
      fetch: (url, init) => fetch(url, init),
      now: () => Date.now(),
      pageSize: 500,
      timeoutMs: 120_000,
    });
    let pages = 0;
    const outcome = await timed('fetch and keep (reader, pages of 500, fake-indexeddb)', () =>
      reader.fetchNew({ onProgress: (p) => void (pages = p.pages) }),
    );
    if (outcome.kind !== 'done') throw new Error(`the fetch ended ${JSON.stringify(outcome)}`);
    console.log(`fetched: ${outcome.progress.fetched.toLocaleString('en')} statements in ${pages} pages`);
    const kept = await timed('load the kept statements', () => reader.load());
    console.log(
      `kept: ${kept.statements.length.toLocaleString('en')} of ${statements.length.toLocaleString('en')} posted`,
    );
    if (kept.statements.length !== statements.length)
      throw new Error('the reader did not get every statement');
    const rebuilt = await timed('rebuild attempts (slices of 5,000)', () =>
      rebuildInSlices(kept.statements, { activityBase: DEFAULT_XAPI_OPTIONS.activityBase, scenarios }),
    );
    console.log(
      `rebuilt: ${rebuilt.attempts.length.toLocaleString('en')} attempts, skipped ${JSON.stringify(rebuilt.report.skipped)}`,
    );
    const merged = await timed('merge with the device (a tenth of them) and the LRS', () =>
      mergeInsightAttempts({
        device: { profiles, attempts: attempts.slice(0, ATTEMPTS / 10) },
        lrs: rebuilt.attempts,
      }),
    );
    console.log(`merged: ${merged.report.attempts.toLocaleString('en')} attempts`);
    const insightContent = { scenarios, catalogue };
    const catalogues = await timed('decision points of each scenario (replays)', () =>
      insightCatalogues(merged.attempts, insightContent),
    );
    console.log(
      `replays: ${[...catalogues.values()].map((c) => `${c.scenarioId} ${c.replayed} (${c.points.length} points)`).join(', ')}`,
    );
    const insight = await timed('every insight view, no filter', () =>
      computeInsight(merged.attempts, {}, catalogues, insightContent),
    );
    await timed('every insight view, one cohort and sex', () =>
      computeInsight(merged.attempts, { cohort: 'Cohort 3', sex: 'female' }, catalogues, insightContent),
    );
    await timed('CSV of every view', () => [
      ...insight.points.map(decisionPointsCsv),
      criteriaCsv(insight.criteria),
      ...insight.discrimination.map(discriminationCsv),
      teachTomorrowCsv(insight.teach),
    ]);
    reader.close();
  } finally {
    await served.stop();
  }
}

await main();
