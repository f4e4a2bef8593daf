/**
 * The outbox, in memory and in IndexedDB (fake-indexeddb): one entry per statement id, oldest first, sources
 * recorded with the entries, and, in IndexedDB, everything still there after a reload and after the upgrade of
 * a database made by the previous schema version.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Outbox, OutboxOffer } from '../../../src/engine/ports/lrs-outbox.ts';
import type { XapiStatement } from '../../../src/engine/records/export/index.ts';
import { openIdbOutbox } from '../../../src/storage/idb-outbox.ts';
import { DB_NAME, MIGRATIONS, openIdbStore } from '../../../src/storage/idb-store.ts';
import { memoryOutbox } from '../../../src/storage/memory-outbox.ts';
import { attempt, ENDPOINT, profile } from './helpers.ts';

const statement = (id: string): XapiStatement => ({
  id,
  actor: { objectType: 'Agent', account: { homePage: 'https://waypoint.example/trainees', name: 'p1' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: { objectType: 'Activity', id: 'https://waypoint.example/xapi/scenarios/x' },
  context: { registration: 'a1' },
  timestamp: '2025-01-01T00:00:00.000Z',
});

/** Attempt `source` at `level`: its `attempted` (level 0) and, at level 1, two more. */
const offer = (source: string, level: number, endpoint = ENDPOINT): OutboxOffer => ({
  source: { id: source, endpoint, level },
  entries: [
    { id: `${source}/attempted`, statement: statement(`${source}/attempted`), level: 0 },
    ...(level >= 1
      ? [
          { id: `${source}/answered`, statement: statement(`${source}/answered`), level: 1 },
          { id: `${source}/completed`, statement: statement(`${source}/completed`), level: 1 },
        ]
      : []),
  ],
});

const ids = async (outbox: Outbox) => (await outbox.peek(100)).map((e) => e.id);

describe.each([
  ['memory', async () => memoryOutbox()],
  ['IndexedDB', () => openIdbOutbox(new IDBFactory())],
] as const)('%s outbox', (_, open) => {
  it('keeps one entry per statement id, oldest first', async () => {
    const outbox = await open();
    expect(await outbox.offer([offer('a', 1)], 10)).toBe(3);
    expect(await outbox.offer([offer('a', 1)], 20)).toBe(0);
    // The same statements under another source record (a copy of the attempt) are still one entry each.
    expect(
      await outbox.offer([{ ...offer('a', 1), source: { id: 'copy', endpoint: ENDPOINT, level: 1 } }], 30),
    ).toBe(0);
    expect(await outbox.offer([offer('b', 0)], 40)).toBe(1);
    expect(await outbox.count()).toBe(4);
    expect(await ids(outbox)).toEqual(['a/attempted', 'a/answered', 'a/completed', 'b/attempted']);
    const [first] = await outbox.peek(1);
    expect(first).toMatchObject({ id: 'a/attempted', source: 'a', level: 0, queuedAt: 10 });
    expect(first?.statement).toEqual(statement('a/attempted'));
    expect(await outbox.peek(0)).toEqual([]);
    expect(await outbox.peek(2)).toHaveLength(2);
  });

  it('does not queue again what a source has had for this endpoint, even once removed', async () => {
    const outbox = await open();
    await outbox.offer([offer('a', 0)], 1);
    await outbox.remove(['a/attempted', 'not-there']);
    expect(await outbox.count()).toBe(0);
    expect(await outbox.offer([offer('a', 0)], 2)).toBe(0);
    // Completed: only what is new at level 1.
    expect(await outbox.offer([offer('a', 1)], 3)).toBe(2);
    expect(await ids(outbox)).toEqual(['a/answered', 'a/completed']);
    await outbox.remove(['a/answered', 'a/completed']);
    expect(await outbox.offer([offer('a', 1)], 4)).toBe(0);
    expect(await outbox.sources()).toEqual([{ id: 'a', endpoint: ENDPOINT, level: 1 }]);
    // Another LRS gets the whole chain.
    expect(await outbox.offer([offer('a', 1, 'https://other.test/xapi')], 5)).toBe(3);
  });
});

describe('IndexedDB outbox', () => {
  it('survives a reload: entries, order and sources are there when the database is opened again', async () => {
    const factory = new IDBFactory();
    const outbox = await openIdbOutbox(factory);
    await outbox.offer([offer('a', 1), offer('b', 0)], 7);
    await outbox.remove(['a/attempted']);

    const reopened = await openIdbOutbox(factory);
    expect(await reopened.count()).toBe(3);
    expect(await ids(reopened)).toEqual(['a/answered', 'a/completed', 'b/attempted']);
    expect(await reopened.offer([offer('a', 1)], 8)).toBe(0);
    // New entries go after the old ones.
    await reopened.offer([offer('c', 0)], 9);
    expect((await ids(reopened)).at(-1)).toBe('c/attempted');
  });

  it('upgrades a database of the first schema version, keeping its records', async () => {
    const factory = new IDBFactory();
    const v1 = await openIdbStore(factory, DB_NAME, MIGRATIONS.slice(0, 1));
    await v1.putProfile(profile);
    await v1.putAttempt(attempt(1));
    await v1.setSetting('currentProfile', profile.id);
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open(DB_NAME);
      req.onsuccess = () => resolve(req.result);
    });
    expect(raw.version).toBe(1);
    raw.close();

    // The old connections close when the new version asks (versionchange).
    const outbox = await openIdbOutbox(factory);
    const store = await openIdbStore(factory);
    expect(await store.profiles()).toEqual([profile]);
    expect(await store.attempts()).toEqual([attempt(1)]);
    expect(await store.getSetting('currentProfile')).toBe(profile.id);
    await outbox.offer([offer('a', 0)], 1);
    expect(await outbox.count()).toBe(1);
  });

  it('refuses a factory that is not there', async () => {
    await expect(openIdbOutbox(undefined)).rejects.toMatchObject({ problem: 'unavailable' });
  });
});
