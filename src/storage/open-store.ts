/** Opens IndexedDB, or falls back to memory with a message saying records will not survive a reload. */
import type { RecordStore } from '../engine/records/store';
import { openIdbStore } from './idb-store';
import { memoryStore } from './memory-store';
import { classify } from './storage-error';
import type { StorageProblem } from './storage-error';

export async function openStore(): Promise<{ store: RecordStore; problem: StorageProblem | null }> {
  try {
    return { store: await openIdbStore(globalThis.indexedDB), problem: null };
  } catch (e) {
    return { store: memoryStore(), problem: classify(e).problem };
  }
}
