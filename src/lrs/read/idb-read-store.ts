/**
 * The read-back store in IndexedDB, in a database of its own ('waypoint-lrs-read'), so reading an LRS never
 * touches the schema of the records database (src/storage/idb-store.ts) and can be dropped without a trace.
 */
import { openDB } from 'idb';
import type { DBSchema } from 'idb';
import { withFactory } from '../../storage/idb-factory.ts';
import type { Bookmark, ReadStore, RebuiltSnapshot, StoredPage } from './read-store.ts';

export const READ_DB_NAME = 'waypoint-lrs-read';
const VERSION = 2;

interface ReadDb extends DBSchema {
  pages: { key: [string, number]; value: StoredPage };
  bookmarks: { key: string; value: Bookmark };
  rebuilt: { key: string; value: RebuiltSnapshot };
}

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
        if (oldVersion < 2) database.createObjectStore('rebuilt', { keyPath: 'source' });
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
    rebuilt: (source) => open.get('rebuilt', source),
    async setRebuilt(snapshot) {
      await open.put('rebuilt', snapshot);
    },
    async truncate(source, fromSeq, bookmark) {
      const tx = open.transaction(['pages', 'bookmarks', 'rebuilt'], 'readwrite');
      await Promise.all([
        tx.objectStore('pages').delete(range(source, fromSeq)),
        tx.objectStore('bookmarks').put(bookmark),
        tx.objectStore('rebuilt').delete(source),
        tx.done,
      ]);
    },
    async clear(source) {
      const tx = open.transaction(['pages', 'bookmarks', 'rebuilt'], 'readwrite');
      await Promise.all([
        tx.objectStore('pages').delete(range(source)),
        tx.objectStore('bookmarks').delete(source),
        tx.objectStore('rebuilt').delete(source),
        tx.done,
      ]);
    },
    close: () => open.close(),
  };
}
