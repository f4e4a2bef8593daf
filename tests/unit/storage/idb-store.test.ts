/** Records in IndexedDB (fake-indexeddb under Node): round trips, the schema, damaged entries, failures. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, MIGRATIONS, openIdbStore } from '../../../src/storage/idb-store';
import { StorageError } from '../../../src/storage/storage-error';
import type { Attempt } from '../../../src/engine/records/attempt';
import type { Profile } from '../../../src/engine/records/profile';

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

describe('IndexedDB record store', () => {
  it('creates the current schema version and keeps profiles, attempts and settings', async () => {
    const factory = new IDBFactory();
    const store = await openIdbStore(factory);
    await store.putProfile(profile);
    await store.putAttempt(attempt('a1'));
    await store.putAttempt(attempt('a1', { status: 'completed', endedAt: 2000 }));
    await store.setSetting('currentProfile', 'p1');

    const again = await openIdbStore(factory);
    expect(await again.profiles()).toEqual([profile]);
    expect(await again.attempts()).toEqual([attempt('a1', { status: 'completed', endedAt: 2000 })]);
    expect(await again.getSetting('currentProfile')).toBe('p1');
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open(DB_NAME);
      req.onsuccess = () => resolve(req.result);
    });
    expect(raw.version).toBe(MIGRATIONS.length);
    expect([...raw.objectStoreNames].sort()).toEqual([
      'attempts',
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
    await store.putAttempt(attempt('good'));
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
    expect((await store.attempts()).map((a) => a.id)).toEqual(['good']);
    const quarantined = await store.quarantine();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({
      id: 'attempts:bad',
      store: 'attempts',
      raw: { id: 'bad', decisions: 'garbled' },
    });
    expect(quarantined[0]?.reason).toMatch(/missing|not/);
    // Reading again finds the same: nothing more is lost.
    expect((await store.attempts()).map((a) => a.id)).toEqual(['good']);
    expect(await store.quarantine()).toHaveLength(1);
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
});
