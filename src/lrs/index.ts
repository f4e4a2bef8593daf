/**
 * LRS sync in the browser: the outbox in IndexedDB (in memory when the records are), fetch, timers, the
 * `online`/`offline` events and a Web Lock so one tab sends at a time; statements are queued when the session
 * starts, completes or leaves an attempt, once the records keeper has saved it. See docs/lrs.md.
 */
import type { Actor } from 'xstate';
import type { CatalogueSource } from '../engine/ports/catalogue-source.ts';
import type { ScenarioMeta } from '../engine/records/export/index.ts';
import type { RecordStore } from '../engine/ports/record-store.ts';
import type { SessionMachine } from '../engine/session/machine.ts';
import { openIdbOutbox } from '../storage/idb-outbox.ts';
import { memoryOutbox } from '../storage/memory-outbox.ts';
import { LRS_SETTING } from './settings.ts';
import { createLrsSync } from './sync.ts';
import type { LrsSync } from './sync.ts';

export type { LrsSync } from './sync.ts';

export interface LrsSyncStart {
  /** The records keeper's current store (it moves to memory when storage fails). */
  store: () => RecordStore;
  actor: Actor<SessionMachine>;
  /** Resolves when the records keeper's writes are done. */
  saved: () => Promise<void>;
  scenarios: readonly ScenarioMeta[];
  catalogue: CatalogueSource;
  page?: Window;
}

export function startLrsSync(start: LrsSyncStart): LrsSync {
  const page = start.page ?? window;
  const outbox =
    start.store().kind === 'indexeddb'
      ? openIdbOutbox(page.indexedDB).catch(() => memoryOutbox())
      : Promise.resolve(memoryOutbox());
  const locks = page.navigator.locks as LockManager | undefined;
  const sync = createLrsSync({
    outbox,
    settings: {
      get: () => start.store().getSetting(LRS_SETTING),
      set: (value) => start.store().setSetting(LRS_SETTING, value),
    },
    records: async () => {
      const store = start.store();
      const [profiles, attempts] = await Promise.all([store.profiles(), store.attempts()]);
      return { profiles, attempts };
    },
    scenarios: start.scenarios,
    catalogue: () => start.catalogue.load(),
    fetch: (url, init) => page.fetch(url, init),
    timers: {
      set: (run, ms) => page.setTimeout(run, ms),
      clear: (handle) => page.clearTimeout(handle as number),
    },
    now: () => Date.now(),
    random: () => Math.random(),
    network: {
      online: () => page.navigator.onLine,
      subscribe(listener) {
        const online = () => listener(true);
        const offline = () => listener(false);
        page.addEventListener('online', online);
        page.addEventListener('offline', offline);
        return () => {
          page.removeEventListener('online', online);
          page.removeEventListener('offline', offline);
        };
      },
    },
    ...(locks ? { exclusive: (work) => locks.request('waypoint-lrs-outbox', () => work()) } : {}),
  });

  // An attempt is on record when it starts, completes or is left: queue then, once the records keeper has saved
  // it (queue() does nothing without LRS settings, and nothing twice).
  const queueSaved = () => void start.saved().then(() => sync.queue());
  for (const type of ['attempt.started', 'attempt.completed', 'attempt.abandoned'] as const)
    start.actor.on(type, queueSaved);
  return sync;
}
