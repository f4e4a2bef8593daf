import { describe, expect, it } from 'vitest';
import { mergeBundle } from '../../../src/engine/records/bundle/merge.ts';
import type { RecordSet } from '../../../src/engine/records/bundle/schema.ts';
import {
  amelie,
  decision,
  failing,
  ID_FAIL,
  ID_PASS,
  inProgress,
  open,
  passing,
  T0,
  tomas,
} from './fixtures.ts';

const empty: RecordSet = { profiles: [], attempts: [] };
const counts = (profiles: number, attempts: number) => ({ profiles, attempts });

function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

describe('merging imported records', () => {
  it('adds what is new', () => {
    const merged = mergeBundle(empty, { profiles: [amelie, tomas], attempts: [passing, failing] });
    expect(merged.attempts).toEqual([passing, failing]);
    expect(merged.profiles).toEqual([amelie, tomas]);
    expect(merged.report).toEqual({
      added: counts(2, 2),
      unchanged: counts(0, 0),
      updated: counts(0, 0),
      conflicts: [],
    });
  });

  it('changes nothing when the same records are imported twice', () => {
    const incoming = { profiles: [amelie, tomas], attempts: [passing, failing, open] };
    const once = mergeBundle({ profiles: [amelie], attempts: [failing] }, incoming);
    const twice = mergeBundle({ profiles: once.profiles, attempts: once.attempts }, incoming);
    expect(twice.profiles).toEqual(once.profiles);
    expect(twice.attempts).toEqual(once.attempts);
    expect(twice.report).toEqual({
      added: counts(0, 0),
      unchanged: counts(2, 3),
      updated: counts(0, 0),
      conflicts: [],
    });
  });

  it('treats a copy with keys in another order as the same record', () => {
    const reordered = Object.fromEntries(Object.entries(passing).reverse()) as typeof passing;
    expect(
      mergeBundle({ profiles: [], attempts: [passing] }, { profiles: [], attempts: [reordered] }).report
        .unchanged,
    ).toEqual(counts(0, 1));
  });

  it('replaces an attempt in progress by its completed version', () => {
    const here = { profiles: [amelie], attempts: [failing, inProgress(passing, 2)] };
    const merged = mergeBundle(here, { profiles: [amelie], attempts: [passing] });
    expect(merged.attempts).toEqual([failing, passing]);
    expect(merged.report.updated).toEqual(counts(0, 1));
    expect(merged.report.conflicts).toEqual([]);
  });

  it('replaces an attempt in progress by a later state of it, not by an earlier one', () => {
    const later = mergeBundle(
      { profiles: [], attempts: [inProgress(passing, 1)] },
      {
        profiles: [],
        attempts: [inProgress(passing, 2)],
      },
    );
    expect(later.attempts).toEqual([inProgress(passing, 2)]);
    expect(later.report.updated).toEqual(counts(0, 1));
    const earlier = mergeBundle(
      { profiles: [], attempts: [passing] },
      { profiles: [], attempts: [inProgress(passing, 2)] },
    );
    expect(earlier.attempts).toEqual([passing]);
    expect(earlier.report.unchanged).toEqual(counts(0, 1));
  });

  it('never overwrites a completed attempt with a different one: keeps it and reports a conflict', () => {
    const other = {
      ...passing,
      decisions: [...passing.decisions.slice(0, 2), decision(3, [['crsv.consent', 1]])],
    };
    const merged = mergeBundle(
      { profiles: [amelie], attempts: [passing] },
      { profiles: [amelie], attempts: [other] },
    );
    expect(merged.attempts).toEqual([passing]);
    expect(merged.report.updated).toEqual(counts(0, 0));
    expect(merged.report.conflicts).toEqual([
      { kind: 'attempt', id: ID_PASS, message: expect.stringContaining(ID_PASS) },
    ]);
  });

  it('reports in-progress copies that went different ways as a conflict', () => {
    const forked = {
      ...inProgress(passing, 2),
      decisions: [passing.decisions[0]!, decision(2, [['crsv.listening', 0]])],
    };
    const merged = mergeBundle(
      { profiles: [], attempts: [inProgress(passing, 2)] },
      { profiles: [], attempts: [forked] },
    );
    expect(merged.attempts).toEqual([inProgress(passing, 2)]);
    expect(merged.report.conflicts.map((c) => c.id)).toEqual([ID_PASS]);
  });

  it('reports a different record under the same id (another start) as a conflict', () => {
    const clash = { ...inProgress(failing, 1), startedAt: T0 + 1 };
    const merged = mergeBundle(
      { profiles: [], attempts: [inProgress(failing, 0)] },
      { profiles: [], attempts: [clash] },
    );
    expect(merged.attempts).toEqual([inProgress(failing, 0)]);
    expect(merged.report.conflicts.map((c) => c.id)).toEqual([ID_FAIL]);
  });

  it('keeps a profile that differs from the incoming one and reports it', () => {
    const renamed = { ...amelie, name: 'A. Ndiaye' };
    const merged = mergeBundle({ profiles: [amelie], attempts: [] }, { profiles: [renamed], attempts: [] });
    expect(merged.profiles).toEqual([amelie]);
    expect(merged.report.conflicts).toEqual([
      { kind: 'profile', id: amelie.id, message: expect.any(String) },
    ]);
  });

  it('does not change the records it is given', () => {
    const here = frozen({ profiles: [amelie], attempts: [inProgress(passing, 1)] });
    const incoming = frozen({ profiles: [tomas], attempts: [passing, failing] });
    expect(() => mergeBundle(here, incoming)).not.toThrow();
    expect(here.attempts[0]?.status).toBe('in-progress');
  });
});
