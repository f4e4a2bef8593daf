/**
 * A fuzz test of the import: at least 10,000 hostile bundles made from a genuine signed one (truncations, bit
 * flips, structural edits with the digest recomputed, and with the signature too, as someone holding the cohort
 * key would; deep nesting, lone surrogates, "__proto__" and "constructor" keys, huge strings). Every one must be
 * handled without a crash; none may be accepted unless its records mean exactly what the genuine ones do; and the
 * store must be unchanged on every refusal. Seeded, so a failure can be replayed.
 */
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../src/engine/records/bundle/bundle.ts';
import { canonicalJson, sha256Hex } from '../../../src/engine/records/bundle/canonical.ts';
import { newCohortKey, signText } from '../../../src/engine/records/bundle/cohort-key.ts';
import type { CohortKey } from '../../../src/engine/records/bundle/cohort-key.ts';
import { importBundle } from '../../../src/engine/records/bundle/import.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import type { RecordStore } from '../../../src/engine/ports/record-store.ts';
import { seededRandom } from '../../../src/engine/random.ts';
import { memoryStore } from '../../../src/storage/memory-store.ts';
import { validContent } from '../../helpers/fixtures.ts';
import { testProfile } from '../../helpers/profile.ts';
import { played } from '../../helpers/played.ts';

const { scenarios } = validContent();
const scenario = scenarios[0]!;
const profile = testProfile({ id: 'trainee-1' });
const NOW = Date.UTC(2026, 10, 1);
const BUNDLES = 10_000;

const play = (choices: number[], id: string): Attempt => ({
  ...played(scenario, profile, choices, id, NOW),
  inkState: null,
});

const genuine = [
  play([0, 1], '0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b'),
  play([1, 0], '1a9f3b5d-2c4e-4f6a-9b0c-1d2e3f4a5b6c'),
  play([0], '2b0a4c6e-3d5f-4a7b-8c1d-2e3f4a5b6c7d'),
];

/** What an attempt means: the fields a forger would want to change. */
const meaning = (a: Attempt) =>
  canonicalJson({
    id: a.id,
    profileId: a.profileId,
    scenarioId: a.scenarioId,
    scenarioVersion: a.scenarioVersion,
    status: a.status,
    ending: a.ending,
    result: a.result,
    decisions: a.decisions.map(({ choiceIndex, where, choiceText, evidence, critical }) => ({
      choiceIndex,
      where,
      choiceText,
      evidence,
      critical,
    })),
  });
const genuineMeaning = new Map(genuine.map((a) => [a.id, meaning(a)]));
const genuineById = new Map(genuine.map((a) => [a.id, a]));

/**
 * Whether an accepted attempt means what the genuine one does, or is an earlier state of it that the device could
 * have written itself (unfinished, no result, its decisions the first ones of the genuine attempt). Leaving an
 * attempt out of a file is not a forgery either; anything else accepted is.
 */
function honest(a: Attempt): boolean {
  const original = genuineById.get(a.id);
  if (!original) return false;
  if (meaning(a) === meaning(original)) return true;
  const decisions = (x: Attempt['decisions']) =>
    canonicalJson(
      x.map(({ seq, where, choiceIndex, choiceText, evidence, critical }) => ({
        seq,
        where,
        choiceIndex,
        choiceText,
        evidence,
        critical,
      })),
    );
  return (
    a.status !== 'completed' &&
    a.result === null &&
    a.ending === null &&
    a.scenarioId === original.scenarioId &&
    a.profileId === original.profileId &&
    decisions(a.decisions) === decisions(original.decisions.slice(0, a.decisions.length))
  );
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a JSON value. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy as Json;
}

function getAt(root: Json, path: (string | number)[]): Json {
  let node = root as Json;
  for (const key of path) node = (node as Record<string | number, Json>)[key] as Json;
  return node;
}

/** A hostile value: the kinds that break importers. */
function hostileValue(rnd: () => number, old: Json): Json | undefined {
  const pick = Math.floor(rnd() * 16);
  switch (pick) {
    case 0:
      return undefined; // removed
    case 1:
      return null;
    case 2:
      return typeof old === 'number' ? old + (rnd() < 0.5 ? 1 : -1) : 1;
    case 3:
      return typeof old === 'number' ? old * 1000 : 'x';
    case 4:
      return 'a\ud800b';
    case 5:
      return 'x'.repeat(2_100_000);
    case 6:
      return { __proto__: { polluted: true } } as unknown as Json;
    case 7:
      return JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as Json;
    case 8:
      return [old];
    case 9:
      return typeof old === 'boolean' ? !old : true;
    case 10:
      return Date.UTC(2999, 0, 1);
    case 11:
      return 3;
    case 12:
      return 'survivor-contact';
    case 13:
      return typeof old === 'string' ? `${old} ` : '';
    case 14:
      return 100;
    default:
      return Array.isArray(old) ? [] : {};
  }
}

async function seal(payload: Json, key: CohortKey | null, head: Record<string, Json>): Promise<string> {
  const canonical = canonicalJson(payload);
  const file: Record<string, Json> = {
    ...head,
    payload,
    integrity: { algorithm: 'SHA-256', digest: await sha256Hex(canonical) },
  };
  if (key)
    file.signature = { algorithm: 'HMAC-SHA-256', cohort: key.id, mac: await signText(canonical, key) };
  return JSON.stringify(file);
}

