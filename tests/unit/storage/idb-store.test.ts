/** Records in IndexedDB (fake-indexeddb under Node): round trips, the schema, damaged entries, failures. */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBVersionChangeEvent } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, MIGRATIONS, OPEN_PATIENCE_MS, openIdbStore } from '../../../src/storage/idb-store.ts';
import { StorageError } from '../../../src/storage/storage-error.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import type { Profile } from '../../../src/engine/records/profile.ts';

const profile: Profile = {
  id: 'p1',
  name: 'Amani Diallo',
  serviceNumber: 'S-1',
  component: 'police',
  sex: 'female',
  country: 'Senegal',
  mission: 'MINUKA',
  stage: 'pre-deployment',
  language: 'en',
};

export const attempt = (id: string, extra: Partial<Attempt> = {}): Attempt => ({
  id,
  profileId: 'p1',
  scenarioId: 'survivor-contact',
  scenarioVersion: '1.0.0',
  appVersion: '0.1.0',
  stage: 'pre-deployment',
  seed: 3,
  startedAt: 1000,
  endedAt: null,
  status: 'in-progress',
  decisions: [
    {
      seq: 1,
      where: 'a.0.c-1',
      choiceIndex: 1,
      choiceText: 'Listen',
      at: 1100,
      evidence: [{ criterion: 'crsv.listening', level: 3 }],
      critical: [],
    },
  ],
  inkState: '{}',
  ending: null,
  result: null,
  ...extra,
});

afterEach(() => vi.useRealTimers());

const A1 = '0b4d8a6e-1f2c-4e3a-9b5d-7c6e8f9a0b1c';
const GOOD = '1c5e9b7f-2a3d-4f4b-8c6e-8d7f9a0b1c2d';

