/**
 * Benchmark (not a test) of the records exports at a training centre's scale: 10,000 completed attempts of about
 * 15 decisions each. Prints milliseconds and sizes for the attempts CSV, decisions CSV and xAPI statements, and
 * for the JSON bundle's export, parse and merge. Run: `npm run bench:export`.
 */
import type { Catalogue, Criterion } from '../../src/engine/content/types.ts';
import { seededRandom } from '../../src/engine/random.ts';
import type { Attempt } from '../../src/engine/records/attempt.ts';
import { exportBundle, parseBundle } from '../../src/engine/records/bundle/bundle.ts';
import { mergeBundle } from '../../src/engine/records/bundle/merge.ts';
import { attemptsCsv } from '../../src/engine/records/export/attempts-csv.ts';
import { decisionsCsv } from '../../src/engine/records/export/decisions-csv.ts';
import type { ExportInput, ScenarioMeta } from '../../src/engine/records/export/input.ts';
import { DEFAULT_XAPI_OPTIONS, xapiStatements } from '../../src/engine/records/export/xapi.ts';
import { COMPONENTS, SEXES, STAGES } from '../../src/engine/records/profile.ts';
import type { Profile } from '../../src/engine/records/profile.ts';
import type { Decision } from '../../src/engine/scoring/decision.ts';
import { score } from '../../src/engine/scoring/score.ts';
import type { Level } from '../../src/engine/tags/vocabulary.ts';

const ATTEMPTS = 10_000;
const PROFILES = 800;

/** Seeded, so every run measures the same records. */
const rnd = seededRandom(20250314);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

const criterionIds = Array.from({ length: 8 }, (_, i) => `crsv.criterion-${i + 1}`);
const level = { descriptor: 'd', feedback: 'f' };
const catalogue: Catalogue = {
  areas: [{ id: 'area', title: 'Area', translations: {} }],
  criteria: criterionIds.map((id): Criterion => ({
    id,
    area: 'area',
    title: id,
    statement: 's',
    why: 'w',
    critical: id.endsWith('-4'),
    levels: [level, level, level, level],
    citations: [],
    translations: {},
  })),
};
const scenarios: ScenarioMeta[] = ['survivor-contact', 'patrol-planning', 'checkpoint'].map((id) => ({
  id,
  title: `Scenario ${id}`,
  version: '1.0.0',
  rubric: { passMark: 80, criteria: criterionIds.map((c, i) => ({ id: c, weight: 1 + (i % 3) })) },
}));
const best = Object.fromEntries(criterionIds.map((c) => [c, 3 as Level]));

const profiles: Profile[] = Array.from({ length: PROFILES }, (_, i) => ({
  id: uuid(),
  name: `Trainee ${i} Ngoma-Dubois`,
  serviceNumber: `SN-${1000 + i}`,
  component: pick(COMPONENTS),
  sex: pick(SEXES),
  country: pick(['Côte d\u2019Ivoire', 'Bangladesh', 'Uruguay', 'Nepal', 'Rwanda']),
  mission: pick(['MINUSCA', 'MONUSCO', 'UNMISS']),
  stage: pick(STAGES),
  language: 'en',
}));

const started = Date.UTC(2025, 0, 1);
const attempts: Attempt[] = Array.from({ length: ATTEMPTS }, (_, i) => {
  const scenario = pick(scenarios);
  const profile = pick(profiles);
  const startedAt = started + i * 3_600_000;
  const decisions: Decision[] = Array.from({ length: 12 + Math.floor(rnd() * 7) }, (_, k) => ({
    seq: k + 1,
    where: `knot_${k}.stitch.0.c-${k % 4}`,
    choiceIndex: k % 4,
    choiceText: `Say, "I will listen, and you decide what happens next" (option ${k})`,
    at: startedAt + (k + 1) * 45_000,
    evidence: [{ criterion: pick(criterionIds), level: Math.floor(rnd() * 4) as Level }],
    critical: rnd() < 0.02 ? [criterionIds[3] as string] : [],
  }));
  return {
    id: uuid(),
    profileId: profile.id,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    appVersion: '0.1.0',
    stage: profile.stage,
    seed: i,
    startedAt,
    endedAt: startedAt + (decisions.length + 2) * 45_000,
    status: 'completed',
    decisions,
    inkState: null,
    ending: 'care-in-time',
    result: score(decisions, scenario.rubric, best),
  };
});

async function timed<T>(label: string, work: () => T | Promise<T>, size: (value: T) => string): Promise<T> {
  const t0 = performance.now();
  const value = await work();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms   ${size(value)}`);
  return value;
}

const mb = (text: string) => `${(Buffer.byteLength(text) / 1_048_576).toFixed(1)} MiB`;
const input: ExportInput = { profiles, attempts, scenarios, catalogue };
const decisionCount = attempts.reduce((n, a) => n + a.decisions.length, 0);
console.log(
  `${ATTEMPTS} completed attempts, ${decisionCount} decisions, ${PROFILES} profiles (Node ${process.version})`,
);

await timed(
  'attempts CSV',
  () => attemptsCsv(input),
  (csv) => `${mb(csv)}, ${ATTEMPTS} rows`,
);
await timed(
  'decisions CSV',
  () => decisionsCsv(input),
  (csv) => `${mb(csv)}, ${decisionCount} rows`,
);
const statements = await timed(
  'xAPI statements',
  () => xapiStatements(input, DEFAULT_XAPI_OPTIONS),
  (s) => `${s.length} statements`,
);
await timed('xAPI JSON text', () => JSON.stringify(statements), mb);
const bundle = await timed(
  'bundle export',
  () => exportBundle({ profiles, attempts, appVersion: '0.1.0', exportedAt: Date.now() }),
  mb,
);
const parsed = await timed(
  'bundle parse + check',
  () => parseBundle(bundle),
  (p) => (p.ok ? 'accepted' : `refused (${p.problem.code})`),
);
if (parsed.ok) {
  await timed(
    'bundle merge (again)',
    () => mergeBundle({ profiles, attempts }, parsed.bundle.payload),
    (m) => `${m.report.unchanged.attempts} unchanged`,
  );
}
