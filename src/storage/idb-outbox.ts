/**
 * The LRS outbox in IndexedDB: the `outbox` and `outboxSources` stores of the Waypoint database (migration 2 in
 * idb-store.ts), on a connection of its own. Waiting statements survive a reload, going offline and a crash.
 */
import type { Outbox } from '../engine/ports/lrs-outbox.ts';
import { DB_NAME, MIGRATIONS, guardedWork as guarded, openWaypointDb } from './idb-store.ts';
import { entriesToAdd } from './memory-outbox.ts';
import { StorageError } from './storage-error.ts';

type Migration = (typeof MIGRATIONS)[number];

export async function openIdbOutbox(
  factory: IDBFactory | undefined,
  name = DB_NAME,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<Outbox> {
  const db = await openWaypointDb(factory, name, migrations);
  if (!db.objectStoreNames.contains('outbox')) {
    db.close();
    throw new StorageError('failed', 'The records database has no outbox (an older version of the app?).');
  }

  return {
    kind: 'indexeddb',
    offer: (offers, queuedAt) =>
      guarded(async () => {
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
      guarded(async () => (limit >= 1 ? db.getAllFromIndex('outbox', 'bySeq', null, Math.floor(limit)) : [])),
    remove: (ids) =>
      guarded(async () => {
        const tx = db.transaction('outbox', 'readwrite');
        await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
      }),
    count: () => guarded(() => db.count('outbox')),
    sources: () => guarded(() => db.getAll('outboxSources')),
  };
}
