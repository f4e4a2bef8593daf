/**
 * Importing bundles: genuine records from a device of the cohort go in; forged, edited or impossible ones are
 * refused whole and the store stays as it was; unsigned files only with the trainer's consent, marked unverified;
 * and one import is one transaction, so a failure half way leaves nothing behind.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../src/engine/records/bundle/bundle.ts';
import { importBundle } from '../../../src/engine/records/bundle/import.ts';
import type { ImportContext } from '../../../src/engine/records/bundle/import.ts';
import { canonicalJson, sha256Hex } from '../../../src/engine/records/bundle/canonical.ts';
import { cohortKeyOfCode, keyOfCode, newCohortKey } from '../../../src/engine/records/bundle/cohort-key.ts';
import type { CohortKey } from '../../../src/engine/records/bundle/cohort-key.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import type { RecordStore } from '../../../src/engine/ports/record-store.ts';
import { memoryStore } from '../../../src/storage/memory-store.ts';
import { openIdbStore } from '../../../src/storage/idb-store.ts';
import { validContent } from '../../helpers/fixtures.ts';
import { testProfile } from '../../helpers/profile.ts';
import { played } from '../../helpers/played.ts';

const { scenarios } = validContent();
const scenario = scenarios[0]!;
const profile = testProfile({ id: 'trainee-1' });
const NOW = Date.UTC(2026, 10, 1);

/** An attempt played through the real session machine: choices by index. */
const play = (choices: number[], id: string) => played(scenario, profile, choices, id, NOW);

const passing = play([0, 1], '0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b');
const failing = play([1, 0], '1a9f3b5d-2c4e-4f6a-9b0c-1d2e3f4a5b6c');
const open = play([0], '2b0a4c6e-3d5f-4a7b-8c1d-2e3f4a5b6c7d');

let cohort: CohortKey;
const context = (over: Partial<ImportContext> = {}): ImportContext => ({
  scenario: async (id) => scenarios.find((s) => s.id === id),
  profilesHere: [],
  cohorts: [cohort],
  now: NOW,
  acceptUnverified: false,
  ...over,
});

async function signed(attempts: Attempt[], profiles = [profile]) {
  cohort ??= await newCohortKey('Cohort 12');
  return exportBundle({ profiles, attempts, appVersion: '0.1.0', exportedAt: NOW, cohort });
}

/** A file edited by someone who recomputes the digest (and, with the key, the signature). */
async function forged(attempts: unknown[], options: { key?: CohortKey } = {}) {
  cohort ??= await newCohortKey('Cohort 12');
  const payload = { profiles: [profile], attempts };
  const canonical = canonicalJson(payload);
  const file: Record<string, unknown> = {
    format: 'waypoint-bundle',
    version: 1,
    exportedAt: new Date(NOW).toISOString(),
    appVersion: '0.1.0',
    payload,
    integrity: { algorithm: 'SHA-256', digest: await sha256Hex(canonical) },
  };
  if (options.key) {
    const { signText } = await import('../../../src/engine/records/bundle/cohort-key.ts');
    file.signature = {
      algorithm: 'HMAC-SHA-256',
      cohort: options.key.id,
      mac: await signText(canonical, options.key),
    };
  }
  return JSON.stringify(file);
}

const snapshot = async (store: RecordStore) => ({
  profiles: await store.profiles(),
  attempts: await store.attempts(),
});

describe('cohort keys', () => {
  it('turns a typed code back into the same key, forgiving case, dashes and look-alike letters', async () => {
    const k = await newCohortKey('A');
    expect(k.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){6}$/);
    const typed = k.code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
    expect(await cohortKeyOfCode(typed, 'A')).toEqual(k);
    expect(keyOfCode('not a code')).toBeNull();
    expect(keyOfCode(k.code.slice(0, -1))).toBeNull();
  });
});

