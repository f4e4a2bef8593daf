/**
 * Importing a bundle into a device's records, in order: read it (bundle.ts: size, nesting, text, shape, digest),
 * see who made it (a cohort signature), play every attempt again (meaning.ts), and merge in one transaction of the
 * store. A file with any record that does not hold up is refused whole and the store is untouched. A file that is
 * not signed by a known cohort, or holds attempts of another scenario version, imports only when the trainer
 * accepts unverified files, and then its attempts are marked unverified.
 */
import type { Scenario } from '../../content/types.ts';
import type { Attempt } from '../attempt.ts';
import type { Profile } from '../profile.ts';
import type { RecordStore } from '../../ports/record-store.ts';
import { authenticity, parseBundle } from './bundle.ts';
import type { Authenticity } from './bundle.ts';
import type { CohortKey } from './cohort-key.ts';
import { attemptMeaning } from './meaning.ts';
import type { MeaningProblem } from './meaning.ts';
import { planMerge } from './merge.ts';
import type { MergeReport } from './merge.ts';
import type { BundleProblem } from './messages.ts';

export interface ImportContext {
  /** A scenario with its stories loaded, or undefined when this Waypoint has none by that id. */
  scenario(id: string): Promise<Scenario | undefined>;
  /** Profiles already on this device. */
  profilesHere: readonly Profile[];
  /** Cohort keys this device knows. */
  cohorts: readonly CohortKey[];
  /** Milliseconds since the epoch. */
  now: number;
  /** The trainer accepts files that are not signed by a known cohort, or hold attempts that cannot be checked. */
  acceptUnverified: boolean;
}

export type ImportOutcome =
  | { ok: true; report: MergeReport; authenticity: Authenticity; unverified: number }
  | { ok: false; problem: BundleProblem };

const refuse = (problem: BundleProblem): ImportOutcome => ({
  ok: false,
  problem,
});

export async function importBundle(
  store: RecordStore,
  text: string,
  ctx: ImportContext,
): Promise<ImportOutcome> {
  const parsed = await parseBundle(text);
  if (!parsed.ok) return parsed;
  const { payload } = parsed.bundle;
  const who = await authenticity(parsed.bundle, ctx.cohorts);
  if (who.kind === 'badSignature') return refuse({ code: 'badSignature' });

  const ids = [...new Set(payload.attempts.map((a) => a.scenarioId))];
  const loaded = new Map(await Promise.all(ids.map(async (id) => [id, await ctx.scenario(id)] as const)));
  const profiles = new Map([...ctx.profilesHere, ...payload.profiles].map((p) => [p.id, p]));
  const problems: MeaningProblem[] = [];
  const unverifiable = new Set<string>();
  for (const a of payload.attempts) {
    const meaning = attemptMeaning(a, {
      scenario: (id) => loaded.get(id),
      profile: (id) => profiles.get(id),
      now: ctx.now,
    });
    if (meaning.ok) continue;
    if (meaning.unverifiable) unverifiable.add(a.id);
    else problems.push(meaning.problem);
  }
  if (problems.length > 0) return refuse({ code: 'meaning', problems });

  const trusted = who.kind === 'signed';
  if (!ctx.acceptUnverified) {
    if (who.kind === 'unsigned') return refuse({ code: 'unverified', why: 'unsigned' });
    if (who.kind === 'unknownCohort') return refuse({ code: 'unverified', why: 'unknownCohort' });
    if (unverifiable.size > 0) return refuse({ code: 'unverified', why: 'otherVersion' });
  }
  // A saved story state from elsewhere is never trusted: a resume replays the decisions instead.
  const attempts: Attempt[] = payload.attempts.map((a) => ({
    ...a,
    inkState: null,
    ...(!trusted || unverifiable.has(a.id) || a.unverified === true ? { unverified: true } : {}),
  }));
  const report = await store.mergeIn({ profiles: payload.profiles, attempts }, planMerge);
  return { ok: true, report, authenticity: who, unverified: attempts.filter((a) => a.unverified).length };
}
