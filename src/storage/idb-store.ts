/**
 * Records in IndexedDB through idb, with a versioned schema. Each migration takes the database from one version
 * to the next; add a new one at the end, never edit an old one.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { OutboxEntry, OutboxSource } from '../engine/ports/lrs-outbox.ts';
import type { Attempt } from '../engine/records/attempt.ts';
import type { Profile } from '../engine/records/profile.ts';
import type { MergePlan, QuarantinedEntry, RecordStore } from '../engine/ports/record-store.ts';
import type { MergeReport } from '../engine/records/bundle/merge.ts';
import type { RecordSet } from '../engine/records/bundle/schema.ts';
import { withFactory } from './idb-factory.ts';
import { attemptProblem, profileProblem } from './record-shape.ts';
import { StorageError, classify } from './storage-error.ts';

export interface WaypointDB extends DBSchema {
  profiles: { key: string; value: Profile };
  attempts: { key: string; value: Attempt; indexes: { byProfile: string } };
  /** Attempts in progress, apart from the finished ones, so a decision's write never waits behind a long read. */
  current: { key: string; value: Attempt };
  quarantine: { key: string; value: QuarantinedEntry };
  settings: { key: string; value: string };
  outbox: { key: string; value: OutboxEntry; indexes: { bySeq: number } };
  outboxSources: { key: string; value: OutboxSource };
}

type Upgrade = (
  db: IDBPDatabase<WaypointDB>,
  tx: IDBPTransaction<WaypointDB, StoreNames<WaypointDB>[], 'versionchange'>,
) => void;

export const MIGRATIONS: Upgrade[] = [
  // 1: profiles, attempts by profile, quarantined entries, settings.
  (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('byProfile', 'profileId');
    db.createObjectStore('quarantine', { keyPath: 'id' });
    db.createObjectStore('settings');
  },
  // 2: the LRS outbox (statements waiting, by statement id, in sending order) and how far each attempt's
  // statements have been queued (see src/engine/ports/lrs-outbox.ts).
  (db) => {
    db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('bySeq', 'seq', { unique: true });
    db.createObjectStore('outboxSources', { keyPath: 'id' });
  },
  // 3: attempts in progress move to a store of their own. A decision is written there alone; a read of every
  // finished attempt (the LRS sync, the trainer area) no longer holds it up.
  (db, tx) => {
    db.createObjectStore('current', { keyPath: 'id' });
    const attempts = tx.objectStore('attempts');
    const current = tx.objectStore('current');
    void (async () => {
      for (let cursor = await attempts.openCursor(); cursor; cursor = await cursor.continue()) {
        if ((cursor.value as { status?: unknown }).status !== 'in-progress') continue;
        await current.put(cursor.value);
        await cursor.delete();
      }
    })();
  },
];

export const DB_NAME = 'waypoint';

/** Connections closed under the page, with what the next operation on one should say instead of failing obscurely. */
const closedBecause = new WeakMap<object, StorageError>();

/** How long an open may wait (on another tab holding the records, or queued behind one that does). */
export const OPEN_PATIENCE_MS = 5000;

/**
 * Opens the Waypoint database at the version the migrations give, running those it lacks. The record store and
 * the LRS outbox both open it this way, so whichever opens first upgrades it.
 */
export async function openWaypointDb(
  factory: IDBFactory | undefined,
  name = DB_NAME,
  migrations: readonly Upgrade[] = MIGRATIONS,
): Promise<IDBPDatabase<WaypointDB>> {
  if (!factory) throw new StorageError('unavailable', 'This browser has no IndexedDB.');
  let connection: IDBPDatabase<WaypointDB> | undefined;
  const closeBecause = (why: StorageError) => {
    if (!connection) return;
    closedBecause.set(connection, why);
    connection.close();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let opening: Promise<IDBPDatabase<WaypointDB>> | undefined;
  try {
    opening = withFactory(factory, () =>
      openDB<WaypointDB>(name, migrations.length, {
        upgrade(database, oldVersion, _newVersion, tx) {
          for (let v = oldVersion; v < migrations.length; v++) migrations[v]?.(database, tx);
        },
        // A newer Waypoint in another tab wants to upgrade the records: let it, and say so at the next write.
        blocking: () =>
          closeBecause(
            new StorageError(
              'closed',
              'A newer Waypoint opened in another tab; reload this page to keep saving.',
            ),
          ),
        // The browser closed the connection itself (site data cleared, a disk failure).
        terminated: () =>
          closeBecause(
            new StorageError(
              'failed',
              'The browser closed the records database; reload this page to keep saving.',
            ),
          ),
      }),
    );
    // An open blocked by another tab waits until that tab lets go, which may be never: give up after a while and
    // say why. This also covers an open queued behind another tab's blocked one, which is told nothing.
    connection = await Promise.race([
      opening,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new StorageError('blocked', 'Another Waypoint tab is holding the records; close it.')),
          OPEN_PATIENCE_MS,
        );
      }),
    ]);
    return connection;
  } catch (e) {
    // Given up on: should the open still succeed later, its connection is closed, not left to hold the records.
    void opening?.then(
      (late) => late.close(),
      () => undefined,
    );
    throw classify(e);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a storage operation, turning any failure into a StorageError that says what went wrong. */
export async function guardedWork<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw classify(e);
  }
}

