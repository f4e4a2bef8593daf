/**
 * LRS sync on fake timers against a fake LRS: the must-show (an LRS that fails every other request, then goes
 * away, then comes back, and every statement arrives exactly once), back-off, offline, 409, 401, idempotent
 * queueing.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Outbox } from '../../../src/engine/ports/lrs-outbox.ts';
import type { LrsStatus } from '../../../src/engine/ports/lrs-sync.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import { xapiStatements, DEFAULT_XAPI_OPTIONS } from '../../../src/engine/records/export/index.ts';
import { backoffCeiling, backoffDelay, DEFAULT_BACKOFF } from '../../../src/lrs/backoff.ts';
import { LRS_SETTING } from '../../../src/lrs/settings.ts';
import { openIdbOutbox } from '../../../src/storage/idb-outbox.ts';
import { memoryOutbox } from '../../../src/storage/memory-outbox.ts';
import {
  attempt,
  catalogue,
  CHAIN,
  ENDPOINT,
  fakeLrs,
  profile,
  scenario,
  SETTINGS,
  syncWith,
} from './helpers.ts';

beforeEach(() => {
  // Only timers and the clock: fake-indexeddb schedules its work with setImmediate, which stays real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.UTC(2025, 0, 2) });
});
afterEach(() => vi.useRealTimers());

async function expectedIds(records: Attempt[]): Promise<string[]> {
  const statements = await xapiStatements(
    { profiles: [profile], attempts: records, scenarios: [scenario], catalogue },
    DEFAULT_XAPI_OPTIONS,
  );
  return statements.map((s) => s.id).sort();
}

/**
 * Lets `ms` of fake time pass a second at a time, letting the outbox's own work finish after each (IndexedDB
 * under fake-indexeddb runs on real setImmediate, which fake timers do not move).
 */
async function advance(sync: ReturnType<typeof syncWith>['sync'], ms: number) {
  for (let done = 0; done < ms; done += 1000) {
    await vi.advanceTimersByTimeAsync(Math.min(1000, ms - done));
    await sync.settled();
  }
}

/** Lets time pass until nothing waits (or gives up after `minutes`). */
async function runUntilSent(sync: ReturnType<typeof syncWith>['sync'], minutes = 30) {
  for (let i = 0; i < minutes; i++) {
    await sync.settled();
    const s = sync.status();
    if (s.waiting === 0 && s.phase === 'idle') return;
    await vi.advanceTimersByTimeAsync(60_000);
  }
  await sync.settled();
}

/** No request carried a statement the LRS had already acknowledged in an earlier answer. */
function expectNoResendAfterAck(lrs: ReturnType<typeof fakeLrs>) {
  const acknowledged = new Set<string>();
  for (const request of lrs.statementRequests()) {
    for (const id of request.ids) expect(acknowledged.has(id), `${id} sent again after its ack`).toBe(false);
    const ok = typeof request.status === 'number' && request.status >= 200 && request.status < 300;
    if (ok) request.ids.forEach((id) => acknowledged.add(id));
  }
}

const outboxes: [string, () => Promise<Outbox>][] = [
  ['memory', async () => memoryOutbox()],
  ['IndexedDB', () => openIdbOutbox(new IDBFactory())],
];

