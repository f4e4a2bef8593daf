/**
 * LRS sync: the xAPI statements of attempts go to the trainer's learning record store through an outbox.
 *
 * Queueing: `queue()` reads the records and offers the outbox the statements it has not yet had for this
 * endpoint: the `attempted` of an attempt once it has started, the rest of the chain once it is completed. The
 * outbox records how far each attempt was queued, in the same transaction, so a statement is queued once per
 * endpoint, however often `queue()` runs, and never again after the LRS has acknowledged it.
 *
 * Sending: one loop at a time (and, with `exclusive`, one tab at a time) takes the oldest entries, POSTs them
 * and removes them only when the LRS has acknowledged them. A 409 on a batch means some id is already stored:
 * the batch's statements then go one by one by PUT, and a 409 on one means it arrived. Temporary failures (no
 * answer, 5xx, 408, 429, an answer that is not the LRS's) are retried after an exponential, jittered and capped
 * back-off; while the browser is offline nothing is tried and the `online` event resumes at once. 401, 403 and
 * other 4xx stop the loop and are reported: only "Send now" or new settings try again.
 *
 * Time, randomness, fetch and the network state come in, so the tests drive all of it with fake timers.
 */
import { isVerified } from '../engine/records/attempt.ts';
import type { Catalogue } from '../engine/content/types.ts';
import type { Outbox, OutboxOffer } from '../engine/ports/lrs-outbox.ts';
import type { LrsControl, LrsProblem, LrsSettings, LrsStatus } from '../engine/ports/lrs-sync.ts';
import type { Attempt } from '../engine/records/attempt.ts';
import { DEFAULT_XAPI_OPTIONS, xapiStatementsEach } from '../engine/records/export/index.ts';
import type { ScenarioMeta, XapiOptions, XapiStatement } from '../engine/records/export/index.ts';
import { VERBS } from '../engine/records/export/xapi.ts';
import type { Profile } from '../engine/records/profile.ts';
import { DEFAULT_BACKOFF, backoffDelay } from './backoff.ts';
import type { Backoff } from './backoff.ts';
import { about, postStatements, putStatement } from './client.ts';
import type { ClientDeps, Fetch, SendOutcome, Timers } from './client.ts';
import { normaliseSettings, parseSettings, serialiseSettings, settingsProblem } from './settings.ts';

export interface Network {
  online(): boolean;
  /** Calls back with true on `online` and false on `offline`; returns the unsubscribe. */
  subscribe(listener: (online: boolean) => void): () => void;
}

export interface LrsSyncDeps {
  /** The outbox, or its opening. */
  outbox: Outbox | Promise<Outbox>;
  /** Where the settings are kept (one string; see settings.ts). */
  settings: { get(): Promise<string | undefined>; set(value: string): Promise<void> };
  /** The records to queue statements from. */
  records(): Promise<{ profiles: readonly Profile[]; attempts: readonly Attempt[] }>;
  scenarios: readonly ScenarioMeta[];
  catalogue: Catalogue;
  fetch: Fetch;
  timers: Timers;
  now(): number;
  /** In [0, 1), for the jitter. */
  random(): number;
  network: Network;
  /** Runs a send step so that no other tab sends at the same time (Web Locks in the browser). */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
  xapi?: XapiOptions;
  backoff?: Backoff;
  /** Statements per POST (default 50). */
  batchSize?: number;
  /** A request with no answer after this long is given up and retried (default 30 s). */
  timeoutMs?: number;
  /** Also send `attempted` when an attempt starts, not only the chain when it is completed (default true). */
  sendAttempted?: boolean;
}

export interface LrsSync extends LrsControl {
  /** Queues what the records have that the outbox has not had for this endpoint; returns how many were added. */
  queue(): Promise<number>;
  /** Resolves when no queueing or sending is under way (a scheduled retry may still be waiting). */
  settled(): Promise<void>;
  dispose(): void;
}

/** Why an unverified attempt is not sent (shown to the trainer with its id). */
export const UNVERIFIED_REASON =
  'it was imported unverified (not signed by a known cohort, or from another version)';

/** Attempts queued per outbox transaction, so a first sync of a large store does not build one huge one. */
const OFFER_CHUNK = 100;

type Step = { kind: 'empty' | 'progress' } | Extract<SendOutcome, { kind: 'retry' | 'stop' }>;

