/**
 * The LRS send loop as a state machine, and the status a trainer sees, read from its snapshot.
 *
 * starting → off (no settings) or on: idle → sending → (the next batch, idle, waiting, offline or stopped); and
 * disposed. Each visit to `sending` invokes one `step` (one batch: peek, send, remove what the LRS acknowledged)
 * and goes on by its outcome. The back-off is a delayed transition whose delay is drawn into the context when a
 * try fails. The network, "Send now", new settings and what queueing and the steps learn about the outbox come in
 * as events. No I/O here: createSendMachine supplies the step, the clock and the jitter, the actor's `clock` the
 * timers; the context is plain data.
 */
import { and, assertEvent, assign, fromPromise, or, setup } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import type { LrsPhase, LrsProblem, LrsSettings, LrsStatus } from '../engine/ports/lrs-sync.ts';
import { backoffDelay } from './backoff.ts';
import type { Backoff } from './backoff.ts';

export type Skipped = LrsStatus['skipped'][number];

export interface StepInput {
  settings: LrsSettings;
  /** Statements per POST: the configured number, halved after each 413. */
  batchSize: number;
  /** Acknowledged by the LRS but still in the outbox (a storage failure): removed first, never sent again. */
  unremoved: string[];
}

/** What one step came to. A step never rejects: a storage failure is a `retry` too. */
export type StepOutput =
  | { kind: 'empty' }
  | { kind: 'sent' }
  /** 413 on a batch of `size`. */
  | { kind: 'too-large'; size: number }
  /** `after`: a Retry-After the LRS asked for (ms); `unremoved`: see StepInput. */
  | { kind: 'retry'; problem: LrsProblem; after?: number; unremoved?: string[] }
  | { kind: 'stop'; problem: LrsProblem };

export type SendEvent =
  /** Settings read at start-up or saved by the trainer (null: none). */
  | { type: 'settings.changed'; settings: LrsSettings | null }
  | { type: 'send.now' }
  | { type: 'network.online' }
  | { type: 'network.offline' }
  | { type: 'dispose' }
  | { type: 'outbox.opened'; durable: boolean }
  | { type: 'outbox.counted'; waiting: number }
  /** A queueing ended: `added` statements joined the outbox; attempts left out, and why. */
  | { type: 'outbox.queued'; added: number; skipped: Skipped[] }
  /** Queueing or counting could not read or write the outbox (a step's storage failure is its outcome). */
  | { type: 'storage.failed'; problem: LrsProblem }
  /** The LRS acknowledged statements: told as they arrive, also by a step the machine has given up on. */
  | { type: 'lrs.acknowledged'; count: number; at: number };

export interface SendInput {
  online: boolean;
  backoff: Backoff;
  batchSize: number;
}

export interface SendContext {
  settings: LrsSettings | null;
  /** As the browser last said. */
  online: boolean;
  backoff: Backoff;
  batchMax: number;
  batchSize: number;
  /** Failed tries in a row. */
  failures: number;
  /** A Retry-After from the last failure (ms, 0 if none), and the wait drawn from it and the back-off. */
  retryAfter: number;
  retryDelay: number;
  retryAt: number | null;
  problem: LrsProblem | null;
  unremoved: string[];
  /** What came while a step was under way: something queued ('look') or "Send now" ('force'). */
  again: 'none' | 'look' | 'force';
  waiting: number;
  delivered: number;
  lastDeliveredAt: number | null;
  durable: boolean;
  skipped: Skipped[];
}

export interface SendDeps {
  /** `signal` aborts when the machine gives the step up (new settings, disposed). */
  step(input: StepInput, signal: AbortSignal): Promise<StepOutput>;
  now(): number;
  /** In [0, 1), for the jitter. */
  random(): number;
}

function notProvided(what: string): () => never {
  return () => {
    throw new Error(`the send machine needs ${what}: create it with createSendMachine(deps)`);
  };
}

function outputOf(event: { type: string; output?: unknown }): StepOutput {
  if (!event.type.startsWith('xstate.done.actor.')) throw new Error(`${event.type} is not a step's outcome`);
  return event.output as StepOutput;
}

/** "Send now", or something to send: a step at once, unless the browser is offline. */
const look = [{ guard: 'online', target: 'sending' }, { target: 'offline' }] as const;

