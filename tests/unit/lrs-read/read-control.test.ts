/**
 * The trainer area's LRS read-back (src/app/lrs-read.ts) over a fake LRS and fake IndexedDB: nothing without
 * settings; settings kept in the record store like the sending ones; a fetch rebuilds the cohort's attempts; the
 * status says what is kept and when; another endpoint, or forgetting the settings, deletes what was read; the
 * rebuilt attempts are kept, so the next opening does not read every statement again, unless something new was
 * fetched or the snapshot is damaged.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLrsRead, LRS_READ_SETTING } from '../../../src/app/lrs-read.ts';
import { memoryStore } from '../../../src/storage/memory-store.ts';
import { openLrsReader, READ_DB_NAME } from '../../../src/lrs/read/index.ts';
import type { LrsReader } from '../../../src/lrs/read/index.ts';
import { wrap } from 'idb';
import type { RecordStore } from '../../../src/engine/ports/record-store.ts';
import { attempt, scenario, statementsOf, T0, trainee } from '../insight/cohort.ts';
import { ACTIVITY, ENDPOINT, fakeLrs } from './fake-lrs.ts';
import type { FakeLrs } from './fake-lrs.ts';

const settings = { endpoint: ENDPOINT, key: 'reader', secret: 's3cret' };
let lrs: FakeLrs;
let store: RecordStore;
let factory: IDBFactory;

beforeEach(() => {
  lrs = fakeLrs();
  store = memoryStore();
  factory = new IDBFactory();
});

/** Statements read back from storage by the reader's `load`, over every reader opened. */
let loads = 0;
const control = () =>
  createLrsRead({
    store: () => store,
    scenarios: [scenario],
    open: async (s): Promise<LrsReader> => {
      const r = await openLrsReader(s, { factory, fetch: lrs.fetch, activity: ACTIVITY });
      return { ...r, load: () => ((loads += 1), r.load()) };
    },
  });

async function cohortOnTheLrs(): Promise<void> {
  const a = trainee(1);
  const b = trainee(2);
  const attempts = [attempt(a, [0, 1], 1), attempt(b, [1, 0], 2)];
  const statements = await statementsOf([a, b], attempts);
  statements.forEach((s, i) => lrs.statements.push({ ...s, stored: new Date(T0 + i).toISOString() }));
}

describe('the LRS read-back of the trainer area', () => {
  it('does nothing without settings', async () => {
    const c = control();
    expect(await c.settings()).toBeNull();
    expect(await c.status()).toBeNull();
    expect(await c.attempts()).toEqual({ attempts: [], report: null });
    await expect(c.fetchNew({})).rejects.toThrow(/no LRS/);
    expect(lrs.requests).toHaveLength(0);
  });

  it('keeps its settings in the record store and rebuilds the attempts it fetched', async () => {
    await cohortOnTheLrs();
    const c = control();
    await c.configure({ ...settings, endpoint: `${ENDPOINT}/` });
    expect(JSON.parse((await store.getSetting(LRS_READ_SETTING)) ?? '')).toEqual(settings);
    expect(await c.status()).toEqual({ kept: 0, fetchedAt: null, partway: false });

    const outcome = await c.fetchNew({});
    expect(outcome.kind).toBe('done');
    const status = await c.status();
    expect(status?.kept).toBe(lrs.statements.length);
    expect(status?.fetchedAt).not.toBeNull();
    const { attempts, report } = await c.attempts();
    expect(attempts.map((a) => [a.trainee.id, a.status, a.passed])).toEqual([
      ['trainee-1', 'completed', true],
      ['trainee-2', 'completed', false],
    ]);
    expect(report?.used).toBe(lrs.statements.length);
  });

  it('deletes what was read when the endpoint changes or the settings are forgotten, not when the key does', async () => {
    await cohortOnTheLrs();
    const c = control();
    await c.configure(settings);
    await c.fetchNew({});
    await c.configure({ ...settings, key: 'another-key' });
    expect((await c.attempts()).attempts).toHaveLength(2);

    await c.configure({ ...settings, endpoint: 'https://other.example.org/xAPI' });
    expect((await c.attempts()).attempts).toHaveLength(0);
    await c.configure(settings);
    expect((await c.attempts()).attempts).toHaveLength(0);
    await c.fetchNew({});
    expect((await c.attempts()).attempts).toHaveLength(2);
    await c.configure(null);
    expect(await c.status()).toBeNull();
    await c.configure(settings);
    expect(await c.status()).toEqual({ kept: 0, fetchedAt: null, partway: false });
  });

  it('opens from the attempts rebuilt last time until something new is fetched, and rebuilds a damaged snapshot', async () => {
    await cohortOnTheLrs();
    const c = control();
    await c.configure(settings);
    await c.fetchNew({});
    loads = 0;
    const first = await c.attempts();
    expect(loads).toBe(1);
    // Opening again (another visit: a new control over the same storage) reads the snapshot, not the statements.
    const again = await control().attempts();
    expect(loads).toBe(1);
    expect(again).toEqual(first);

    // A new attempt on the LRS: the next fetch keeps it, and the attempts are rebuilt with it.
    const c3 = trainee(3);
    const more = await statementsOf([c3], [attempt(c3, [0, 0], 3)]);
    const base = lrs.statements.length;
    more.forEach((s, i) =>
      lrs.statements.push({ ...s, stored: new Date(T0 + 60_000 + base + i).toISOString() }),
    );
    await c.fetchNew({});
    const grown = await c.attempts();
    expect(loads).toBe(2);
    expect(grown.attempts.map((a) => a.trainee.id)).toEqual(['trainee-1', 'trainee-2', 'trainee-3']);

    // Storage gives back a damaged snapshot: the attempts are rebuilt from the statements, the same as before.
    const db = await wrap(factory.open(READ_DB_NAME));
    if (!db) throw new Error('the read database did not open');
    const tx = db.transaction('rebuiltParts', 'readwrite');
    const [part] = (await tx.store.getAll()) as { attempts: { decisions: unknown }[] }[];
    if (!part?.attempts[0]) throw new Error('no snapshot was kept');
    part.attempts[0].decisions = 'not a list';
    await tx.store.put(part);
    await tx.done;
    db.close();
    expect(await control().attempts()).toEqual(grown);
    expect(loads).toBe(3);
  });
});
