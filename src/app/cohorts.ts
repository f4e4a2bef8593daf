/**
 * The cohort keys a device knows, and the one it signs its bundles with, kept as two settings in the record store.
 * On this device, in this browser, like the trainer passphrase: docs/security.md says what that protects.
 */
import { parseCohortKeys } from '../engine/records/bundle/index.ts';
import type { CohortKey } from '../engine/records/bundle/index.ts';
import type { RecordStore } from '../engine/ports/record-store.ts';

export const COHORT_KEYS_SETTING = 'cohortKeys';
export const SIGNING_COHORT_SETTING = 'signingCohort';

export async function knownCohorts(store: RecordStore): Promise<CohortKey[]> {
  return parseCohortKeys(await store.getSetting(COHORT_KEYS_SETTING).catch(() => undefined));
}

/** Adds a cohort key (or renames a known one); returns the list as stored. */
export async function addCohort(store: RecordStore, cohort: CohortKey): Promise<CohortKey[]> {
  const list = [...(await knownCohorts(store)).filter((k) => k.id !== cohort.id), cohort];
  await store.setSetting(COHORT_KEYS_SETTING, JSON.stringify(list));
  return list;
}

/** The key this device signs with, if it has been set up with one. */
export async function signingCohort(store: RecordStore): Promise<CohortKey | null> {
  const id = await store.getSetting(SIGNING_COHORT_SETTING).catch(() => undefined);
  return (await knownCohorts(store)).find((k) => k.id === id) ?? null;
}

export async function setSigningCohort(store: RecordStore, id: string | null): Promise<void> {
  await store.setSetting(SIGNING_COHORT_SETTING, id ?? '');
}
