/**
 * The app's records as its IndexedDB database holds them, reached from a browser test. This is the one place the
 * browser tests name the database and its stores: the name comes from the app, the stores are checked against its
 * schema. Reads and writes go straight to IndexedDB in the page, under the app, as damage or someone with
 * developer tools would: nothing here checks a record, so a test can write a damaged one.
 */
import type { Page } from '@playwright/test';
import type { StoreNames } from 'idb';
import type { OutboxEntry } from '../../src/engine/ports/lrs-outbox.ts';
import type { Attempt } from '../../src/engine/records/attempt.ts';
import type { Profile } from '../../src/engine/records/profile.ts';
import { DB_NAME } from '../../src/storage/idb-store.ts';
import type { WaypointDB } from '../../src/storage/idb-store.ts';

type Store = StoreNames<WaypointDB>;

/** Where the app keeps each kind of record: an attempt in progress has a store of its own. */
const STORE = {
  profile: 'profiles',
  finishedAttempt: 'attempts',
  attemptInProgress: 'current',
  setting: 'settings',
  outbox: 'outbox',
} as const satisfies Record<string, Store>;

export interface Records {
  profiles: Profile[];
  /** Every attempt: the finished ones, then those in progress. */
  attempts: Attempt[];
  /** The device's settings, by key. */
  settings: Record<string, string>;
  /** Statements waiting for the LRS. */
  outbox: OutboxEntry[];
}

interface Write {
  store: Store;
  value: unknown;
  key?: string;
}

interface Read {
  store: Store;
  keys: string[];
  values: unknown[];
}

/**
 * Runs in the page: opens the app's database as it is (never creating or upgrading it), writes `write` in one
 * read-write transaction, or reads all of each store in `read` in one read-only transaction.
 */
function inPage(page: Page, read: readonly Store[], write: readonly Write[] = []): Promise<Read[]> {
  return page.evaluate(
    async ({ name, read, write }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        // With no version, open would create an empty database where there is none, which the app would then
        // upgrade from the wrong version: stop that, and say so.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () =>
          reject(new Error(`no records database "${name}" to open: ${String(request.error)}`));
      });
      try {
        const stores = [...new Set([...read, ...write.map((w) => w.store)])];
        const tx = db.transaction(stores, write.length > 0 ? 'readwrite' : 'readonly');
        const done = new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onabort = () => reject(new Error(`records transaction failed: ${String(tx.error)}`));
        });
        for (const w of write) {
          if (w.key === undefined) tx.objectStore(w.store).put(w.value);
          else tx.objectStore(w.store).put(w.value, w.key);
        }
        const requests = read.map((store) => ({
          store,
          keys: tx.objectStore(store).getAllKeys(),
          values: tx.objectStore(store).getAll(),
        }));
        await done;
        return requests.map((r) => ({
          store: r.store,
          keys: r.keys.result.map(String),
          values: r.values.result as unknown[],
        }));
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, read: [...read], write: [...write] },
  );
}

/** The records the app keeps on this device, read in one transaction. */
export async function recordsOf(page: Page): Promise<Records> {
  const stores = [
    STORE.profile,
    STORE.finishedAttempt,
    STORE.attemptInProgress,
    STORE.setting,
    STORE.outbox,
  ] as const;
  const [profiles, finished, inProgress, settings, outbox] = await inPage(page, stores);
  if (!profiles || !finished || !inProgress || !settings || !outbox) throw new Error('a store was not read');
  return {
    profiles: profiles.values as Profile[],
    attempts: [...finished.values, ...inProgress.values] as Attempt[],
    settings: Object.fromEntries(settings.keys.map((key, i) => [key, settings.values[i] as string])),
    outbox: outbox.values as OutboxEntry[],
  };
}

const inProgress = (value: unknown) =>
  typeof value === 'object' && value !== null && 'status' in value && value.status === 'in-progress';

/**
 * Writes a profile or an attempt, whole and unchecked, where the app keeps that kind of record (an attempt in
 * progress apart from the finished ones), as someone with developer tools or damage would.
 */
export async function putRecord(page: Page, kind: 'profile' | 'attempt', value: unknown): Promise<void> {
  const store =
    kind === 'profile' ? STORE.profile : inProgress(value) ? STORE.attemptInProgress : STORE.finishedAttempt;
  await inPage(page, [], [{ store, value }]);
}

/** Writes one of the device's settings, unchecked. */
export async function putSetting(page: Page, key: string, value: string): Promise<void> {
  await inPage(page, [], [{ store: STORE.setting, key, value }]);
}

/** Deletes the app's database, as clearing the site's data or moving to another device would. */
export function forgetRecords(page: Page): Promise<void> {
  return page.evaluate(
    (name) =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => done();
        request.onerror = () => fail(new Error('could not delete the database'));
        request.onblocked = () => fail(new Error('database deletion blocked'));
      }),
    DB_NAME,
  );
}