describe('importing a bundle', () => {
  it('imports genuine records signed by a known cohort, once', async () => {
    const store = memoryStore();
    const text = await signed([passing, failing, open]);
    const first = await importBundle(store, text, context());
    expect(first).toMatchObject({ ok: true, authenticity: { kind: 'signed' }, unverified: 0 });
    expect(first.ok && first.report.added).toEqual({ profiles: 1, attempts: 3 });
    const stored = await store.attempts();
    expect(stored.find((a) => a.id === passing.id)).toEqual({ ...passing, inkState: null });
    expect(stored.find((a) => a.id === open.id)?.inkState).toBeNull(); // never trusted from outside
    const again = await importBundle(store, text, context());
    expect(again.ok && again.report.unchanged.attempts).toBe(3);
  });

  const forgeries: [string, () => unknown[], RegExp | string][] = [
    [
      'a failed attempt rewritten as a 100% pass',
      () => [{ ...failing, result: { ...failing.result!, percent: 100, passed: true, criticalErrors: [] } }],
      'wrongResult',
    ],
    ['a pass with no decisions', () => [{ ...passing, decisions: [] }], 'statusMismatch'],
    ['an attempt for an unknown scenario', () => [{ ...passing, scenarioId: 'made-up' }], 'unknownScenario'],
    [
      'evidence for an unknown criterion',
      () => [
        {
          ...passing,
          decisions: passing.decisions.map((d) => ({ ...d, evidence: [{ criterion: 'made.up', level: 3 }] })),
        },
      ],
      'wrongEvidence',
    ],
    ['a profile that exists nowhere', () => [{ ...passing, profileId: 'ghost' }], 'unknownProfile'],
    ['dates in 2999', () => [{ ...passing, endedAt: Date.UTC(2999, 0, 1) }], 'future'],
    [
      'a choice the story never offered',
      () => [{ ...open, decisions: [{ ...open.decisions[0]!, choiceText: 'Hand him her file' }] }],
      'notOffered',
    ],
    [
      'a "later state" that plays a different path than the story gives',
      () => [
        {
          ...passing,
          decisions: passing.decisions.map((d, i) => ({ ...d, choiceIndex: i === 1 ? 2 : d.choiceIndex })),
        },
      ],
      'notOffered',
    ],
    ['an ending the choices do not reach', () => [{ ...passing, ending: 'exposed' }], 'endingMismatch'],
  ];

  it.each(forgeries)(
    'refuses %s, even digested and signed with the cohort key, and changes nothing',
    async (_, make, code) => {
      const store = memoryStore({ profiles: [profile], attempts: [open] });
      const before = await snapshot(store);
      const text = await forged(make(), { key: cohort ?? (cohort = await newCohortKey('Cohort 12')) });
      const outcome = await importBundle(store, text, context());
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.problem).toMatchObject({ code: 'meaning', problems: [{ code }] });
      expect(await snapshot(store)).toEqual(before);
    },
  );

  it('refuses a signed file changed after signing', async () => {
    const store = memoryStore();
    const text = (await signed([failing])).replace(/"seed":7/, '"seed":8');
    // The digest no longer matches either; recompute it as a forger would.
    const data = JSON.parse(text) as { payload: unknown; integrity: { digest: string } };
    data.integrity.digest = await sha256Hex(canonicalJson(data.payload));
    const outcome = await importBundle(store, JSON.stringify(data), context());
    expect(!outcome.ok && outcome.problem).toEqual({ code: 'badSignature' });
    expect(await store.attempts()).toEqual([]);
  });

  it('imports an unsigned or unknown-cohort file only when the trainer accepts it, marked unverified', async () => {
    const store = memoryStore();
    const unsigned = await exportBundle({
      profiles: [profile],
      attempts: [passing],
      appVersion: '0.1.0',
      exportedAt: NOW,
    });
    expect(await importBundle(store, unsigned, context())).toMatchObject({
      ok: false,
      problem: { code: 'unverified', why: 'unsigned' },
    });
    const stranger = await newCohortKey('Another centre');
    const foreign = await exportBundle({
      profiles: [profile],
      attempts: [passing],
      appVersion: '0.1.0',
      exportedAt: NOW,
      cohort: stranger,
    });
    expect(await importBundle(store, foreign, context())).toMatchObject({
      ok: false,
      problem: { code: 'unverified', why: 'unknownCohort' },
    });
    expect(await store.attempts()).toEqual([]);
    const accepted = await importBundle(store, unsigned, context({ acceptUnverified: true }));
    expect(accepted).toMatchObject({ ok: true, unverified: 1, authenticity: { kind: 'unsigned' } });
    expect((await store.attempts())[0]?.unverified).toBe(true);
  });

  it('never lets the same file be imported as verified by dropping the unverified mark and re-exporting unsigned', async () => {
    const store = memoryStore();
    const text = await forged([{ ...passing, unverified: true }], { key: cohort });
    await importBundle(store, text, context());
    expect((await store.attempts())[0]?.unverified).toBe(true);
  });

  it('is one transaction: a write failing at any point leaves the store as it was', async () => {
    const text = await signed([passing, failing, open], [profile, testProfile({ id: 'trainee-2' })]);
    // The import writes a new profile and two new attempts (the open attempt is here already): three writes.
    for (let failAt = 1; failAt <= 3; failAt++) {
      const factory = new IDBFactory();
      const store = await openIdbStore(factory);
      await store.putProfile(profile);
      await store.putAttempt({ ...open, inkState: null });
      const before = await snapshot(store);
      // Fault injection: the n-th put of the import throws.
      const FDBObjectStore = globalThis.IDBObjectStore; // fake-indexeddb's, set by fake-indexeddb/auto
      const put = FDBObjectStore.prototype.put;
      let n = 0;
      FDBObjectStore.prototype.put = function (this: unknown, ...args: unknown[]) {
        n += 1;
        if (n === failAt) throw new DOMException('disk error', 'UnknownError');
        return put.apply(this, args as never);
      } as typeof put;
      try {
        await expect(importBundle(store, text, context())).rejects.toThrow();
      } finally {
        FDBObjectStore.prototype.put = put;
      }
      expect(n, 'the fault was reached').toBeGreaterThanOrEqual(failAt);
      expect(await snapshot(store), `failing at write ${failAt}`).toEqual(before);
    }
  });
});
