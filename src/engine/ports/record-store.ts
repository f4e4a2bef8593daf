/**
 * Where profiles and attempts are kept. The engine depends on this interface only; IndexedDB (src/storage) and
 * an in-memory fallback implement it.
 */
import type { Attempt } from '../records/attempt.ts';
import type { Profile } from '../records/profile.ts';
import type { MergeReport } from '../records/bundle/merge.ts';
import type { RecordSet } from '../records/bundle/schema.ts';

/** How incoming records merge with those of the same ids already here (see bundle/merge.ts planMerge). */
export type MergePlan = (
  existing: RecordSet,
  incoming: RecordSet,
) => { write: RecordSet; report: MergeReport };

/** An entry that could not be read as a record: kept aside with why, never deleted. */
export interface QuarantinedEntry {
  id: string;
  store: 'profiles' | 'attempts';
  reason: string;
  raw: unknown;
  at: number;
}

export interface RecordStore {
  /** 'indexeddb' when records survive a reload; 'memory' when they live only as long as the page. */
  readonly kind: 'indexeddb' | 'memory';
  putProfile(profile: Profile): Promise<void>;
  profiles(): Promise<Profile[]>;
  putAttempt(attempt: Attempt): Promise<void>;
  attempts(): Promise<Attempt[]>;
  /** Entries set aside because they were unreadable. */
  quarantine(): Promise<QuarantinedEntry[]>;
  /**
   * Imports records in one transaction: reads the records of the same ids, merges (`plan`), and writes only what
   * is added or newer. Either all of it is on record or none of it.
   */
  mergeIn(incoming: RecordSet, plan: MergePlan): Promise<MergeReport>;
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
}
