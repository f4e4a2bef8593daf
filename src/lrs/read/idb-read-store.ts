/**
 * The read-back store in IndexedDB, in a database of its own ('waypoint-lrs-read'), so reading an LRS never
 * touches the schema of the records database (src/storage/idb-store.ts) and can be dropped without a trace.
 */
import { openDB } from 'idb';
import type { DBSchema } from 'idb';
import { nextTask } from '../../engine/next-task.ts';
import { withFactory } from '../../storage/idb-factory.ts';
import type { Bookmark, ReadStore, RebuiltSnapshot, StoredPage } from './read-store.ts';

export const READ_DB_NAME = 'waypoint-lrs-read';
const VERSION = 2;

interface ReadDb extends DBSchema {
  pages: { key: [string, number]; value: StoredPage };
  bookmarks: { key: string; value: Bookmark };
  /** What a snapshot holds but its attempts, which are in parts; written last, so a snapshot is whole or absent. */
  rebuilt: { key: string; value: Omit<RebuiltSnapshot, 'attempts'> & { parts: number } };
  rebuiltParts: {
    key: [string, number];
    value: { source: string; part: number; key: string; attempts: unknown[] };
  };
}

/** Attempts per part of a rebuilt snapshot: each part is read or written in a task of its own. */
const PART = 1000;

const range = (source: string, fromSeq = -Infinity) =>
  IDBKeyRange.bound([source, fromSeq], [source, Infinity]);

export async function openIdbReadStore(
  factory: IDBFactory | undefined,
  name = READ_DB_NAME,
): Promise<ReadStore> {
  if (!factory) throw new Error('This browser has no IndexedDB.');
  const db = await withFactory(factory, () =>
    openDB<ReadDb>(name, VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore('pages', { keyPath: ['source', 'seq'] });
          database.createObjectStore('bookmarks', { keyPath: 'source' });
        }
        if (oldVersion < 2) {
          database.createObjectStore('rebuilt', { keyPath: 'source' });
          database.createObjectStore('rebuiltParts', { keyPath: ['source', 'part'] });
        }
      },
    }),
  );
  const open = db;
  return {
    bookmark: (source) => open.get('bookmarks', source),
    async addPage(page, bookmark) {
      const tx = open.transaction(['pages', 'bookmarks'], 'readwrite');
      await Promise.all([
        tx.objectStore('pages').put(page),
        tx.objectStore('bookmarks').put(bookmark),
        tx.done,
      ]);
    },
    async setBookmark(bookmark) {
      await open.put('bookmarks', bookmark);
    },
    pages: (source, fromSeq, count) => open.getAll('pages', range(source, fromSeq), count),
    async rebuilt(source, key) {
      const head = await open.get('rebuilt', source);
      if (head?.key !== key) return undefined;
      const attempts: unknown[] = [];
      for (let part = 0; part < head.parts; part++) {
        await nextTask();
        const kept = await open.get('rebuiltParts', [source, part]);
        // A part of another snapshot (or none): this one is not whole.
        if (kept?.key !== head.key || !Array.isArray(kept.attempts)) return undefined;
        attempts.push(...kept.attempts);
      }
      return { source, key: head.key, report: head.report, attempts };
    },
    async setRebuilt({ source, key, report, attempts }) {
      const tx = open.transaction(['rebuilt', 'rebuiltParts'], 'readwrite');
      await Promise.all([
        tx.objectStore('rebuilt').delete(source),
        tx.objectStore('rebuiltParts').delete(range(source)),
        tx.done,
      ]);
      const parts = Math.ceil(attempts.length / PART);
      for (let part = 0; part < parts; part++) {
        await nextTask();
        const slice = attempts.slice(part * PART, (part + 1) * PART);
        await open.put('rebuiltParts', { source, part, key, attempts: slice });
      }
      await open.put('rebuilt', { source, key, report, parts });
    },
    async truncate(source, fromSeq, bookmark) {
      const tx = open.transaction(['pages', 'bookmarks', 'rebuilt', 'rebuiltParts'], 'readwrite');
      await Promise.all([
        tx.objectStore('pages').delete(range(source, fromSeq)),
        tx.objectStore('bookmarks').put(bookmark),
        tx.objectStore('rebuilt').delete(source),
        tx.objectStore('rebuiltParts').delete(range(source)),
        tx.done,
      ]);
    },
    async clear(source) {
      const tx = open.transaction(['pages', 'bookmarks', 'rebuilt', 'rebuiltParts'], 'readwrite');
      await Promise.all([
        tx.objectStore('pages').delete(range(source)),
        tx.objectStore('bookmarks').delete(source),
        tx.objectStore('rebuilt').delete(source),
        tx.objectStore('rebuiltParts').delete(range(source)),
        tx.done,
      ]);
    },
    close: () => open.close(),
  };
}
