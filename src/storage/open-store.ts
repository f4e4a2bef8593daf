/** Opens IndexedDB, or falls back to memory with a message saying records will not survive a reload. */
import type { RecordStore } from '../engine/ports/record-store.ts';
import { openIdbStore } from './idb-store.ts';
import { memoryStore } from './memory-store.ts';
import { classify } from './storage-error.ts';
import type { StorageProblem } from './storage-error.ts';

export async function openStore(): Promise<{ store: RecordStore; problem: StorageProblem | null }> {
  try {
    return { store: await openIdbStore(globalThis.indexedDB), problem: null };
  } catch (e) {
    return { store: memoryStore(), problem: classify(e).problem };
  }
}
