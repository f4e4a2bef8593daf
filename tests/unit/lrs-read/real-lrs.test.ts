/**
 * Against a real LRS (Learning Locker's statement service, started on 127.0.0.1 by the test): statements made by
 * the project's own export for two trainees are posted as the sync posts them, read back through the reader
 * (small pages, so `more` is followed), rebuilt, merged with one trainee's device records, and the insight's
 * shares checked. Then one more attempt arrives and the next fetch asks only for what is new. If the LRS cannot
 * start, the test fails and says why; it is never skipped.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeInsight, insightCatalogues } from '../../../src/engine/insight/insight.ts';
import { mergeInsightAttempts } from '../../../src/engine/insight/merge.ts';
import { rebuildAttempts } from '../../../src/engine/insight/rebuild.ts';
import type { XapiStatement } from '../../../src/engine/records/export/xapi-types.ts';
import { postStatements } from '../../../src/lrs/client.ts';
import { openIdbReadStore } from '../../../src/lrs/read/idb-read-store.ts';
import { courseActivity } from '../../../src/lrs/read/index.ts';
import { createLrsReader } from '../../../src/lrs/read/reader.ts';
import { startRealLrs } from '../../helpers/real-lrs.ts';
import type { RealLrs } from '../../helpers/real-lrs.ts';
import {
  ACTIVITY_BASE,
  attempt,
  attemptId,
  catalogue,
  scenario,
  statementsOf,
  trainee,
} from '../insight/cohort.ts';

let lrs: RealLrs;

beforeAll(async () => {
  lrs = await startRealLrs();
}, 60_000);

afterAll(async () => {
  await lrs?.stop();
});

const amina = trainee(1, { sex: 'female', component: 'police', cohort: 'North' });
const blaise = trainee(2, { sex: 'male', component: 'military', cohort: 'North' });
const aminaPasses = attempt(amina, [0, 1], 1, 0);
const blaiseFails = attempt(blaise, [1, 0], 2, 0);
const blaiseStarts = attempt(blaise, [0], 3, 1);
const blaiseAgain = attempt(blaise, [0, 2], 4, 2);

async function post(statements: XapiStatement[]): Promise<void> {
  const deps = {
    fetch: (url: string, init: RequestInit) => fetch(url, init),
    timers: {
      set: (run: () => void, ms: number) => setTimeout(run, ms),
      clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
    now: () => Date.now(),
    timeoutMs: 10_000,
  };
  for (let i = 0; i < statements.length; i += 50) {
    const outcome = await postStatements(deps, lrs, statements.slice(i, i + 50));
    expect(outcome, JSON.stringify(outcome)).toEqual({ kind: 'stored' });
  }
}

describe('reading a real LRS back', () => {
  it('rebuilds both trainees’ attempts, merges them with the device and gives the right shares', async () => {
    const posted = await statementsOf([amina, blaise], [aminaPasses, blaiseFails, blaiseStarts]);
    await post(posted);
    const store = await openIdbReadStore(new IDBFactory());
    const asked: URL[] = [];
    const reader = createLrsReader(lrs, courseActivity(), {
      store,
      fetch: (url, init) => {
        asked.push(new URL(url));
        return fetch(url, init);
      },
      now: () => Date.now(),
      pageSize: 3,
    });
    const pages: number[] = [];
    const outcome = await reader.fetchNew({ onProgress: (p) => pages.push(p.pages) });
    expect(outcome.kind, JSON.stringify(outcome)).toBe('done');
    expect(outcome.progress.fetched).toBe(posted.length);
    expect(pages.length).toBeGreaterThan(2);
    const kept = await reader.load();
    expect(kept.complete).toBe(true);

    const rebuilt = rebuildAttempts(kept.statements, { activityBase: ACTIVITY_BASE, scenarios: [scenario] });
    expect(rebuilt.report.used).toBe(posted.length);
    expect(rebuilt.report.skipped).toEqual({
      malformed: 0,
      foreign: 0,
      duplicate: 0,
      voided: 0,
      conflict: 0,
    });
    expect(rebuilt.attempts.map((a) => [a.id, a.status, a.passed])).toEqual([
      [attemptId(1), 'completed', true],
      [attemptId(2), 'completed', false],
      [attemptId(3), 'unfinished', null],
    ]);
    expect(rebuilt.attempts[1]?.decisions).toEqual(blaiseFails.decisions);

    // Amina's device has her attempt too: counted once, found in both places.
    const { attempts } = mergeInsightAttempts({
      device: { profiles: [amina], attempts: [aminaPasses] },
      lrs: rebuilt.attempts,
    });
    expect(attempts.map((a) => a.sources)).toEqual([['device', 'lrs'], ['lrs'], ['lrs']]);
    const content = { scenarios: [scenario], catalogue };
    const insight = computeInsight(
      attempts,
      { cohort: 'North' },
      insightCatalogues(attempts, content),
      content,
    );
    const points = insight.points[0]?.points ?? [];
    const shares = (n: number) =>
      points.find((p) => p.number === n)?.choices.map((c) => [c.text, c.taken, c.share]);
    expect(shares(1)).toEqual([
      ['Ask her what happened', 1, 0.5],
      ['Hear her story', 1, 0.5],
    ]);
    expect(shares(2)).toEqual([
      ['Give him her name', 1, 0.5],
      ['Ask Amina before you answer', 1, 0.5],
      ['Tell him it is a private matter', 0, 0],
    ]);
    // Both at a mean of 1.5: by id.
    expect(insight.criteria.map((c) => [c.criterion, c.attempts.levels])).toEqual([
      ['test.consent', [1, 0, 0, 1]],
      ['test.listening', [1, 0, 0, 1]],
    ]);
    // Half took a mistake at each point: ties go in the story's order.
    expect(insight.teach.map((t) => [t.point.number, t.criterion.id])).toEqual([
      [1, 'test.listening'],
      [2, 'test.consent'],
    ]);

    // Blaise plays again: the next fetch asks only for what the LRS stored since the latest instant kept (that
    // instant included: `since` is exclusive and a batch is stored in one instant); the latest instant's
    // statements come again, and are neither kept nor counted twice.
    const storedAt = kept.statements.map((s) =>
      typeof s === 'object' && s && 'stored' in s ? String(s.stored) : '',
    );
    const latest = storedAt.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
    const inLatest = storedAt.filter((t) => Date.parse(t) === Date.parse(latest)).length;
    const added = await statementsOf([blaise], [blaiseAgain]);
    await post(added);
    asked.length = 0;
    const next = await reader.fetchNew();
    expect(next.kind).toBe('done');
    expect(asked[0]?.searchParams.get('since')).toBe(new Date(Date.parse(latest) - 1).toISOString());
    expect(inLatest).toBeGreaterThan(0);
    expect(next.progress.fetched).toBe(added.length);
    expect(next.progress.kept).toBe(kept.statements.length + added.length);
    const again = rebuildAttempts((await reader.load()).statements, {
      activityBase: ACTIVITY_BASE,
      scenarios: [scenario],
    });
    expect(again.attempts.map((a) => a.id)).toEqual([1, 2, 3, 4].map(attemptId));
    expect(again.report.skipped.duplicate).toBe(0);
    reader.close();
  });
});