/** The machine as a static definition; createSendMachine supplies the step and what needs the clock. */
export const sendMachine = setup({
  types: {
    context: {} as SendContext,
    events: {} as SendEvent,
    input: {} as SendInput,
  },
  actors: {
    step: fromPromise<StepOutput, StepInput>(notProvided('a step')),
  },
  guards: {
    noSettings: ({ event }) => event.type === 'settings.changed' && event.settings === null,
    online: ({ context }) => context.online,
    added: ({ event }) => event.type === 'outbox.queued' && event.added > 0,
    again: ({ context }) => context.again !== 'none',
    forced: ({ context }) => context.again === 'force',
    empty: ({ event }) => outputOf(event).kind === 'empty',
    retry: ({ event }) => outputOf(event).kind === 'retry',
    stop: ({ event }) => outputOf(event).kind === 'stop',
  },
  actions: {
    /** New settings: the loop starts afresh. */
    takeSettings: assign(({ context, event }) => {
      assertEvent(event, 'settings.changed');
      return {
        settings: event.settings,
        batchSize: context.batchMax,
        failures: 0,
        problem: null,
        unremoved: [],
        again: 'none' as const,
      };
    }),
    keepSettings: assign(({ event }) => {
      assertEvent(event, 'settings.changed');
      return { settings: event.settings };
    }),
    wentOnline: assign({ online: true }),
    wentOffline: assign({ online: false }),
    opened: assign(({ event }) => {
      assertEvent(event, 'outbox.opened');
      return { durable: event.durable };
    }),
    counted: assign(({ event }) => {
      assertEvent(event, 'outbox.counted');
      return { waiting: event.waiting };
    }),
    queued: assign(({ context, event }) => {
      assertEvent(event, 'outbox.queued');
      const named = new Set(event.skipped.map((s) => s.attemptId));
      return { skipped: [...context.skipped.filter((s) => !named.has(s.attemptId)), ...event.skipped] };
    }),
    storageFailed: assign(({ event }) => {
      assertEvent(event, 'storage.failed');
      return { problem: event.problem };
    }),
    acknowledged: assign(({ context, event }) => {
      assertEvent(event, 'lrs.acknowledged');
      return { delivered: context.delivered + event.count, lastDeliveredAt: event.at, failures: 0 };
    }),
    lookAgain: assign(({ context }) => ({ again: context.again === 'force' ? context.again : 'look' })),
    forceAgain: assign({ again: 'force' as const }),
    startStep: assign({ again: 'none' as const }),
    stepDone: assign(({ context, event }) => {
      const output = outputOf(event);
      const done = {
        unremoved: output.kind === 'retry' ? (output.unremoved ?? []) : [],
        batchSize: output.kind === 'too-large' ? Math.max(1, Math.floor(output.size / 2)) : context.batchSize,
        failures: output.kind === 'empty' ? 0 : context.failures,
      };
      if (output.kind === 'stop') return { ...done, problem: output.problem };
      if (output.kind !== 'retry') return done;
      return {
        ...done,
        problem: output.problem,
        failures: context.failures + 1,
        retryAfter: output.after ?? 0,
      };
    }),
    // Supplied: it draws the jitter and reads the clock.
    drawRetry: notProvided('a clock'),
    clearRetry: assign({ retryAt: null }),
  },
  delays: {
    retry: ({ context }) => context.retryDelay,
  },
}).createMachine({
  id: 'send',
  context: ({ input }) => ({
    settings: null,
    online: input.online,
    backoff: input.backoff,
    batchMax: Math.max(1, input.batchSize),
    batchSize: Math.max(1, input.batchSize),
    failures: 0,
    retryAfter: 0,
    retryDelay: 0,
    retryAt: null,
    problem: null,
    unremoved: [],
    again: 'none',
    waiting: 0,
    delivered: 0,
    lastDeliveredAt: null,
    durable: false,
    skipped: [],
  }),
  initial: 'starting',
  // Facts, taken wherever the loop is; the states that act on one say so below.
  on: {
    'outbox.opened': { actions: 'opened' },
    'outbox.counted': { actions: 'counted' },
    'outbox.queued': { actions: 'queued' },
    'storage.failed': { actions: 'storageFailed' },
    'lrs.acknowledged': { actions: 'acknowledged' },
    'network.online': { actions: 'wentOnline' },
    'network.offline': { actions: 'wentOffline' },
    // The loop starts afresh; a step under way is given up (its answer is for the old settings).
    'settings.changed': [
      { guard: 'noSettings', target: '.off', actions: 'takeSettings' },
      { guard: 'online', target: '.on.sending', actions: 'takeSettings' },
      { target: '.on.offline', actions: 'takeSettings' },
    ],
    dispose: '.disposed',
  },
  states: {
    /** The settings are being read. */
    starting: {},
    off: {},
    on: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            'outbox.queued': [
              { guard: and(['added', 'online']), target: 'sending', actions: 'queued' },
              { guard: 'added', target: 'offline', actions: 'queued' },
            ],
            'send.now': look,
            'network.offline': { target: 'offline', actions: 'wentOffline' },
          },
        },
        sending: {
          entry: 'startStep',
          invoke: {
            id: 'step',
            src: 'step',
            input: ({ context }) => ({
              settings: context.settings!,
              batchSize: context.batchSize,
              unremoved: context.unremoved,
            }),
            onDone: [
              // Something queued (or "Send now") while the outbox was found empty: look again.
              {
                guard: and(['empty', 'again', 'online']),
                target: 'sending',
                reenter: true,
                actions: 'stepDone',
              },
              { guard: and(['empty', 'again']), target: 'offline', actions: 'stepDone' },
              { guard: 'empty', target: 'idle', actions: 'stepDone' },
              // "Send now" during a step that failed: again at once, whatever the back-off or the stop.
              {
                guard: and(['forced', 'online', or(['retry', 'stop'])]),
                target: 'sending',
                reenter: true,
                actions: 'stepDone',
              },
              { guard: and(['retry', 'online']), target: 'waiting', actions: 'stepDone' },
              { guard: 'retry', target: 'offline', actions: 'stepDone' },
              { guard: and(['stop', 'forced']), target: 'offline', actions: 'stepDone' },
              { guard: 'stop', target: 'stopped', actions: 'stepDone' },
              // Sent, or halved after a 413: the next batch.
              { guard: 'online', target: 'sending', reenter: true, actions: 'stepDone' },
              { target: 'offline', actions: 'stepDone' },
            ],
          },
          on: {
            'outbox.queued': [{ guard: 'added', actions: ['queued', 'lookAgain'] }, { actions: 'queued' }],
            'send.now': { actions: 'forceAgain' },
          },
        },
        waiting: {
          entry: 'drawRetry',
          exit: 'clearRetry',
          after: { retry: 'sending' },
          on: {
            'send.now': look,
            'network.online': { target: 'sending', actions: 'wentOnline' },
            'network.offline': { target: 'offline', actions: 'wentOffline' },
          },
        },
        offline: {
          on: { 'network.online': { target: 'sending', actions: 'wentOnline' } },
        },
        stopped: {
          on: { 'send.now': look },
        },
      },
    },
    /** Nothing more is sent; settings may still be saved (they are for the next page). */
    disposed: {
      on: { 'settings.changed': { actions: 'keepSettings' } },
    },
  },
});

