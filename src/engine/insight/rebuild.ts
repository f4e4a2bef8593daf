/**
 * Attempts rebuilt from the statement chains an LRS holds, as Waypoint sends them (export/xapi.ts): per
 * registration, `attempted`, one `answered` per decision, `completed`, then `passed` or `failed`. What an LRS
 * gives back may be partial or odd, so:
 *
 * - order does not matter (decisions are put in order by their sequence number);
 * - a statement seen twice (same id) counts once; a voided statement is dropped (its voiding may come before or
 *   after it);
 * - statements that are not Waypoint's are skipped as foreign, ones that do not hold together as malformed, and a
 *   statement contradicting another of the same attempt (another trainee or scenario, a second different answer
 *   at one step, passed and failed both) as a conflict: the first stored is kept;
 * - an attempt with only `attempted` is unfinished; `answered` statements are sent only once an attempt is
 *   completed, so an attempt with decisions but no `completed` was completed and lost some statements: like one
 *   with a gap in its sequence numbers it is marked partial, and its levels are not given.
 *
 * Everything skipped is counted by reason, with a few statement ids to look up. Pure; `createChainBuilder` takes
 * statements in slices so a caller can yield to the page between them.
 */
import type { ScenarioInfo } from '../content/types.ts';
import type { Decision } from '../scoring/decision.ts';
import { score } from '../scoring/score.ts';
import type { Level } from '../tags/vocabulary.ts';
import type { InsightAttempt, InsightLevel } from './insight-attempt.ts';
import { statementReader } from './read-statement.ts';
import type { ReadAnswer, ReadStatement } from './read-statement.ts';