/** Writes raw values straight into a store, as damage or another program would. */
function putRaw(factory: IDBFactory, store: string, values: unknown[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const req = factory.open(DB_NAME);
    req.onsuccess = () => {
      const tx = req.result.transaction(store, 'readwrite');
      for (const v of values) tx.objectStore(store).put(v);
      tx.oncomplete = () => {
        req.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('IndexedDB record store', () => {
  it('creates the current schema version and keeps profiles, attempts and settings', async () => {
    const factory = new IDBFactory();
    const store = await openIdbStore(factory);
    await store.putProfile(profile);
    await store.putAttempt(attempt(A1));
    await store.putAttempt(attempt(A1, { status: 'abandoned', endedAt: 2000 }));
    await store.setSetting('currentProfile', 'p1');

    const again = await openIdbStore(factory);
    expect(await again.profiles()).toEqual([profile]);
    expect(await again.attempts()).toEqual([attempt(A1, { status: 'abandoned', endedAt: 2000 })]);
    expect(await again.getSetting('currentProfile')).toBe('p1');
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open(DB_NAME);
      req.onsuccess = () => resolve(req.result);
    });
    expect(raw.version).toBe(MIGRATIONS.length);
    expect([...raw.objectStoreNames].sort()).toEqual([
      'attempts',
      'current',
      'outbox',
      'outboxSources',
      'profiles',
      'quarantine',
      'settings',
    ]);
    raw.close();
  });

  it('sets a damaged entry aside with the reason, never deleting it, and returns the rest', async () => {
    const factory = new IDBFactory();
    const store = await openIdbStore(factory);
    await store.putAttempt(attempt(GOOD));
    await new Promise<void>((resolve, reject) => {
      const req = factory.open(DB_NAME);
      req.onsuccess = () => {
        const tx = req.result.transaction('attempts', 'readwrite');
        tx.objectStore('attempts').put({ id: 'bad', profileId: 'p1', decisions: 'garbled' });
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    expect((await store.attempts()).map((a) => a.id)).toEqual([GOOD]);
    const quarantined = await store.quarantine();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({
      id: expect.stringMatching(/^attempts:bad:/),
      store: 'attempts',
      raw: { id: 'bad', decisions: 'garbled' },
    });
    expect(quarantined[0]?.reason).toMatch(/missing|not/);
    // Reading again finds the same: nothing more is lost.
    expect((await store.attempts()).map((a) => a.id)).toEqual([GOOD]);
    expect(await store.quarantine()).toHaveLength(1);
  });

  it('checks stored records as strictly as an import, and never lets one quarantined entry overwrite another', async () => {
    const factory = new IDBFactory();
    const store = await openIdbStore(factory);
    await store.putAttempt(attempt(GOOD));
    // Each passed the old shape check, and each later crashed the refresher or the CSV.
    const damaged = [
      { ...attempt('not-a-uuid') },
      {
        ...attempt(A1),
        decisions: [{ ...attempt(A1).decisions[0], evidence: [{ criterion: 'x', level: 9 }] }],
      },
      { ...attempt('2d6f0c8a-3b4e-4a5c-9d7f-9e8a0b1c2d3e'), status: 'completed', result: null, endedAt: 5 },
      {
        ...attempt('3e7a1d9b-4c5f-4b6d-8e8a-0f9b1c2d3e4f'),
        decisions: [{ ...attempt(A1).decisions[0], choiceText: 'a\ud800b' }],
      },
    ];
    await putRaw(factory, 'attempts', damaged);
    expect((await store.attempts()).map((a) => a.id)).toEqual([GOOD]);
    // The same key damaged a second time is set aside beside the first, not over it.
    await putRaw(factory, 'attempts', [damaged[0]]);
    expect((await store.attempts()).map((a) => a.id)).toEqual([GOOD]);
    const quarantined = await store.quarantine();
    expect(quarantined).toHaveLength(5);
    expect(new Set(quarantined.map((q) => q.id)).size).toBe(5);
    expect(quarantined.filter((q) => q.id.startsWith('attempts:not-a-uuid:'))).toHaveLength(2);
    expect(quarantined.map((q) => q.reason).join('\n')).toMatch(/not well-formed Unicode/);
  });

  it('says the records were saved by a newer version when the database on disk is ahead of this page', async () => {
    const factory = new IDBFactory();
    await openIdbStore(factory, DB_NAME, [...MIGRATIONS, () => undefined]).then(() => undefined);
    // A newer Waypoint has upgraded the records; this page knows only the older schema.
    await expect(openIdbStore(factory)).rejects.toMatchObject({ problem: 'newer' });
  });

  it('lets a newer tab upgrade, then says so at the next write instead of blaming private browsing', async () => {
    const factory = new IDBFactory();
    const store = await openIdbStore(factory);
    await store.putAttempt(attempt(GOOD));
    await openIdbStore(factory, DB_NAME, [...MIGRATIONS, () => undefined]);
    await expect(store.putAttempt(attempt(A1))).rejects.toMatchObject({
      problem: 'closed',
      message: /newer Waypoint opened in another tab/,
    });
  });

  it('keeps an attempt in progress apart from the finished ones, and moves it when it ends', async () => {
    const factory = new IDBFactory();
    // A device on schema 2 with an unfinished attempt upgrades: the attempt is still there, now kept apart.
    const v2 = await openIdbStore(factory, DB_NAME, MIGRATIONS.slice(0, 2));
    await v2.putAttempt(attempt(A1));
    const store = await openIdbStore(factory);
    expect((await store.attempts()).map((a) => a.id)).toEqual([A1]);
    const storeNames = async (id: string) => {
      const raw = await new Promise<IDBDatabase>((resolve) => {
        const req = factory.open(DB_NAME);
        req.onsuccess = () => resolve(req.result);
      });
      const where: string[] = [];
      for (const name of ['attempts', 'current']) {
        const found = await new Promise((resolve) => {
          const get = raw.transaction(name).objectStore(name).get(id);
          get.onsuccess = () => resolve(get.result);
        });
        if (found) where.push(name);
      }
      raw.close();
      return where;
    };
    expect(await storeNames(A1)).toEqual(['current']);
    await store.putAttempt(attempt(A1, { status: 'abandoned', endedAt: 2000 }));
    expect(await storeNames(A1)).toEqual(['attempts']);
    expect(await store.attempts()).toEqual([attempt(A1, { status: 'abandoned', endedAt: 2000 })]);
  });

  it('says IndexedDB is unavailable when the browser has none', async () => {
    await expect(openIdbStore(undefined)).rejects.toMatchObject({ problem: 'unavailable' });
  });

  it('gives up on an upgrade that another tab blocks, with a message saying so', async () => {
    const factory = new IDBFactory();
    await openIdbStore(factory);
    // Another tab holds version 1 open and never lets go.
    await new Promise<void>((resolve) => {
      const req = factory.open(DB_NAME, MIGRATIONS.length);
      req.onsuccess = () => {
        req.result.onversionchange = null;
        resolve();
      };
    });
    vi.useFakeTimers();
    const upgrading = openIdbStore(factory, DB_NAME, [...MIGRATIONS, () => undefined]);
    const outcome = expect(upgrading).rejects.toMatchObject({
      problem: 'blocked',
      message: /Another Waypoint tab/,
    });
    await vi.advanceTimersByTimeAsync(5000);
    await outcome;
    expect(await upgrading.catch((e: unknown) => e)).toBeInstanceOf(StorageError);
  });

  it('closes a connection it gave up on when the other tab lets go late, so it never holds the records itself', async () => {
    const factory = new IDBFactory();
    await openIdbStore(factory);
    const holder = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open(DB_NAME, MIGRATIONS.length);
      req.onsuccess = () => {
        req.result.onversionchange = null;
        resolve(req.result);
      };
    });
    // Only the give-up timer is faked: fake-indexeddb's own tasks run as usual.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const upgrading = openIdbStore(factory, DB_NAME, [...MIGRATIONS, () => undefined]);
    const outcome = expect(upgrading).rejects.toMatchObject({ problem: 'blocked' });
    await vi.advanceTimersByTimeAsync(OPEN_PATIENCE_MS);
    await outcome;
    vi.useRealTimers();
    // The other tab closes: the abandoned open goes through, and its connection must not block the next upgrade.
    holder.close();
    const next = await openIdbStore(factory, DB_NAME, [...MIGRATIONS, () => undefined, () => undefined]);
    await next.setSetting('after', 'upgrade');
    expect(await next.getSetting('after')).toBe('upgrade');
  });

  it('says saving failed, not private browsing, when the browser closes the connection under the page', async () => {
    const factory = new IDBFactory();
    const opened: IDBOpenDBRequest[] = [];
    const open = factory.open.bind(factory);
    vi.spyOn(factory, 'open').mockImplementation((name, version) => {
      const request = open(name, version);
      opened.push(request);
      return request;
    });
    const store = await openIdbStore(factory);
    await store.setSetting('before', 'yes');
    // What a browser does when site data is cleared or the disk fails: the connection closes, then says so.
    const db = opened[0]!.result;
    db.close();
    db.dispatchEvent(new IDBVersionChangeEvent('close'));
    await expect(store.setSetting('after', 'yes')).rejects.toMatchObject({
      problem: 'failed',
      message: /browser closed the records database/,
    });
  });

  it('opens with the factory it is given and leaves the global indexedDB as it was', async () => {
    const global = globalThis.indexedDB;
    const own = new IDBFactory();
    const store = await openIdbStore(own);
    await store.setSetting('where', 'own');
    expect(globalThis.indexedDB).toBe(global);
    expect(await (await openIdbStore(own)).getSetting('where')).toBe('own');
    // The global factory's database is another one, and was never touched.
    expect(await global.databases()).toEqual([]);
    await expect(openIdbStore(own, DB_NAME, MIGRATIONS.slice(0, 1))).rejects.toMatchObject({
      problem: 'newer',
    });
    expect(globalThis.indexedDB).toBe(global);
  });
});
