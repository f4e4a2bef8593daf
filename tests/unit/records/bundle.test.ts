import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import { exportBundle, parseBundle } from '../../../src/engine/records/bundle/bundle.ts';
import { fields, number, optional, text } from '../../../src/engine/records/bundle/checks.ts';
import { bundleProblemText } from '../../../src/presentation/i18n/bundle-problems.ts';
import { en } from '../../../src/presentation/i18n/en.ts';
import { messagesIn } from '../../../src/presentation/i18n/t.ts';
import { amelie, failing, ID_PASS, open, passing, T0, tomas } from './fixtures.ts';

const records = { profiles: [amelie, tomas], attempts: [passing, failing, open] };
const made = () => exportBundle({ ...records, appVersion: '0.1.0', exportedAt: T0 });

/** Why the file was refused, as the trainer reads it (in English). */
async function refusal(text: string): Promise<string> {
  const parsed = await parseBundle(text);
  if (parsed.ok) throw new Error('the bundle was accepted');
  return bundleProblemText(parsed.problem, messagesIn('en'));
}

/** A bundle whose digest matches its (bad) records, to reach the shape checks. */
async function sealed(attempts: unknown[], profiles: unknown[] = [amelie, tomas]): Promise<string> {
  return exportBundle({
    profiles: profiles as never,
    attempts: attempts as Attempt[],
    appVersion: '0.1.0',
    exportedAt: T0,
  });
}

describe('bundle export and parse', () => {
  it('round-trips every record exactly', async () => {
    const text = await made();
    const parsed = await parseBundle(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.bundle).toMatchObject({
      format: 'waypoint-bundle',
      version: 1,
      exportedAt: '2025-03-14T08:30:00.000Z',
      appVersion: '0.1.0',
      integrity: { algorithm: 'SHA-256' },
    });
    expect(parsed.bundle.integrity.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(parsed.bundle.payload).toEqual(records);
  });

  it('accepts a bundle whose keys were reordered (the digest is over a canonical form)', async () => {
    const data = JSON.parse(await made());
    const reversed = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).reverse());
    data.payload = {
      attempts: data.payload.attempts.map(reversed),
      profiles: data.payload.profiles.map(reversed),
    };
    expect((await parseBundle(JSON.stringify(data, null, 2))).ok).toBe(true);
  });

  it('accepts its own export of a record holding a value JSON cannot keep', async () => {
    const odd = { ...passing, note: undefined, extra: [undefined, () => 1] } as unknown as Attempt;
    const text = await exportBundle({ ...records, attempts: [odd], appVersion: '0.1.0', exportedAt: T0 });
    expect(await parseBundle(text)).toMatchObject({ ok: true });
  });

  it('accepts a file saved with a byte order mark', async () => {
    expect((await parseBundle(`\uFEFF${await made()}`)).ok).toBe(true);
  });

  it('refuses a bundle in which one level was changed', async () => {
    const data = JSON.parse(await made());
    expect(data.payload.attempts[0].decisions[0].evidence[0].level).toBe(3);
    data.payload.attempts[0].decisions[0].evidence[0].level = 2;
    expect(await refusal(JSON.stringify(data))).toBe(en.bundle_changed);
    expect(en.bundle_changed).toMatch(/^The records in this file were changed after export/);
  });

  it('refuses a bundle edited as text, and one with a record removed', async () => {
    const text = await made();
    expect(await refusal(text.replace('"passed":true', '"passed":false'))).toBe(en.bundle_changed);
    const data = JSON.parse(text);
    data.payload.attempts.pop();
    expect(await refusal(JSON.stringify(data))).toBe(en.bundle_changed);
  });

  it('refuses a truncated file as incomplete, wherever it was cut', async () => {
    const text = await made();
    for (const cut of [1, 20, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length - 3]) {
      expect(await refusal(text.slice(0, cut)), `cut at ${cut}`).toBe(
        'The file is incomplete or damaged: it ends before the bundle does.',
      );
    }
  });

  it('refuses what is not a bundle', async () => {
    expect(await refusal('')).toBe(en.bundle_empty);
    expect(await refusal('attempt_id,profile_id\r\n1,2\r\n')).toBe(en.bundle_notJson);
    expect(await refusal('{"format": "waypoint-bundle",, }')).toBe(en.bundle_notJson);
    expect(await refusal('[1, 2, 3]')).toBe(en.bundle_wrongFormat);
    expect(await refusal('{"format":"other-app","version":1}')).toBe(en.bundle_wrongFormat);
  });

  it('refuses an unsupported version, telling when Waypoint needs updating', async () => {
    const data = JSON.parse(await made());
    expect(await refusal(JSON.stringify({ ...data, version: 2 }))).toBe(
      messagesIn('en').t('bundle_newerVersion', { version: '2' }),
    );
    expect(await refusal(JSON.stringify({ ...data, version: '1' }))).toBe(en.bundle_badVersion);
    // The interface words the refusal from its code, in the trainer's language.
    const parsed = await parseBundle(JSON.stringify({ ...data, version: 2 }));
    expect(parsed.ok ? null : parsed.problem).toEqual({ code: 'newerVersion', version: 2 });
  });

  it('refuses a bundle without its integrity check', async () => {
    const data = JSON.parse(await made());
    delete data.integrity;
    expect(await refusal(JSON.stringify(data))).toBe(en.bundle_noIntegrity);
  });
});

