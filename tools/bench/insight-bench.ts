/**
 * Benchmark (not a test) of the trainer's insight at a training centre's scale: 10,000 attempts at the real
 * course scenarios, played on their real stories (random paths through each story, for each component), turned
 * into xAPI statements by the export, posted to a real LRS on 127.0.0.1 (tests/helpers/real-lrs.ts), then read
 * back through the reader (pages of 500 kept in IndexedDB; under Node that is fake-indexeddb, in memory), rebuilt
 * in slices, merged and analysed. Prints the time of each step. With `--local` (or when the real LRS takes too
 * long to fill: more than LRS_BUDGET_MS projected), the statements are served instead by a small HTTP server on
 * 127.0.0.1 that pages them as the LRS does (since, limit, ascending, relative more links); the output says which.
 * Then the built app in headless Chromium reads the same LRS as a trainer would (insight-browser.ts): fetch and
 * keep, views drawn, views drawn again from what is stored, a filter, with the page's long tasks.
 *
 * Run: `npx tsx tools/bench/insight-bench.ts` (options: `--local`, `--attempts N`).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
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
import { DEFAULT_XAPI_OPTIONS, xapiStatements } from '../../src/engine/records/export/xapi.ts';
import type { XapiStatement } from '../../src/engine/records/export/xapi-types.ts';
import { authorization } from '../../src/lrs/client.ts';
import { courseActivity, createLrsReader, openIdbReadStore } from '../../src/lrs/read/index.ts';
import { startRealLrs } from '../../tests/helpers/real-lrs.ts';
import { buildContent } from '../content/build-content.ts';
import { fileExploreCache } from '../content/explore-cache.ts';
import { browserInsight } from './insight-browser.ts';
import { generateCohort, serveLocally } from './insight-data.ts';
import type { Served } from './insight-data.ts';

const { values: args } = parseArgs({
  options: { attempts: { type: 'string' }, local: { type: 'boolean', default: false } },
});
const ATTEMPTS = Number(args.attempts) || 10_000;
const LOCAL = args.local;
const POST_BATCH = 500;
/** Filling the real LRS may take this long; beyond it (projected from the first batches) the local server serves. */
const LRS_BUDGET_MS = 10 * 60_000;

const ms = (t: number) => `${Math.round(t).toLocaleString('en')} ms`;

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const value = await work();
  console.log(`${label.padEnd(52)} ${ms(performance.now() - start)}`);
  return value;
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
    generateCohort(scenarios, ATTEMPTS),
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
    // The same LRS read by the real app in Chromium: fetch, rebuild and render as a trainer meets them.
    if (existsSync(join(root, 'dist', 'index.html'))) await browserInsight(served, rebuilt.attempts.length);
    else console.log('browser figures skipped: no build in dist (npm run bench builds first)');
  } finally {
    await served.stop();
  }
}

await main();
