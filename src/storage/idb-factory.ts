/**
 * idb's openDB opens with the global `indexedDB`. A caller may hand another factory (each unit test a fresh
 * fake-indexeddb one): it stands in for the global while openDB makes its request, which openDB does before it
 * returns, and the global is put back straight after. In the app the factory is the global: nothing is swapped.
 * Used by the records database (idb-store.ts) and the LRS read-back's (src/lrs/read/idb-read-store.ts).
 */
export function withFactory<T>(factory: IDBFactory, open: () => T): T {
  if (factory === globalThis.indexedDB) return open();
  const global = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
  Object.defineProperty(globalThis, 'indexedDB', { value: factory, configurable: true, writable: true });
  try {
    return open();
  } finally {
    if (global) Object.defineProperty(globalThis, 'indexedDB', global);
    else Reflect.deleteProperty(globalThis, 'indexedDB');
  }
}