const snapshot = async (store: RecordStore) =>
  canonicalJson({ profiles: await store.profiles(), attempts: await store.attempts() });

describe('import fuzz', () => {
  it(`handles ${BUNDLES.toLocaleString('en')} hostile bundles: no crash, none wrongly accepted, nothing changed on refusal`, async () => {
    const key = await newCohortKey('Cohort 12');
    const text = await exportBundle({
      profiles: [profile],
      attempts: genuine,
      appVersion: '0.1.0',
      exportedAt: NOW,
      cohort: key,
    });
    const file = JSON.parse(text) as Record<string, Json>;
    const head = {
      format: file.format!,
      version: file.version!,
      exportedAt: file.exportedAt!,
      appVersion: file.appVersion!,
    };
    const payload = file.payload!;
    const payloadPaths = paths(payload).filter((p) => p.length > 0);
    const rnd = seededRandom(20261204);
    const counts = { accepted: 0, refused: 0, crashes: 0, wronglyAccepted: 0, changedOnRefusal: 0 };
    const kinds = new Map<string, number>();

    for (let i = 0; i < BUNDLES; i++) {
      const kind = Math.floor(rnd() * 8);
      let hostile: string;
      if (kind === 0) {
        hostile = text.slice(0, Math.floor(rnd() * text.length)); // truncated
      } else if (kind === 1) {
        const at = Math.floor(rnd() * text.length);
        const flipped = String.fromCharCode(text.charCodeAt(at) ^ (1 << Math.floor(rnd() * 7)));
        hostile = text.slice(0, at) + flipped + text.slice(at + 1); // one bit flipped
      } else if (kind === 2 || kind === 3 || kind === 4) {
        // A structural edit of the records, the digest recomputed; re-signed with the cohort key for kinds 3 and 4
        // (someone who extracted the key), and for kind 4 on an attempt's meaningful fields only.
        let edited: Json = payload;
        const edits = 1 + Math.floor(rnd() * 3);
        for (let e = 0; e < edits; e++) {
          const candidates =
            kind === 4
              ? payloadPaths.filter(
                  (p) =>
                    p[0] === 'attempts' &&
                    /result|decisions|status|ending|scenarioId|profileId|startedAt|endedAt/.test(
                      String(p[2]),
                    ),
                )
              : payloadPaths;
          const path = candidates[Math.floor(rnd() * candidates.length)]!;
          try {
            edited = setAt(edited, path, hostileValue(rnd, getAt(edited, path)));
          } catch {
            // the path no longer exists after an earlier edit
          }
        }
        hostile = await seal(edited, kind === 2 ? null : key, head);
      } else if (kind === 5) {
        const depth = 40 + Math.floor(rnd() * 100_000);
        hostile = `{"format":"waypoint-bundle","version":1,"payload":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      } else if (kind === 6) {
        // Reserved keys and lone surrogates in the envelope or the records, digest and signature recomputed.
        const path = payloadPaths[Math.floor(rnd() * payloadPaths.length)]!;
        const value = rnd() < 0.5 ? (JSON.parse('{"__proto__":{"x":1}}') as Json) : 'b\udc00';
        hostile = await seal(setAt(payload, path, value), key, head);
      } else {
        // The genuine file written differently: reordered keys, spaces. Accepted, and it means the same.
        hostile = JSON.stringify(JSON.parse(text), null, 1 + Math.floor(rnd() * 3));
      }
      kinds.set(String(kind), (kinds.get(String(kind)) ?? 0) + 1);

      const store = memoryStore({ profiles: [profile] });
      const before = await snapshot(store);
      let outcome;
      try {
        outcome = await importBundle(store, hostile, {
          scenario: async (id) => scenarios.find((s) => s.id === id),
          profilesHere: [profile],
          cohorts: [key],
          now: NOW,
          acceptUnverified: rnd() < 0.5,
        });
      } catch (e) {
        counts.crashes += 1;
        if (counts.crashes < 4) console.error(`crash on bundle ${i} (kind ${kind}):`, e);
        continue;
      }
      if (outcome.ok) {
        counts.accepted += 1;
        const stored = await store.attempts();
        const wrong =
          !stored.every(honest) ||
          (outcome.authenticity.kind !== 'signed' && stored.some((a) => !a.unverified));
        if (wrong) {
          counts.wronglyAccepted += 1;
          if (counts.wronglyAccepted < 4) {
            const diff = stored.find((a) => !honest(a));
            console.error(
              `wrongly accepted bundle ${i} (kind ${kind}): ${stored.length} attempts, ${outcome.authenticity.kind}`,
              diff ? `${genuineMeaning.get(diff.id)}\n${meaning(diff)}` : '',
            );
          }
        }
      } else {
        counts.refused += 1;
        if ((await snapshot(store)) !== before) counts.changedOnRefusal += 1;
      }
    }
    console.log(
      `import fuzz: ${JSON.stringify(counts)} by kind ${JSON.stringify(Object.fromEntries(kinds))}`,
    );
    expect(counts.crashes).toBe(0);
    expect(counts.wronglyAccepted).toBe(0);
    expect(counts.changedOnRefusal).toBe(0);
    expect(counts.accepted + counts.refused).toBe(BUNDLES);
    expect(counts.refused).toBeGreaterThan(BUNDLES / 2);
  }, 600_000);
});
