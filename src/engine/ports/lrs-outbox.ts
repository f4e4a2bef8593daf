/**
 * The LRS outbox: xAPI statements waiting to be sent to a learning record store, kept where they survive a
 * reload (IndexedDB) so that going offline, closing the tab or a crash loses none. Implementations live in
 * src/storage (IndexedDB and in memory); the sync in src/lrs only sees this interface.
 *
 * Two things are kept:
 * - **entries**: statements waiting, keyed by statement id. Statement ids are deterministic, so offering the same
 *   statement again while it waits keeps one entry. An entry leaves only when the LRS has acknowledged it.
 * - **sources**: for each attempt, how far its statements have been queued for an endpoint (level 0: the
 *   `attempted` of a started attempt; level 1: the whole chain of a completed one). This is what stops a statement
 *   that was already sent and acknowledged from being queued, and so sent, a second time.
 */
import type { XapiStatement } from '../records/export/index.ts';

export interface OutboxEntry {
  /** The statement id (the key). */
  id: string;
  statement: XapiStatement;
  /** Id of the record the statement comes from (the attempt). */
  source: string;
  /** The level of its source at which this statement first exists (see OutboxSource.level). */
  level: number;
  /** Sending order, given by the outbox when the entry is added; oldest first. */
  seq: number;
  /** When it was queued (milliseconds since the epoch). */
  queuedAt: number;
}

/** How far one source's statements have been queued, and for which LRS endpoint. */
export interface OutboxSource {
  id: string;
  endpoint: string;
  level: number;
}

/** Statements of one source, offered at a level. */
export interface OutboxOffer {
  source: OutboxSource;
  entries: Omit<OutboxEntry, 'seq' | 'queuedAt' | 'source'>[];
}

export interface Outbox {
  /** 'indexeddb' when waiting statements survive a reload; 'memory' when they live as long as the page. */
  readonly kind: 'indexeddb' | 'memory';
  /**
   * Queues statements, atomically, and returns how many were added. For each offer, when the source is already
   * recorded at this level or higher for the same endpoint nothing is added; when it is recorded at a lower
   * level for the same endpoint only entries above that level are added; an entry whose id is already waiting
   * is kept as it is. The source is then recorded at the offered level.
   */
  offer(offers: readonly OutboxOffer[], queuedAt: number): Promise<number>;
  /** The oldest waiting entries, at most `limit`. */
  peek(limit: number): Promise<OutboxEntry[]>;
  /** Removes entries the LRS acknowledged. Ids not waiting are ignored. */
  remove(ids: readonly string[]): Promise<void>;
  /** How many entries are waiting. */
  count(): Promise<number>;
  /** Every recorded source. */
  sources(): Promise<OutboxSource[]>;
}