export function createLrsSync(deps: LrsSyncDeps): LrsSync {
  const xapi = deps.xapi ?? DEFAULT_XAPI_OPTIONS;
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const batchMax = Math.max(1, deps.batchSize ?? 50);
  const sendAttempted = deps.sendAttempted ?? true;
  const exclusive = deps.exclusive ?? (<T>(work: () => Promise<T>) => work());
  const client: ClientDeps = {
    fetch: deps.fetch,
    timers: deps.timers,
    now: () => deps.now(),
    timeoutMs: deps.timeoutMs ?? 30_000,
  };
  const outbox = Promise.resolve(deps.outbox);

  const status: LrsStatus = {
    phase: 'idle',
    waiting: 0,
    problem: null,
    retryAt: null,
    lastDeliveredAt: null,
    delivered: 0,
    durable: false,
    skipped: [],
  };
  const listeners = new Set<(status: LrsStatus) => void>();
  const update = (patch: Partial<LrsStatus>) => {
    Object.assign(status, patch);
    const snapshot = { ...status };
    for (const listener of listeners) listener(snapshot);
  };
  const storageProblem = (e: unknown): LrsProblem => ({
    kind: 'storage',
    detail: e instanceof Error ? e.message : String(e),
    at: deps.now(),
  });

  let settings: Promise<LrsSettings | null> = deps.settings.get().then(parseSettings, () => null);
  /** Bumped when the settings change, so a loop running on the old ones stops. */
  let generation = 0;
  let failures = 0;
  let batchSize = batchMax;
  let timer: unknown = null;
  let pumping: Promise<void> | null = null;
  let again: { force: boolean } | null = null;
  let disposed = false;
  /** Acknowledged by the LRS but not yet removed from the outbox (a storage failure): never sent again. */
  const unremoved = new Set<string>();

  const clearTimer = () => {
    if (timer !== null) deps.timers.clear(timer);
    timer = null;
  };

  const countWaiting = async (box: Outbox) => {
    try {
      update({ waiting: await box.count() });
    } catch (e) {
      update({ problem: storageProblem(e) });
    }
  };

  // --- queueing ------------------------------------------------------------------------------------------

  const levelOf = (a: Attempt): number | null => (a.status === 'completed' ? 1 : sendAttempted ? 0 : null);

  const levelOfStatement = (s: XapiStatement): number => (s.verb.id === VERBS.attempted.id ? 0 : 1);

  async function enqueue(): Promise<number> {
    const current = await settings;
    if (!current || disposed) return 0;
    const box = await outbox;
    try {
      const recorded = new Map((await box.sources()).map((s) => [s.id, s]));
      const { profiles, attempts } = await deps.records();
      // An attempt imported unverified never reaches the LRS as a verdict: named, and left here.
      const unverified = attempts
        .filter((a) => !isVerified(a))
        .map((a) => ({ attemptId: a.id, reason: UNVERIFIED_REASON }));
      if (unverified.length > 0) {
        const others = status.skipped.filter((s) => !unverified.some((k) => k.attemptId === s.attemptId));
        update({ skipped: [...others, ...unverified] });
      }
      const todo = attempts.filter(isVerified).flatMap((attempt) => {
        const level = levelOf(attempt);
        const known = recorded.get(attempt.id);
        if (level === null || (known && known.endpoint === current.endpoint && known.level >= level))
          return [];
        return [{ attempt, level }];
      });
      let added = 0;
      for (let i = 0; i < todo.length; i += OFFER_CHUNK) {
        const chunk = todo.slice(i, i + OFFER_CHUNK);
        const { statements, skipped } = await xapiStatementsEach(
          {
            profiles,
            attempts: chunk.map((c) => c.attempt),
            scenarios: deps.scenarios,
            catalogue: deps.catalogue,
          },
          xapi,
        );
        // One bad record never stops the others: it is named, left unqueued, and the rest go on.
        if (skipped.length > 0) {
          const others = status.skipped.filter((s) => !skipped.some((k) => k.attemptId === s.attemptId));
          update({ skipped: [...others, ...skipped] });
        }
        const left = new Set(skipped.map((s) => s.attemptId));
        const byAttempt = new Map<string, XapiStatement[]>();
        for (const s of statements) {
          const list = byAttempt.get(s.context.registration) ?? [];
          list.push(s);
          byAttempt.set(s.context.registration, list);
        }
        const offers: OutboxOffer[] = chunk
          .filter(({ attempt }) => !left.has(attempt.id))
          .map(({ attempt, level }) => ({
            source: { id: attempt.id, endpoint: current.endpoint, level },
            entries: (byAttempt.get(attempt.id) ?? []).map((statement) => ({
              id: statement.id,
              statement,
              level: levelOfStatement(statement),
            })),
          }));
        added += await box.offer(offers, deps.now());
      }
      await countWaiting(box);
      return added;
    } catch (e) {
      update({ problem: storageProblem(e) });
      return 0;
    }
  }

  let queueing: Promise<number> = Promise.resolve(0);
  let queueWaiting: Promise<number> | null = null;
  /** Queues after any queueing under way; calls made while one is waiting to start share it. */
  function queue(): Promise<number> {
    if (queueWaiting) return queueWaiting;
    const next = queueing
      .catch(() => 0)
      .then(async () => {
        queueWaiting = null;
        const added = await enqueue();
        if (added > 0) void kick(false);
        return added;
      });
    queueWaiting = next;
    queueing = next;
    return next;
  }

  // --- sending -------------------------------------------------------------------------------------------

  async function acknowledge(box: Outbox, ids: readonly string[]): Promise<void> {
    for (const id of ids) unremoved.add(id);
    update({ delivered: status.delivered + ids.length, lastDeliveredAt: deps.now() });
    await box.remove(ids);
    for (const id of ids) unremoved.delete(id);
  }

  /** One batch: peek, send, remove what the LRS acknowledged. */
  async function step(box: Outbox, current: LrsSettings): Promise<Step> {
    if (unremoved.size > 0) {
      await box.remove([...unremoved]);
      unremoved.clear();
    }
    const batch = await box.peek(batchSize);
    if (batch.length === 0) return { kind: 'empty' };
    update({ phase: 'sending', retryAt: null });
    const outcome = await postStatements(
      client,
      current,
      batch.map((e) => e.statement),
    );
    switch (outcome.kind) {
      case 'stored':
        await acknowledge(
          box,
          batch.map((e) => e.id),
        );
        return { kind: 'progress' };
      case 'too-large':
        batchSize = Math.max(1, Math.floor(batch.length / 2));
        return { kind: 'progress' };
      case 'conflict':
        for (const entry of batch) {
          const one = await putStatement(client, current, entry.statement);
          if (one.kind === 'retry' || one.kind === 'stop') return one;
          await acknowledge(box, [entry.id]);
        }
        return { kind: 'progress' };
      default:
        return outcome;
    }
  }

  function scheduleRetry(problem: LrsProblem, after: number | undefined): void {
    failures++;
    if (!deps.network.online()) {
      update({ phase: 'offline', problem, retryAt: null });
      return;
    }
    const delay = Math.max(
      backoffDelay(failures, () => deps.random(), backoff),
      Math.min(after ?? 0, backoff.capMs),
    );
    clearTimer();
    timer = deps.timers.set(() => {
      timer = null;
      void kick(true);
    }, delay);
    update({ phase: 'waiting', problem, retryAt: deps.now() + delay });
  }

  async function pump(): Promise<void> {
    const mine = generation;
    const current = await settings;
    if (!current) {
      update({ phase: 'off', retryAt: null });
      return;
    }
    const box = await outbox;
    while (!disposed && mine === generation) {
      if (!deps.network.online()) {
        update({ phase: 'offline', retryAt: null });
        return;
      }
      let result: Step;
      const before = status.delivered;
      try {
        result = await exclusive(() => step(box, current));
      } catch (e) {
        result = { kind: 'retry', problem: storageProblem(e) };
      }
      if (status.delivered > before) failures = 0;
      await countWaiting(box);
      if (mine !== generation) return;
      if (result.kind === 'empty') {
        failures = 0;
        update({ phase: 'idle', retryAt: null });
        return;
      }
      if (result.kind === 'retry') return scheduleRetry(result.problem, result.after);
      if (result.kind === 'stop') {
        update({ phase: 'stopped', problem: result.problem, retryAt: null });
        return;
      }
    }
  }

  /**
   * Starts the loop unless it runs already (then it runs once more when done). Without `force` a loop waiting
   * for its back-off or stopped for the trainer stays so.
   */
  function kick(force: boolean): Promise<void> {
    if (disposed) return Promise.resolve();
    if (pumping) {
      again = { force: force || (again?.force ?? false) };
      return pumping;
    }
    if (!force && (status.phase === 'waiting' || status.phase === 'stopped')) return Promise.resolve();
    clearTimer();
    const run = pump()
      .catch((e: unknown) => update({ phase: 'waiting', problem: storageProblem(e) }))
      .finally(() => {
        pumping = null;
        const next = again;
        again = null;
        if (next) void kick(next.force);
      });
    pumping = run;
    return run;
  }

  async function settled(): Promise<void> {
    for (;;) {
      const q = queueing;
      await q.catch(() => 0);
      if (pumping) {
        await pumping;
        continue;
      }
      if (q === queueing && !queueWaiting) return;
    }
  }

  const unsubscribe = deps.network.subscribe((online) => {
    if (disposed) return;
    if (online) {
      if (status.phase === 'offline' || status.phase === 'waiting') void kick(true);
    } else if (status.phase === 'waiting' || status.phase === 'idle') {
      clearTimer();
      update({ phase: 'offline', retryAt: null });
    }
  });

  void outbox.then(
    (box) => {
      update({ durable: box.kind === 'indexeddb' });
      return countWaiting(box);
    },
    (e: unknown) => update({ problem: storageProblem(e) }),
  );
  void settings.then((current) => {
    if (!current) update({ phase: 'off' });
    else void queue().then(() => kick(false));
  });

  return {
    queue,
    settled,
    settings: () => settings,
    async configure(next) {
      const normal = next ? normaliseSettings(next) : null;
      const problem = normal ? settingsProblem(normal) : null;
      if (problem) throw new Error(`LRS settings: ${problem}`);
      await deps.settings.set(serialiseSettings(normal));
      settings = Promise.resolve(normal);
      generation++;
      failures = 0;
      batchSize = batchMax;
      clearTimer();
      update({ phase: normal ? 'idle' : 'off', problem: null, retryAt: null });
      if (!normal) return;
      await queue();
      void kick(true);
    },
    testConnection: (s) => about(client, normaliseSettings(s)),
    async sendNow() {
      await queue();
      await kick(true);
      while (pumping) await pumping;
    },
    status: () => ({ ...status }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      clearTimer();
      unsubscribe();
      listeners.clear();
    },
  };
}
