/**
 * Queueing: reads the records and offers the outbox the statements it has not yet had for this endpoint: the
 * `attempted` of an attempt once it has started, the rest of the chain once it is completed. The outbox records how
 * far each attempt was queued, in the same transaction, so a statement is queued once per endpoint however often
 * this runs, and never again after the LRS has acknowledged it. What it finds is told to the send machine as
 * events (SendEvent); one queueing runs at a time.
 */
import type { Catalogue } from '../engine/content/types.ts';
import type { Outbox, OutboxOffer } from '../engine/ports/lrs-outbox.ts';
import type { LrsProblem } from '../engine/ports/lrs-sync.ts';
import { isVerified } from '../engine/records/attempt.ts';
import type { Attempt } from '../engine/records/attempt.ts';
import { xapiStatementsEach } from '../engine/records/export/index.ts';
import type { ScenarioMeta, XapiOptions, XapiStatement } from '../engine/records/export/index.ts';
import { VERBS } from '../engine/records/export/xapi.ts';
import type { Profile } from '../engine/records/profile.ts';
import type { SendEvent, Skipped } from './send-machine.ts';

/** Attempts queued per outbox transaction, so a first sync of a large store does not build one huge one. */
const OFFER_CHUNK = 100;

export interface QueueDeps {
  outbox: Promise<Outbox>;
  records(): Promise<{ profiles: readonly Profile[]; attempts: readonly Attempt[] }>;
  scenarios: readonly ScenarioMeta[];
  /** The criteria catalogue, which statements name criteria from (waited for: it is fetched after start). */
  catalogue(): Promise<Catalogue>;
  xapi: XapiOptions;
  sendAttempted: boolean;
  now(): number;
  /** The endpoint to queue for now; null when there is none (no settings, or the sync is disposed). */
  endpoint(): string | null;
  tell(event: SendEvent): void;
}

export const storageProblem = (e: unknown, at: number): LrsProblem => ({
  kind: 'storage',
  detail: e instanceof Error ? e.message : String(e),
  at,
});

/** Tells how many statements wait (or that the outbox could not be read). */
export async function countWaiting(box: Outbox, deps: Pick<QueueDeps, 'now' | 'tell'>): Promise<void> {
  try {
    deps.tell({ type: 'outbox.counted', waiting: await box.count() });
  } catch (e) {
    deps.tell({ type: 'storage.failed', problem: storageProblem(e, deps.now()) });
  }
}

const levelOfStatement = (s: XapiStatement): number => (s.verb.id === VERBS.attempted.id ? 0 : 1);

async function enqueue(deps: QueueDeps): Promise<number> {
  const endpoint = deps.endpoint();
  if (endpoint === null) return 0;
  const box = await deps.outbox;
  const levelOf = (a: Attempt): number | null =>
    a.status === 'completed' ? 1 : deps.sendAttempted ? 0 : null;
  // An attempt imported unverified never reaches the LRS as a verdict: named, and left here.
  const skipped: Skipped[] = [];
  let added = 0;
  try {
    const recorded = new Map((await box.sources()).map((s) => [s.id, s]));
    const { profiles, attempts } = await deps.records();
    for (const a of attempts)
      if (!isVerified(a)) skipped.push({ attemptId: a.id, reason: { kind: 'unverified' } });
    const todo = attempts.filter(isVerified).flatMap((attempt) => {
      const level = levelOf(attempt);
      const known = recorded.get(attempt.id);
      if (level === null || (known && known.endpoint === endpoint && known.level >= level)) return [];
      return [{ attempt, level }];
    });
    const catalogue = todo.length > 0 ? await deps.catalogue() : null;
    for (let i = 0; catalogue && i < todo.length; i += OFFER_CHUNK) {
      const chunk = todo.slice(i, i + OFFER_CHUNK);
      const built = await xapiStatementsEach(
        {
          profiles,
          attempts: chunk.map((c) => c.attempt),
          scenarios: deps.scenarios,
          catalogue,
        },
        deps.xapi,
      );
      // One bad record never stops the others: it is named, left unqueued, and the rest go on.
      skipped.push(...built.skipped);
      const left = new Set(built.skipped.map((s) => s.attemptId));
      const byAttempt = new Map<string, XapiStatement[]>();
      for (const s of built.statements) {
        const list = byAttempt.get(s.context.registration) ?? [];
        list.push(s);
        byAttempt.set(s.context.registration, list);
      }
      const offers: OutboxOffer[] = chunk
        .filter(({ attempt }) => !left.has(attempt.id))
        .map(({ attempt, level }) => ({
          source: { id: attempt.id, endpoint, level },
          entries: (byAttempt.get(attempt.id) ?? []).map((statement) => ({
            id: statement.id,
            statement,
            level: levelOfStatement(statement),
          })),
        }));
      added += await box.offer(offers, deps.now());
    }
  } catch (e) {
    deps.tell({ type: 'storage.failed', problem: storageProblem(e, deps.now()) });
  }
  deps.tell({ type: 'outbox.queued', added, skipped });
  await countWaiting(box, deps);
  return added;
}

/** Queueing one at a time: a call made while one waits to start shares it. */
export function createQueue(deps: QueueDeps) {
  let last: Promise<number> = Promise.resolve(0);
  let next: Promise<number> | null = null;
  let running = 0;
  return {
    /** Queues what the records have that the outbox has not had for this endpoint; returns how many. */
    queue(): Promise<number> {
      if (next) return next;
      const run = last
        .catch(() => 0)
        .then(() => {
          next = null;
          return enqueue(deps);
        })
        .finally(() => running--);
      running++;
      next = run;
      last = run;
      return run;
    },
    busy: () => running > 0,
    /** Resolves when no queueing is under way or waiting to start. */
    async settled(): Promise<void> {
      for (let q = last; ; q = last) {
        await q.catch(() => 0);
        if (q === last) return;
      }
    },
  };
}