export const SKIP_REASONS = ['malformed', 'foreign', 'duplicate', 'voided', 'conflict'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Statement ids kept per reason as examples. */
const EXAMPLES = 5;

export interface RebuildReport {
  /** Statements given, voiding statements included. */
  statements: number;
  /** Statements that went into an attempt. */
  used: number;
  /** Voiding statements applied. */
  voidings: number;
  skipped: Record<SkipReason, number>;
  examples: Record<SkipReason, string[]>;
  /** Attempts with decisions or their `completed` missing. */
  partial: string[];
}

export interface Rebuilt {
  attempts: InsightAttempt[];
  report: RebuildReport;
}

export type RubricSource = Pick<ScenarioInfo, 'id' | 'rubric' | 'best'>;

export interface RebuildOptions {
  /** The activity base the statements were minted under (DEFAULT_XAPI_OPTIONS.activityBase). */
  activityBase: string;
  /** Scenarios whose rubric gives an attempt's level per criterion; without one, the criteria it evidenced. */
  scenarios?: readonly RubricSource[];
}

export interface ChainBuilder {
  add(statements: readonly unknown[]): void;
  finish(): Rebuilt;
}

const emptyCounts = (): Record<SkipReason, number> => ({
  malformed: 0,
  foreign: 0,
  duplicate: 0,
  voided: 0,
  conflict: 0,
});

export function createChainBuilder(options: RebuildOptions): ChainBuilder {
  const read = statementReader(options.activityBase);
  const rubrics = new Map((options.scenarios ?? []).map((s) => [s.id, s]));
  const seen = new Set<string>();
  const voided = new Set<string>();
  const chains = new Map<string, ReadStatement[]>();
  const report: RebuildReport = {
    statements: 0,
    used: 0,
    voidings: 0,
    skipped: emptyCounts(),
    examples: { malformed: [], foreign: [], duplicate: [], voided: [], conflict: [] },
    partial: [],
  };
  const skip = (reason: SkipReason, id: string | null) => {
    report.skipped[reason] += 1;
    if (id !== null && report.examples[reason].length < EXAMPLES) report.examples[reason].push(id);
  };

  return {
    add(statements) {
      for (const raw of statements) {
        report.statements += 1;
        const r = read(raw);
        if (r.kind === 'malformed' || r.kind === 'foreign') {
          skip(r.kind, r.id);
          continue;
        }
        const id = r.kind === 'voiding' ? r.id : r.statement.id;
        if (seen.has(id)) {
          skip('duplicate', id);
          continue;
        }
        seen.add(id);
        if (r.kind === 'voiding') {
          report.voidings += 1;
          voided.add(r.target);
          continue;
        }
        const chain = chains.get(r.statement.registration);
        if (chain) chain.push(r.statement);
        else chains.set(r.statement.registration, [r.statement]);
      }
    },
    finish() {
      const attempts: InsightAttempt[] = [];
      for (const [registration, all] of chains) {
        const live = all.filter((s) => {
          if (!voided.has(s.id)) return true;
          skip('voided', s.id);
          return false;
        });
        if (live.length === 0) continue;
        const built = attemptOf(registration, live, rubrics, skip);
        report.used += built.used;
        if (built.attempt.partial) report.partial.push(registration);
        attempts.push(built.attempt);
      }
      attempts.sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { attempts, report };
    },
  };
}

/** All at once; see createChainBuilder for slices. */
export function rebuildAttempts(statements: readonly unknown[], options: RebuildOptions): Rebuilt {
  const builder = createChainBuilder(options);
  builder.add(statements);
  return builder.finish();
}

/** First stored first; statements without `stored` after, then by id, so the choice never depends on input order. */
function firstStored(a: ReadStatement, b: ReadStatement): number {
  const sa = a.stored ?? Infinity;
  const sb = b.stored ?? Infinity;
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const VERB_ORDER = { attempted: 0, answered: 1, completed: 2, passed: 3, failed: 3 } as const;

function attemptOf(
  registration: string,
  statements: ReadStatement[],
  rubrics: Map<string, RubricSource>,
  skip: (reason: SkipReason, id: string) => void,
): { attempt: InsightAttempt; used: number } {
  const ordered = [...statements].sort(
    (a, b) => VERB_ORDER[a.verb] - VERB_ORDER[b.verb] || firstStored(a, b),
  );
  // The `attempted` names the attempt; without it, the first stored statement does.
  const head = ordered.find((s) => s.verb === 'attempted') ?? [...ordered].sort(firstStored)[0];
  if (!head) throw new Error('a chain with no statements');
  const mine = ordered.filter((s) => {
    const same = s.scenarioId === head.scenarioId && s.context.profileId === head.context.profileId;
    if (!same) skip('conflict', s.id);
    return same;
  });

  const answers = new Map<number, { statement: ReadStatement; answer: ReadAnswer }>();
  let attempted: ReadStatement | null = null;
  let completed: ReadStatement | null = null;
  let verdict: ReadStatement | null = null;
  for (const s of mine) {
    if (s.answer) {
      const kept = answers.get(s.answer.seq);
      if (!kept) answers.set(s.answer.seq, { statement: s, answer: s.answer });
      else if (kept.answer.where === s.answer.where && kept.answer.choiceIndex === s.answer.choiceIndex)
        skip('duplicate', s.id);
      else skip('conflict', s.id);
    } else if (s.verb === 'attempted') {
      if (attempted) skip('duplicate', s.id);
      else attempted = s;
    } else if (s.verb === 'completed') {
      if (completed) skip('duplicate', s.id);
      else completed = s;
    } else if (verdict === null) verdict = s;
    else skip(verdict.verb === s.verb ? 'duplicate' : 'conflict', s.id);
  }
  const used = answers.size + [attempted, completed, verdict].filter((s) => s !== null).length;

  const decisions: Decision[] = [...answers.values()]
    .map(({ statement, answer }) => ({ ...answer, at: statement.timestamp }))
    .sort((a, b) => a.seq - b.seq);
  const finished = completed !== null || verdict !== null || decisions.length > 0;
  const gap = decisions.some((d, i) => d.seq !== i + 1);
  const partial = finished && (gap || completed === null);
  const outcome = verdict?.outcome ?? completed?.outcome ?? null;
  const passed = verdict ? verdict.verb === 'passed' : (completed?.outcome?.success ?? null);
  const rubric = rubrics.get(head.scenarioId);
  const context = (attempted ?? head).context;
  return {
    used,
    attempt: {
      id: registration,
      trainee: {
        id: context.profileId,
        name: context.name,
        component: context.component,
        sex: context.sex,
        cohort: context.cohort,
      },
      scenarioId: head.scenarioId,
      scenarioVersion: context.scenarioVersion,
      mode: context.mode,
      startedAt: attempted?.timestamp ?? Math.min(...mine.map((s) => s.timestamp)),
      endedAt: completed?.timestamp ?? verdict?.timestamp ?? null,
      status: finished ? 'completed' : 'unfinished',
      decisions,
      passed,
      percent: outcome?.scaled == null ? null : Math.round(outcome.scaled * 100),
      levels: finished && !partial ? levelsOf(decisions, rubric) : [],
      seed: null,
      unverified: context.unverified,
      partial,
      sources: ['lrs'],
    },
  };
}

/**
 * Levels per criterion as the scoring gives them (its weakest evidenced moment), over the rubric when the scenario
 * is known; otherwise over the criteria the decisions evidenced.
 */
export function levelsOf(decisions: readonly Decision[], rubric: RubricSource | undefined): InsightLevel[] {
  if (rubric) {
    return score(decisions, rubric.rubric, rubric.best).criteria.map((c) => ({
      criterion: c.id,
      level: c.level,
    }));
  }
  const lowest = new Map<string, Level>();
  for (const d of decisions)
    for (const e of d.evidence) {
      const l = lowest.get(e.criterion);
      if (l === undefined || e.level < l) lowest.set(e.criterion, e.level);
    }
  return [...lowest].map(([criterion, level]) => ({ criterion, level }));
}
