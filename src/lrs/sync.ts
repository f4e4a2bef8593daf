/**
 * LRS sync: the xAPI statements of attempts go to the trainer's learning record store through an outbox.
 *
 * Queueing (queue.ts) offers the outbox what the records have that it has not had for this endpoint. The send
 * loop is an XState machine (send-machine.ts): one step at a time (step.ts; with `exclusive`, one tab at a time)
 * POSTs the oldest entries and removes them only when the LRS has acknowledged them. Temporary failures (no
 * answer, 5xx, 408, 429, an answer that is not the LRS's) are retried after an exponential, jittered and capped
 * back-off; while the browser is offline nothing is tried and the `online` event resumes at once. 401, 403 and
 * other 4xx stop the loop and are reported: only "Send now" or new settings try again. The status the trainer
 * sees is read from the machine's snapshot.
 *
 * This file wires them: it starts the machine's actor with the deps' timers as its clock, and turns the network,
 * the settings and the trainer's controls into its events. Time, randomness, fetch and the network state come in,
 * so the tests drive all of it with fake timers.
 */
import { createActor, waitFor } from 'xstate';
import type { InspectionEvent } from 'xstate';
import type { Catalogue } from '../engine/content/types.ts';
import type { Outbox } from '../engine/ports/lrs-outbox.ts';
import type { LrsControl, LrsSettings, LrsStatus } from '../engine/ports/lrs-sync.ts';
import type { Attempt } from '../engine/records/attempt.ts';
import { DEFAULT_XAPI_OPTIONS } from '../engine/records/export/index.ts';
import type { ScenarioMeta, XapiOptions } from '../engine/records/export/index.ts';
import type { Profile } from '../engine/records/profile.ts';
import { serialQueue } from '../engine/serial-queue.ts';
import { DEFAULT_BACKOFF } from './backoff.ts';
import type { Backoff } from './backoff.ts';
import { about } from './client.ts';
import type { ClientDeps, Fetch, Timers } from './client.ts';
import { countWaiting, createQueue, storageProblem } from './queue.ts';
import { createSendMachine, statusOf } from './send-machine.ts';
import type { SendEvent, SendSnapshot } from './send-machine.ts';
import { normaliseSettings, parseSettings, serialiseSettings, settingsProblem } from './settings.ts';
import { sendStep } from './step.ts';

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
  /** The criteria catalogue, waited for before statements are built (the browser fetches it after start). */
  catalogue(): Promise<Catalogue>;
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
  /** Sees the send machine's events and states (the model-based test; devtools). */
  inspect?: (event: InspectionEvent) => void;
}

export interface LrsSync extends LrsControl {
  /** Queues what the records have that the outbox has not had for this endpoint; returns how many were added. */
  queue(): Promise<number>;
  /** Resolves when no queueing or sending is under way (a scheduled retry may still be waiting). */
  settled(): Promise<void>;
  dispose(): void;
}

export function createLrsSync(deps: LrsSyncDeps): LrsSync {
  const client: ClientDeps = {
    fetch: deps.fetch,
    timers: deps.timers,
    now: () => deps.now(),
    timeoutMs: deps.timeoutMs ?? 30_000,
  };
  const outbox = Promise.resolve(deps.outbox);
  const tell = (event: SendEvent) => actor.send(event);
  const exclusive = deps.exclusive ?? (<T>(work: () => Promise<T>) => work());
  // Steps one at a time in this page. A step the machine has given up on (new settings) may still be waiting for
  // an answer; the next waits for it, so the same statements never go out twice at once.
  const steps = serialQueue();

  const machine = createSendMachine({
    step: (input, signal) =>
      steps.run(() =>
        sendStep(
          {
            outbox,
            client,
            exclusive,
            acknowledged: (count) => tell({ type: 'lrs.acknowledged', count, at: deps.now() }),
            removed: (box) => countWaiting(box, { now: deps.now, tell }),
          },
          input,
          signal,
        ),
      ),
    now: () => deps.now(),
    random: () => deps.random(),
  });
  const actor = createActor(machine, {
    input: {
      online: deps.network.online(),
      backoff: deps.backoff ?? DEFAULT_BACKOFF,
      batchSize: deps.batchSize ?? 50,
    },
    ...(deps.inspect ? { inspect: deps.inspect } : {}),
    // The back-off runs on the deps' timers, so fake timers drive it.
    clock: {
      setTimeout: (run, ms) => deps.timers.set(run, ms),
      clearTimeout: (handle) => deps.timers.clear(handle),
    },
  });

  const listeners = new Set<(status: LrsStatus) => void>();
  let shown = '';
  actor.subscribe((snapshot: SendSnapshot) => {
    const status = statusOf(snapshot);
    const text = JSON.stringify(status);
    if (text === shown) return;
    shown = text;
    for (const listener of listeners) listener({ ...status });
  });
  actor.start();

  const queueing = createQueue({
    outbox,
    records: () => deps.records(),
    scenarios: deps.scenarios,
    catalogue: deps.catalogue,
    xapi: deps.xapi ?? DEFAULT_XAPI_OPTIONS,
    sendAttempted: deps.sendAttempted ?? true,
    now: () => deps.now(),
    endpoint: () => {
      const snapshot = actor.getSnapshot();
      return snapshot.matches('disposed') ? null : (snapshot.context.settings?.endpoint ?? null);
    },
    tell,
  });

  const unsubscribe = deps.network.subscribe((online) =>
    tell({ type: online ? 'network.online' : 'network.offline' }),
  );
  void outbox.then(
    (box) => {
      tell({ type: 'outbox.opened', durable: box.kind === 'indexeddb' });
      return countWaiting(box, { now: deps.now, tell });
    },
    (e: unknown) => tell({ type: 'storage.failed', problem: storageProblem(e, deps.now()) }),
  );
  const loaded: Promise<void> = deps.settings
    .get()
    .then(parseSettings, () => null)
    .then((settings) => tell({ type: 'settings.changed', settings }));
  const queue = () => loaded.then(() => queueing.queue());
  // An outbox that cannot be opened is told as a storage problem above; settled() still resolves.
  const started = queue().catch(() => 0);

  /** Resolves when the machine is not in a step. */
  const stepDone = () => waitFor(actor, (s) => !s.matches({ on: 'sending' })).then(() => undefined);

  return {
    queue,
    async settled() {
      await started;
      for (;;) {
        await queueing.settled();
        await stepDone();
        await steps.idle();
        // Meanwhile something may have been queued, or have started a step again.
        if (!queueing.busy() && !actor.getSnapshot().matches({ on: 'sending' })) return;
      }
    },
    settings: () => loaded.then(() => actor.getSnapshot().context.settings),
    async configure(next: LrsSettings | null) {
      const normal = next ? normaliseSettings(next) : null;
      const problem = normal ? settingsProblem(normal) : null;
      if (problem) throw new Error(`LRS settings: ${problem}`);
      await deps.settings.set(serialiseSettings(normal));
      await loaded;
      tell({ type: 'settings.changed', settings: normal });
      if (normal) await queue();
    },
    testConnection: (s) => about(client, normaliseSettings(s)),
    async sendNow() {
      await queue();
      tell({ type: 'send.now' });
      await stepDone();
    },
    status: () => statusOf(actor.getSnapshot()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      tell({ type: 'dispose' });
      unsubscribe();
      listeners.clear();
    },
  };
}