describe.each(outboxes)('LRS sync with the %s outbox', (_, open) => {
  it('delivers every statement exactly once when the LRS fails every other request, then goes away, then comes back', async () => {
    const lrs = fakeLrs('flaky');
    const records: Attempt[] = [];
    const { sync } = syncWith(await open(), lrs, records, { batchSize: 4 });

    // 1. Every other request fails with 503 while attempts are completed one after another (and one is started).
    for (let n = 1; n <= 5; n++) {
      records.push(attempt(n));
      await sync.queue();
      await advance(sync, 5_000);
    }
    records.push(attempt(6, 'in-progress'));
    await sync.queue();
    await advance(sync, 2 * 60_000);
    const flaky = lrs.statementRequests().map((r) => r.status);
    expect(flaky.filter((status) => status === 503).length).toBeGreaterThanOrEqual(5);
    expect(flaky.every((status, i) => status === (i % 2 === 0 ? 200 : 503))).toBe(true);

    // 2. The LRS goes away (fetch rejects) for 20 minutes; attempts go on being completed meanwhile.
    lrs.setMode('down');
    for (let n = 7; n <= 9; n++) {
      records.push(attempt(n));
      await sync.queue();
      await advance(sync, 30_000);
    }
    records[5] = attempt(6); // the started attempt is completed
    await sync.queue();
    await advance(sync, 20 * 60_000);
    await sync.settled();
    const away = sync.status();
    expect(away.phase).toBe('waiting');
    expect(away.problem?.kind).toBe('unreachable');
    expect(away.waiting).toBeGreaterThan(0);
    expect(lrs.statementRequests().filter((r) => r.status === 'no answer').length).toBeGreaterThan(3);

    // 3. It comes back: within one capped back-off everything is there, once.
    lrs.setMode('up');
    await advance(sync, DEFAULT_BACKOFF.capMs);
    await runUntilSent(sync);

    const expected = await expectedIds(records);
    expect(expected).toHaveLength(9 * CHAIN);
    expect([...lrs.stored.keys()].sort()).toEqual(expected);
    for (const [id, times] of lrs.stored) expect(times, id).toBe(1);
    expect(sync.status()).toMatchObject({ phase: 'idle', waiting: 0, delivered: 9 * CHAIN });
    expectNoResendAfterAck(lrs);
    sync.dispose();
  });

  it('keeps one entry per statement however often it queues, and never queues again what was delivered', async () => {
    const lrs = fakeLrs('down');
    const records = [attempt(1), attempt(2, 'in-progress')];
    const outbox = await open();
    const { sync } = syncWith(outbox, lrs, records);
    await sync.queue();
    await sync.queue();
    await Promise.all([sync.queue(), sync.queue()]);
    expect(await outbox.count()).toBe(CHAIN + 1);

    lrs.setMode('up');
    await runUntilSent(sync);
    expect(lrs.stored.size).toBe(CHAIN + 1);
    const requests = lrs.statementRequests().length;
    expect(await sync.queue()).toBe(0);
    await runUntilSent(sync);
    expect(lrs.statementRequests()).toHaveLength(requests);

    // The started attempt completes: its chain goes, but not its `attempted` again.
    records[1] = attempt(2);
    expect(await sync.queue()).toBe(CHAIN - 1);
    await runUntilSent(sync);
    expect(lrs.stored.size).toBe(2 * CHAIN);
    for (const times of lrs.stored.values()) expect(times).toBe(1);
    sync.dispose();
  });
});

