/**
 * The LRS reader against a fake LRS (fake fetch) and fake-indexeddb: pages followed to the end, kept, only what
 * is new fetched next time, a refused key, a fetch stopped part-way and resumed (through its `more` link, or
 * through `since` once the link has expired), a damaged stored page, and a database of its own.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openIdbReadStore, READ_DB_NAME } from '../../../src/lrs/read/idb-read-store.ts';
import { createLrsReader } from '../../../src/lrs/read/reader.ts';
import type { ReadProgress, ReaderDeps } from '../../../src/lrs/read/reader.ts';
import { ACTIVITY, ENDPOINT, fakeLrs } from './fake-lrs.ts';
import type { FakeLrs } from './fake-lrs.ts';

const settings = { endpoint: ENDPOINT, key: 'reader', secret: 's3cret' };
const T = Date.UTC(2026, 4, 1);
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
const idsOf = (statements: unknown[]) =>
  statements.map((s) => (typeof s === 'object' && s !== null && 'id' in s ? s.id : null));

let factory: IDBFactory;
let lrs: FakeLrs;
let clock: number;

beforeEach(() => {
  factory = new IDBFactory();
  lrs = fakeLrs();
  clock = T + 86_400_000;
});

async function reader(extra: Partial<ReaderDeps> = {}) {
  const store = await openIdbReadStore(factory);
  return createLrsReader(settings, ACTIVITY, {
    store,
    fetch: lrs.fetch,
    now: () => clock,
    pause: () => Promise.resolve(),
    pageSize: 10,
    ...extra,
  });
}

describe('reading statements back from an LRS', () => {
  it('follows `more` to the end, keeps every page, and reports progress with counts', async () => {
    lrs.store(ids('a', 25).slice(0, 20), T);
    lrs.store(ids('a', 25).slice(20), T + 1000);
    const r = await reader();
    const seen: ReadProgress[] = [];
    const outcome = await r.fetchNew({ onProgress: (p) => seen.push(p) });
    expect(outcome).toMatchObject({
      kind: 'done',
      fetchedAt: clock,
      progress: { pages: 4, fetched: 25, kept: 25 },
    });
    // The fourth page checks the end of the `more` chain with a `since` query: nothing new.
    expect(seen.map((p) => [p.pages, p.fetched, p.kept])).toEqual([
      [1, 10, 10],
      [2, 20, 20],
      [3, 25, 25],
      [4, 25, 25],
    ]);
    expect(lrs.requests[3]?.url.searchParams.get('since')).toBe(new Date(T + 999).toISOString());
    const first = lrs.requests[0];
    expect(first?.url.pathname).toBe('/xAPI/statements');
    expect(Object.fromEntries(first?.url.searchParams ?? [])).toEqual({
      activity: ACTIVITY,
      related_activities: 'true',
      ascending: 'true',
      limit: '10',
    });
    expect(first?.headers['x-experience-api-version']).toBe('1.0.3');
    expect(first?.headers.authorization).toBe(`Basic ${btoa('reader:s3cret')}`);
    // The `more` links are relative to the LRS's origin.
    expect(lrs.requests.map((q) => q.url.origin)).toEqual(Array(4).fill('https://lrs.example.org'));
    const kept = await r.load();
    expect(kept).toMatchObject({ fetchedAt: clock, complete: true, dropped: 0 });
    expect(idsOf(kept.statements)).toEqual(ids('a', 25));
    // What the insight does not read is not kept.
    expect(kept.statements[0]).toEqual({
      id: 'a-0',
      stored: new Date(T).toISOString(),
      verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' },
    });
  });

  it('on the next visit fetches only what is new, missing none stored in the same instant', async () => {
    lrs.store(ids('a', 12), T);
    const r = await reader();
    await r.fetchNew();
    lrs.store(ids('late', 3), T); // stored in the same millisecond as the last ones fetched
    lrs.store(ids('b', 4), T + 5000);
    lrs.requests.length = 0;
    clock += 1000;
    expect(await r.fetchNew()).toMatchObject({ kind: 'done', fetchedAt: clock });
    expect(lrs.requests[0]?.url.searchParams.get('since')).toBe(new Date(T - 1).toISOString());
    const kept = await r.load();
    expect(kept.fetchedAt).toBe(clock);
    expect(idsOf(kept.statements)).toEqual([...ids('a', 12), ...ids('late', 3), ...ids('b', 4)]);
    // After that, only the last instant's statements come again, and they are neither kept nor counted twice.
    lrs.requests.length = 0;
    const again = await r.fetchNew();
    expect(again.progress).toMatchObject({ fetched: 0, kept: 19 });
    expect((await r.status()).statements).toBe(19);
    expect(lrs.requests).toHaveLength(1);
    expect(idsOf((await r.load()).statements)).toHaveLength(19);
  });

  it('stops on a refused key, keeps what it had, and goes on once the LRS takes the key', async () => {
    lrs.store(ids('a', 25), T);
    const r = await reader();
    lrs.failNext(200, 401);
    // The first answer (a page with 'status 200' as body) is not a statement result: unexpected.
    const odd = await r.fetchNew();
    expect(odd).toMatchObject({ kind: 'failed', problem: { kind: 'unexpected', detail: 'not JSON' } });
    const refused = await r.fetchNew();
    expect(refused).toMatchObject({ kind: 'failed', problem: { kind: 'unauthorized', status: 401 } });
    expect(await r.load()).toMatchObject({ statements: [], complete: false, fetchedAt: null });
    expect(await r.fetchNew()).toMatchObject({ kind: 'done', progress: { fetched: 25 } });
    lrs.failNext(503);
    expect(await r.fetchNew()).toMatchObject({ kind: 'failed', problem: { kind: 'server', status: 503 } });
    expect(idsOf((await r.load()).statements)).toEqual(ids('a', 25));
  });

  it('can be stopped part-way, keeps the pages it had, and resumes where it stopped', async () => {
    lrs.store(ids('a', 45), T);
    lrs.store(ids('b', 5), T + 1000);
    const r = await reader();
    const stop = new AbortController();
    const stopped = await r.fetchNew({
      signal: stop.signal,
      onProgress: (p) => p.pages === 2 && stop.abort(),
    });
    expect(stopped).toMatchObject({ kind: 'stopped', progress: { pages: 2, fetched: 20 } });
    const part = await r.load();
    expect(part).toMatchObject({ complete: false, fetchedAt: null });
    expect(idsOf(part.statements)).toEqual(ids('a', 20));
    lrs.requests.length = 0;
    const resumed = await r.fetchNew();
    expect(resumed).toMatchObject({ kind: 'done', progress: { pages: 4, fetched: 30, kept: 50 } });
    // It went on through the `more` link it had kept, not from the start.
    expect(lrs.requests[0]?.url.searchParams.get('cursor')).not.toBeNull();
    const all = await r.load();
    expect(all.complete).toBe(true);
    expect(idsOf(all.statements)).toEqual([...ids('a', 45), ...ids('b', 5)]);
  });

  it('stops at once when aborted during a request, and resumes through `since` when the link has expired', async () => {
    lrs.store(ids('a', 15), T);
    lrs.store(ids('b', 15), T + 1000);
    const stop = new AbortController();
    const slow: typeof lrs.fetch = (url, init) =>
      new URL(url).searchParams.has('cursor')
        ? new Promise((_, reject) =>
            init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          )
        : lrs.fetch(url, init);
    const r = await reader({ fetch: slow });
    const pending = r.fetchNew({ signal: stop.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    stop.abort();
    expect(await pending).toMatchObject({ kind: 'stopped', progress: { pages: 1, fetched: 10 } });
    lrs.expireMore();
    lrs.requests.length = 0;
    const again = await reader();
    expect(await again.fetchNew()).toMatchObject({ kind: 'done' });
    expect(lrs.requests[0]?.url.searchParams.get('cursor')).not.toBeNull();
    expect(lrs.requests[1]?.url.searchParams.get('since')).toBe(new Date(T - 1).toISOString());
    expect(idsOf((await again.load()).statements)).toEqual([...ids('a', 15), ...ids('b', 15)]);
  });

  it('drops a damaged stored page and those after it, and fetches them again', async () => {
    lrs.store(ids('a', 10), T);
    lrs.store(ids('b', 10), T + 1000);
    lrs.store(ids('c', 10), T + 2000);
    const r = await reader();
    await r.fetchNew();
    const opening = factory.open(READ_DB_NAME);
    const db = await wrap(opening);
    if (!db) throw new Error('the read database did not open');
    const tx = db.transaction('pages', 'readwrite');
    const second = await tx.store.get([`${ENDPOINT}\n${ACTIVITY}`, 2]);
    await tx.store.put({ ...second, statements: 'not a list' });
    await tx.done;
    db.close();
    const damaged = await r.load();
    expect(damaged).toMatchObject({ dropped: 2, complete: false });
    expect(idsOf(damaged.statements)).toEqual(ids('a', 10));
    lrs.requests.length = 0;
    // From just before the last good page's latest instant: its ten come again and are not kept twice; the
    // twenty dropped are fetched again.
    expect(await r.fetchNew()).toMatchObject({ kind: 'done', progress: { fetched: 20, kept: 30 } });
    expect(lrs.requests[0]?.url.searchParams.get('since')).toBe(new Date(T - 1).toISOString());
    const repaired = await r.load();
    expect(repaired).toMatchObject({ dropped: 0, complete: true });
    expect(idsOf(repaired.statements)).toEqual([...ids('a', 10), ...ids('b', 10), ...ids('c', 10)]);
  });

  it('reads many pages back a batch at a time, pausing between batches, and finds damage in a later batch', async () => {
    for (let i = 0; i < 45; i++) lrs.store([`p-${i}`], T + i * 1000);
    let pauses = 0;
    const r = await reader({ pageSize: 1, pause: () => Promise.resolve(void (pauses += 1)) });
    await r.fetchNew();
    pauses = 0;
    const kept = await r.load();
    expect(kept.statements).toHaveLength(45);
    // 45 pages in batches of 20: two pauses, so the browser can paint between them.
    expect(pauses).toBe(2);

    const db = await wrap(factory.open(READ_DB_NAME));
    if (!db) throw new Error('the read database did not open');
    await db.delete('pages', [`${ENDPOINT}\n${ACTIVITY}`, 30]);
    db.close();
    const damaged = await r.load();
    // Page 30 is missing: pages 1–29 are kept, 30–45 dropped (16) and fetched again next time.
    expect(damaged).toMatchObject({ dropped: 16, complete: false });
    expect(damaged.statements).toHaveLength(29);
  });

  it('keeps what an earlier version of the read database holds when it adds the store of rebuilt snapshots', async () => {
    lrs.store(ids('a', 5), T);
    const r = await reader();
    await r.fetchNew();
    r.close();
    // Back to the first version's shape: pages and bookmarks only.
    const v2 = await wrap(factory.open(READ_DB_NAME));
    if (!v2) throw new Error('the read database did not open');
    const pages = await v2.getAll('pages');
    const bookmarks = await v2.getAll('bookmarks');
    v2.close();
    await new Promise((done) => (factory.deleteDatabase(READ_DB_NAME).onsuccess = done));
    const opening = factory.open(READ_DB_NAME, 1);
    opening.onupgradeneeded = () => {
      opening.result.createObjectStore('pages', { keyPath: ['source', 'seq'] });
      opening.result.createObjectStore('bookmarks', { keyPath: 'source' });
    };
    const v1 = await wrap(opening);
    if (!v1) throw new Error('the first version did not open');
    for (const p of pages) await v1.put('pages', p);
    for (const b of bookmarks) await v1.put('bookmarks', b);
    v1.close();

    const upgraded = await reader();
    expect(idsOf((await upgraded.load()).statements)).toEqual(ids('a', 5));
    // 2,500 attempts: kept in three parts, read back whole.
    const attempts = Array.from({ length: 2500 }, (_, i) => ({ n: i }));
    await upgraded.keepRebuilt('k', { attempts, report: { any: 'thing' } });
    expect(await upgraded.rebuilt('k')).toEqual({ attempts, report: { any: 'thing' } });
    expect(await upgraded.rebuilt('another key')).toBeNull();
    // A part missing (a write cut short, storage that lost it): no snapshot rather than part of one.
    const db = await wrap(factory.open(READ_DB_NAME));
    if (!db) throw new Error('the read database did not open');
    expect(await db.count('rebuiltParts')).toBe(3);
    await db.delete('rebuiltParts', [`${ENDPOINT}\n${ACTIVITY}`, 1]);
    db.close();
    expect(await upgraded.rebuilt('k')).toBeNull();
  });

  it('never sends the key to another origin named by a `more` link', async () => {
    lrs.store(ids('a', 25), T);
    lrs.nextMore = 'https://elsewhere.example/xAPI/statements?cursor=1';
    const r = await reader();
    const outcome = await r.fetchNew();
    expect(outcome).toMatchObject({ kind: 'failed', problem: { kind: 'unexpected' } });
    expect(lrs.requests.every((q) => q.url.origin === 'https://lrs.example.org')).toBe(true);
  });

  it('yields to the page between pages', async () => {
    lrs.store(ids('a', 30), T);
    lrs.store(ids('b', 5), T + 1000);
    let pauses = 0;
    const r = await reader({ pause: async () => void pauses++ });
    await r.fetchNew();
    // Four pages through `more`, then the `since` query that checks their end.
    expect(pauses).toBe(4);
  });

  it('gets what a `more` chain that ended early left out (Learning Locker’s in-memory cursors)', async () => {
    for (let i = 0; i < 6; i++) lrs.store(ids(`t${i}`, 10), T + i * 1000);
    lrs.endChainsAfter = 2;
    const r = await reader();
    const outcome = await r.fetchNew();
    expect(outcome).toMatchObject({ kind: 'done', progress: { fetched: 60, kept: 60 } });
    const kept = await r.load();
    expect(kept.complete).toBe(true);
    expect(idsOf(kept.statements)).toHaveLength(60);
    expect(new Set(idsOf(kept.statements)).size).toBe(60);
  });

  it('keeps its statements in a database of its own, apart from the records', async () => {
    lrs.store(ids('a', 3), T);
    const r = await reader();
    await r.fetchNew();
    expect((await factory.databases()).map((d) => d.name)).toEqual([READ_DB_NAME]);
    await r.forget();
    expect(await r.load()).toMatchObject({ statements: [], fetchedAt: null });
  });
});