describe('bundle shape checks', () => {
  const bad = async (attempt: unknown) => refusal(await sealed([attempt]));

  it.each([
    [
      'a level out of range',
      { decisions: [{ ...passing.decisions[0], evidence: [{ criterion: 'c', level: 5 }] }] },
    ],
    ['an unknown status', { status: 'done' }],
    ['an id that is not a UUID', { id: 'attempt-1' }],
    ['a start time that is text', { startedAt: '2025-03-14' }],
    ['a completed attempt without a result', { result: null }],
    ['an end before the start', { endedAt: T0 - 1 }],
    ['decisions out of order', { decisions: [...passing.decisions].reverse() }],
    ['a percentage over 100', { result: { ...passing.result, percent: 130 } }],
  ])('refuses an attempt with %s', async (_, change) => {
    const message = await bad({ ...passing, ...change });
    expect(message).toMatch(
      /^The records in this file are not in the form Waypoint expects, so none were imported: /,
    );
  });

  it('says where the problem is', async () => {
    const decisions = [passing.decisions[0], { ...passing.decisions[1], choiceIndex: -1 }];
    expect(await bad({ ...passing, decisions })).toContain(
      'attempts[0].decisions[1].choiceIndex must be a whole number of at least 0 (found -1)',
    );
    const noSeed: Partial<Attempt> = { ...passing };
    delete noSeed.seed;
    expect(await bad(noSeed)).toContain('attempts[0].seed is missing');
  });

  it('refuses a profile with an unknown component, and duplicate ids', async () => {
    expect(await refusal(await sealed([], [{ ...amelie, component: 'navy' }]))).toContain(
      'profiles[0].component must be one of "military", "police", "civilian" (found "navy")',
    );
    expect(await refusal(await sealed([passing, { ...passing, ending: 'other' }]))).toContain(
      `attempt ${ID_PASS} appears more than once`,
    );
  });

  it('keeps fields it does not know, untouched', async () => {
    const parsed = await parseBundle(await sealed([{ ...passing, note: 'from a later app' }]));
    expect(parsed.ok && parsed.bundle.payload.attempts[0]).toMatchObject({ note: 'from a later app' });
  });

  it('lets an optional field be left out, and checks it when present', () => {
    const check = fields<{ name: string; cohort?: number }>({ name: text(), cohort: optional(number(0)) });
    const run = (v: unknown) => {
      const problems: string[] = [];
      check(v, 'p', problems);
      return problems;
    };
    expect(run({ name: 'x' })).toEqual([]);
    expect(run({ name: 'x', cohort: 'A' })).toEqual(['p.cohort must be a number of at least 0 (found "A")']);
    expect(run({})).toEqual(['p.name is missing']);
  });
});
