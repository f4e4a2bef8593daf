/**
 * The LRS outbox in IndexedDB: the `outbox` and `outboxSources` stores of the Waypoint database (migration 2 in
 * idb-store.ts), on a connection of its own. Waiting statements survive a reload, going offline and a crash.
 */
import { wrap } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Outbox, OutboxEntry, OutboxSource } from '../engine/lrs/outbox';
import { DB_NAME, MIGRATIONS } from './idb-store';
import { entriesToAdd } from './memory-outbox';
import { StorageError, classify } from './storage-error';

interface OutboxDB extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { bySeq: number } };
  outboxSources: { key: string; value: OutboxSource };
}

type Migration = (typeof MIGRATIONS)[number];

export async function openIdbOutbox(
  factory: IDBFactory | undefined,
  name = DB_NAME,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<Outbox> {
  if (!factory) throw new StorageError('unavailable', 'This browser has no IndexedDB.');
  let db: IDBPDatabase<OutboxDB>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // The same database, version and migrations as the record store, so whichever opens first upgrades it.
    const request = factory.open(name, migrations.length);
    request.addEventListener('upgradeneeded', (event) => {
      const database = wrap(request.result) as unknown as Parameters<Migration>[0];
      const tx = wrap(request.transaction as IDBTransaction) as unknown as Parameters<Migration>[1];
      for (let v = event.oldVersion; v < migrations.length; v++) migrations[v]?.(database, tx);
    });
    db = await Promise.race([
      wrap(request) as unknown as Promise<IDBPDatabase<OutboxDB>>,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new StorageError('blocked', 'Another Waypoint tab is holding the records; close it.')),
          5000,
        );
      }),
    ]);
  } catch (e) {
    throw classify(e);
  } finally {
    clearTimeout(timer);
  }
  if (!db.objectStoreNames.contains('outbox')) {
    db.close();
    throw new StorageError('failed', 'The records database has no outbox (an older version of the app?).');
  }
  db.addEventListener('versionchange', () => db.close());

  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      throw classify(e);
    }
  };

  return {
    kind: 'indexeddb',
    offer: (offers, queuedAt) =>
      guard(async () => {
        const tx = db.transaction(['outbox', 'outboxSources'], 'readwrite');
        const outbox = tx.objectStore('outbox');
        const sources = tx.objectStore('outboxSources');
        const last = await outbox.index('bySeq').openCursor(null, 'prev');
        let seq = last?.value.seq ?? 0;
        let added = 0;
        for (const offer of offers) {
          const todo = entriesToAdd(offer, await sources.get(offer.source.id));
          if (todo === null) continue;
          for (const e of todo) {
            if ((await outbox.getKey(e.id)) !== undefined) continue;
            await outbox.add({ ...e, source: offer.source.id, seq: ++seq, queuedAt });
            added++;
          }
          await sources.put({ ...offer.source });
        }
        await tx.done;
        return added;
      }),
    // A count of 0 means "all" to IndexedDB, so a limit of 0 must not get there.
    peek: (limit) =>
      guard(async () => (limit >= 1 ? db.getAllFromIndex('outbox', 'bySeq', null, Math.floor(limit)) : [])),
    remove: (ids) =>
      guard(async () => {
        const tx = db.transaction('outbox', 'readwrite');
        await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
      }),
    count: () => guard(() => db.count('outbox')),
    sources: () => guard(() => db.getAll('outboxSources')),
  };
}