export type SendMachine = typeof sendMachine;
export type SendSnapshot = SnapshotFrom<SendMachine>;

export function createSendMachine(deps: SendDeps) {
  return sendMachine.provide({
    actors: { step: fromPromise<StepOutput, StepInput>(({ input, signal }) => deps.step(input, signal)) },
    actions: {
      // Exponential with jitter, or longer when the LRS asked (up to the cap).
      drawRetry: assign(({ context }) => {
        const { backoff, failures, retryAfter } = context;
        const delay = Math.max(
          backoffDelay(failures, () => deps.random(), backoff),
          Math.min(retryAfter, backoff.capMs),
        );
        return { retryDelay: delay, retryAt: deps.now() + delay };
      }),
    },
  });
}

/** The states of `on` are the phases of the same names; disposed reads as off, and starting as idle. */
export function phaseOf(snapshot: SendSnapshot): LrsPhase {
  const { value } = snapshot;
  if (typeof value === 'object') return value.on;
  return value === 'starting' ? 'idle' : 'off';
}

/** What the trainer area shows. */
export function statusOf(snapshot: SendSnapshot): LrsStatus {
  const c = snapshot.context;
  return {
    phase: phaseOf(snapshot),
    waiting: c.waiting,
    problem: c.problem,
    retryAt: c.retryAt,
    lastDeliveredAt: c.lastDeliveredAt,
    delivered: c.delivered,
    durable: c.durable,
    skipped: c.skipped,
  };
}