export async function openIdbStore(
  factory: IDBFactory | undefined,
  name = DB_NAME,
  migrations: readonly Upgrade[] = MIGRATIONS,
): Promise<RecordStore> {
  const db = await openWaypointDb(factory, name, migrations);
  const guarded = <T>(work: () => Promise<T>): Promise<T> => {
    const closed = closedBecause.get(db);
    return closed ? Promise.reject(closed) : guardedWork(work);
  };

  /**
   * Reads a store in a read-only transaction (so a read never holds up a decision's write), then sets aside, in a
   * short transaction of its own, the entries that are no longer valid records: moved to the quarantine under a key
   * of their own (never overwriting an earlier one), never deleted.
   */
  async function readValid<S extends 'profiles' | 'attempts' | 'current'>(
    store: S,
    problemOf: (x: unknown) => string | null,
  ): Promise<WaypointDB[S]['value'][]> {
    const tx = db.transaction(store, 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    await tx.done;
    const good: WaypointDB[S]['value'][] = [];
    const damaged: string[] = [];
    values.forEach((value, i) => {
      if (problemOf(value) === null) good.push(value as WaypointDB[S]['value']);
      else damaged.push(String(keys[i]));
    });
    if (damaged.length > 0) await quarantine(store, damaged, problemOf);
    return good;
  }

  async function quarantine(
    store: 'profiles' | 'attempts' | 'current',
    keys: readonly string[],
    problemOf: (x: unknown) => string | null,
  ): Promise<void> {
    const tx = db.transaction([store, 'quarantine'], 'readwrite', { durability: 'strict' });
    for (const key of keys) {
      // Read again inside the transaction: the entry may have been rewritten since.
      const raw: unknown = await tx.objectStore(store).get(key);
      const reason = raw === undefined ? null : problemOf(raw);
      if (reason === null) continue;
      const at = Date.now();
      const kind = store === 'profiles' ? 'profiles' : 'attempts';
      const id = `${kind}:${key}:${at}:${crypto.randomUUID()}`;
      await tx.objectStore('quarantine').add({ id, store: kind, reason, raw, at });
      await tx.objectStore(store).delete(key);
    }
    await tx.done;
  }

  /**
   * A write that resolves only once it is on disk: 'strict' durability, not the browser's default 'relaxed', so a
   * record shown as saved survives a crash or a power cut.
   */
  async function write<S extends 'profiles' | 'attempts' | 'current' | 'settings'>(
    store: S,
    value: WaypointDB[S]['value'],
    key?: string,
  ): Promise<void> {
    const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
    await tx.store.put(value, key as never);
    await tx.done;
  }

  const hasCurrent = db.objectStoreNames.contains('current');

  /** An attempt in progress is written alone in its store; a finished one moves to the attempts, at once. */
  async function putAttempt(a: Attempt): Promise<void> {
    if (!hasCurrent) return write('attempts', a);
    if (a.status === 'in-progress') return write('current', a);
    const tx = db.transaction(['attempts', 'current'], 'readwrite', { durability: 'strict' });
    await tx.objectStore('attempts').put(a);
    await tx.objectStore('current').delete(a.id);
    await tx.done;
  }

  /** Finished attempts and those in progress, each read in a transaction of its own. */
  async function attempts(): Promise<Attempt[]> {
    const finished = await readValid('attempts', attemptProblem);
    const open = hasCurrent ? await readValid('current', attemptProblem) : [];
    const ids = new Set(finished.map((a) => a.id));
    return [...finished, ...open.filter((a) => !ids.has(a.id))];
  }

  /** One read-write transaction: read what the incoming ids have here, merge, write what changed, commit. */
  async function mergeIn(incoming: RecordSet, plan: MergePlan): Promise<MergeReport> {
    const stores = hasCurrent
      ? (['profiles', 'attempts', 'current'] as const)
      : (['profiles', 'attempts'] as const);
    const tx = db.transaction([...stores], 'readwrite', { durability: 'strict' });
    const profiles = tx.objectStore('profiles');
    const finished = tx.objectStore('attempts');
    const open = hasCurrent ? tx.objectStore('current') : null;
    try {
      const existing: RecordSet = { profiles: [], attempts: [] };
      for (const p of incoming.profiles) {
        const here = await profiles.get(p.id);
        if (here) existing.profiles.push(here);
      }
      for (const a of incoming.attempts) {
        const here = (await finished.get(a.id)) ?? (await open?.get(a.id));
        if (here) existing.attempts.push(here);
      }
      const { write, report } = plan(existing, incoming);
      for (const p of write.profiles) await profiles.put(p);
      for (const a of write.attempts) {
        if (open && a.status === 'in-progress') await open.put(a);
        else {
          await finished.put(a);
          await open?.delete(a.id);
        }
      }
      await tx.done;
      return report;
    } catch (e) {
      // Whatever failed, nothing of this import stays: the writes already made go with the transaction.
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      await tx.done.catch(() => undefined);
      throw e;
    }
  }

  return {
    kind: 'indexeddb',
    mergeIn: (incoming, plan) => guarded(() => mergeIn(incoming, plan)),
    putProfile: (p) => guarded(() => write('profiles', p)),
    profiles: () => guarded(() => readValid('profiles', profileProblem)),
    putAttempt: (a) => guarded(() => putAttempt(a)),
    attempts: () => guarded(attempts),
    quarantine: () => guarded(() => db.getAll('quarantine')),
    getSetting: (key) => guarded(() => db.get('settings', key)),
    setSetting: (key, value) => guarded(() => write('settings', value, key)),
  };
}
