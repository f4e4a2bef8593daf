/**
 * Reading the course's statements back from an LRS, for the trainer's insight (src/engine/insight rebuilds and
 * analyses them). In the browser: `openLrsReader(settings)` with the page's IndexedDB and fetch.
 */
import type { LrsSettings } from '../../engine/ports/lrs-sync.ts';
import { DEFAULT_XAPI_OPTIONS, xapiIris } from '../../engine/records/export/xapi.ts';
import type { Fetch } from '../client.ts';
import { openIdbReadStore } from './idb-read-store.ts';
import { createLrsReader } from './reader.ts';
import type { LrsReader } from './reader.ts';

export { createLrsReader } from './reader.ts';
export type { KeptStatements, LrsReader, ReadOutcome, ReadProgress, ReaderDeps } from './reader.ts';
export { openIdbReadStore, READ_DB_NAME } from './idb-read-store.ts';
export type { Bookmark, ReadStore, RebuiltSnapshot, StoredPage } from './read-store.ts';

/** The course's activity: every statement Waypoint sends has it among its context activities (grouping). */
export const courseActivity = (activityBase: string = DEFAULT_XAPI_OPTIONS.activityBase): string =>
  xapiIris(activityBase).app;

export async function openLrsReader(
  settings: LrsSettings,
  options: { factory?: IDBFactory; fetch?: Fetch; activity?: string; pageSize?: number } = {},
): Promise<LrsReader> {
  const store = await openIdbReadStore(options.factory ?? globalThis.indexedDB);
  return createLrsReader(settings, options.activity ?? courseActivity(), {
    store,
    fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    now: () => Date.now(),
    ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
  });
}