describe('LRS sync', () => {
  it('backs off exponentially with jitter, capped', async () => {
    expect([1, 2, 3, 4].map((n) => backoffCeiling(n))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(backoffCeiling(9)).toBe(DEFAULT_BACKOFF.capMs);
    expect(backoffCeiling(1_000)).toBe(DEFAULT_BACKOFF.capMs);
    expect(backoffDelay(3, () => 0)).toBe(4_000);
    expect(backoffDelay(3, () => 0.999_999)).toBe(8_000);
    expect(backoffDelay(50, () => 0.999_999)).toBe(DEFAULT_BACKOFF.capMs);

    const lrs = fakeLrs();
    lrs.force(503);
    const { sync } = syncWith(memoryOutbox(), lrs, [attempt(1)], { random: () => 0 });
    const gaps: number[] = [];
    let retryAt: number | null = null;
    sync.subscribe((s: LrsStatus) => {
      if (s.phase === 'waiting' && s.retryAt !== retryAt && s.retryAt !== null)
        gaps.push(s.retryAt - Date.now());
      retryAt = s.retryAt;
    });
    // The statements are built with WebCrypto, which fake timers do not drive: let the first send happen first.
    await sync.settled();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    // Each failed request scheduled one retry; the last one is still to come.
    expect(lrs.statementRequests()).toHaveLength(gaps.length);
    // Half of each ceiling (random 0): 1 s, 2 s, 4 s, … then half the 5-minute cap, for ever.
    expect(gaps.slice(0, 12)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 150, 150, 150, 150].map((s) => s * 1000));
    expect(Math.max(...gaps)).toBe(150_000);
    sync.dispose();
  });

  it('does not try while offline and sends as soon as the browser is back online', async () => {
    const lrs = fakeLrs();
    const { sync, network } = syncWith(memoryOutbox(), lrs, [attempt(1)]);
    network.set(false);
    await sync.settled();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(lrs.log).toHaveLength(0);
    expect(sync.status()).toMatchObject({ phase: 'offline', waiting: CHAIN });

    network.set(true);
    await sync.settled();
    expect(sync.status()).toMatchObject({ phase: 'idle', waiting: 0 });
    expect(lrs.stored.size).toBe(CHAIN);
    sync.dispose();
  });

  it('going offline while waiting to retry cancels the retry; coming back tries at once', async () => {
    const lrs = fakeLrs('down');
    const { sync, network } = syncWith(memoryOutbox(), lrs, [attempt(1)]);
    await sync.settled();
    expect(sync.status().phase).toBe('waiting');
    const tried = lrs.log.length;
    network.set(false);
    expect(sync.status().phase).toBe('offline');
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(lrs.log).toHaveLength(tried);

    lrs.setMode('up');
    network.set(true);
    await sync.settled();
    expect(lrs.log).toHaveLength(tried + 1);
    expect(sync.status()).toMatchObject({ phase: 'idle', waiting: 0 });
    sync.dispose();
  });

  it('counts a 409 as arrived: a batch with an id the LRS has goes one by one, and nothing is stored twice', async () => {
    const lrs = fakeLrs();
    const [first] = await xapiStatements(
      { profiles: [profile], attempts: [attempt(1)], scenarios: [scenario], catalogue },
      DEFAULT_XAPI_OPTIONS,
    );
    if (!first) throw new Error('no statement');
    // The LRS already has the first statement (sent by another device, or an answer lost on the way).
    await lrs.fetch(`${ENDPOINT}/statements?statementId=${first.id}`, {
      method: 'PUT',
      body: JSON.stringify(first),
    });
    const { sync } = syncWith(memoryOutbox(), lrs, [attempt(1)]);
    await runUntilSent(sync);

    const requests = lrs.statementRequests().slice(1);
    expect(requests[0]).toMatchObject({ method: 'POST', status: 409 });
    expect(requests.slice(1).map((r) => [r.method, r.status])).toEqual([
      ['PUT', 409],
      ...Array.from({ length: CHAIN - 1 }, () => ['PUT', 204]),
    ]);
    expect(lrs.stored.size).toBe(CHAIN);
    for (const times of lrs.stored.values()) expect(times).toBe(1);
    expect(sync.status()).toMatchObject({ phase: 'idle', waiting: 0, problem: null });
    sync.dispose();
  });

  it('an answer lost after the LRS stored the batch: re-sent, recognised by the LRS, stored once', async () => {
    const lrs = fakeLrs();
    lrs.loseNextAnswer();
    const { sync } = syncWith(memoryOutbox(), lrs, [attempt(1)]);
    await runUntilSent(sync);
    expect(lrs.statementRequests().map((r) => r.status)).toEqual([
      'no answer',
      409,
      ...Array(CHAIN).fill(409),
    ]);
    expect(lrs.stored.size).toBe(CHAIN);
    for (const times of lrs.stored.values()) expect(times).toBe(1);
    expect(sync.status().waiting).toBe(0);
    sync.dispose();
  });

  it('stops on 401 and reports it, without retrying, until "Send now"', async () => {
    const lrs = fakeLrs();
    lrs.force(401);
    const seen: LrsStatus[] = [];
    const { sync } = syncWith(memoryOutbox(), lrs, [attempt(1)]);
    sync.subscribe((s) => seen.push(s));
    await sync.settled();
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(lrs.statementRequests()).toHaveLength(1);
    expect(sync.status()).toMatchObject({
      phase: 'stopped',
      waiting: CHAIN,
      problem: { kind: 'unauthorized', status: 401 },
    });
    expect(seen.at(-1)?.problem?.kind).toBe('unauthorized');
    expect(lrs.statementRequests()[0]?.headers).toMatchObject({
      'x-experience-api-version': '1.0.3',
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${SETTINGS.key}:${SETTINGS.secret}`).toString('base64')}`,
    });

    lrs.force(null);
    await sync.sendNow();
    expect(sync.status()).toMatchObject({ phase: 'idle', waiting: 0 });
    expect(lrs.stored.size).toBe(CHAIN);
    sync.dispose();
  });

  it('stops on another 4xx (400) and reports it; new settings try again', async () => {
    const lrs = fakeLrs();
    lrs.force(400);
    const { sync } = syncWith(memoryOutbox(), lrs, [attempt(1)]);
    await sync.settled();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(lrs.statementRequests()).toHaveLength(1);
    expect(sync.status()).toMatchObject({ phase: 'stopped', problem: { kind: 'rejected', status: 400 } });

    lrs.force(null);
    await sync.configure({ ...SETTINGS, key: 'another-key' });
    await sync.settled();
    expect(sync.status()).toMatchObject({ phase: 'idle', waiting: 0, problem: null });
    expect(lrs.stored.size).toBe(CHAIN);
    sync.dispose();
  });

  it('never sends again what the LRS acknowledged when the outbox failed to remove it; removes it on the next try', async () => {
    const lrs = fakeLrs();
    const box = memoryOutbox();
    let failRemove = true;
    const outbox: Outbox = {
      ...box,
      kind: box.kind,
      remove: (ids) => {
        if (!failRemove) return box.remove(ids);
        failRemove = false;
        return Promise.reject(new Error('the disk is full'));
      },
    };
    const { sync } = syncWith(outbox, lrs, [attempt(1)]);
    await sync.settled();
    expect(sync.status()).toMatchObject({ phase: 'waiting', delivered: CHAIN, problem: { kind: 'storage' } });
    expect(await box.count()).toBe(CHAIN);

    await runUntilSent(sync);
    expect(lrs.statementRequests()).toHaveLength(1);
    for (const times of lrs.stored.values()) expect(times).toBe(1);
    expect(sync.status()).toMatchObject({ phase: 'idle', waiting: 0, delivered: CHAIN });
    sync.dispose();
  });

  it('sends fewer at a time after a 413', async () => {
    const lrs = fakeLrs();
    const original = lrs.fetch;
    const sizes: number[] = [];
    const fetch: typeof original = async (url, init) => {
      const n = init.method === 'POST' ? (JSON.parse(String(init.body)) as unknown[]).length : 1;
      sizes.push(n);
      return n > 2 ? new Response('too large', { status: 413 }) : original(url, init);
    };
    const { sync } = syncWith(memoryOutbox(), lrs, [attempt(1)], { fetch, batchSize: 10 });
    await runUntilSent(sync);
    expect(sizes.slice(0, 3)).toEqual([6, 3, 1]);
    expect(lrs.stored.size).toBe(CHAIN);
    sync.dispose();
  });

  it('keeps going past a bad record: it is named with why, and every other attempt is sent', async () => {
    const lrs = fakeLrs();
    // A lone surrogate in a choice text, as an imported file could carry: it breaks encodeURIComponent.
    const bad = attempt(2);
    bad.decisions[0] = { ...bad.decisions[0]!, where: 'a\ud800b', choiceText: 'a\ud800b' };
    const good = [attempt(1), attempt(3)];
    const { sync } = syncWith(memoryOutbox(), lrs, [good[0]!, bad, good[1]!]);
    await sync.queue();
    await runUntilSent(sync);
    expect([...lrs.stored.keys()].sort()).toEqual(await expectedIds(good));
    expect(sync.status().skipped).toEqual([
      { attemptId: bad.id, reason: { kind: 'illFormedText', field: 'decisions[0].where' } },
    ]);
    expect(sync.status().problem).toBeNull();
    sync.dispose();
  });

  it('never sends an attempt imported unverified: it is named, and the verified ones go', async () => {
    const lrs = fakeLrs();
    const unverified = { ...attempt(2), unverified: true };
    const { sync } = syncWith(memoryOutbox(), lrs, [attempt(1), unverified]);
    await sync.queue();
    await runUntilSent(sync);
    expect([...lrs.stored.keys()].sort()).toEqual(await expectedIds([attempt(1)]));
    expect(sync.status().skipped).toEqual([{ attemptId: unverified.id, reason: { kind: 'unverified' } }]);
    sync.dispose();
  });

  it('queues nothing without settings, and everything once settings are saved; a new endpoint gets it all', async () => {
    const lrs = fakeLrs();
    const settings = new Map<string, string>();
    const outbox = memoryOutbox();
    const { sync, network } = syncWith(outbox, lrs, [attempt(1), attempt(2)], { settings });
    await sync.settled();
    expect(await sync.queue()).toBe(0);
    expect(sync.status().phase).toBe('off');
    expect(lrs.log).toHaveLength(0);

    await sync.configure(SETTINGS);
    await runUntilSent(sync);
    expect(JSON.parse(settings.get(LRS_SETTING) ?? '{}')).toEqual(SETTINGS);
    expect(lrs.stored.size).toBe(2 * CHAIN);

    // Offline, so that what the new endpoint is owed stays in the outbox to be counted.
    network.set(false);
    await sync.configure({ ...SETTINGS, endpoint: 'https://other-lrs.test/xapi/' });
    await sync.settled();
    expect(await outbox.count()).toBe(2 * CHAIN);
    expect(sync.status().phase).toBe('offline');
    sync.dispose();

    await sync.configure(null);
    expect(sync.status().phase).toBe('off');
    expect(settings.get(LRS_SETTING)).toBe('');
  });

  it('tests the connection with GET <endpoint>/about', async () => {
    const lrs = fakeLrs();
    const { sync } = syncWith(memoryOutbox(), lrs, [], { settings: new Map() });
    expect(await sync.testConnection({ ...SETTINGS, endpoint: `${ENDPOINT}/` })).toEqual({
      ok: true,
      versions: ['1.0.3'],
    });
    expect(lrs.log[0]).toMatchObject({ method: 'GET', url: `${ENDPOINT}/about` });
    lrs.setMode('down');
    const failed = await sync.testConnection(SETTINGS);
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.problem.kind).toBe('unreachable');
    sync.dispose();
  });
});
