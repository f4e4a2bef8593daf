/**
 * Model-based test of the LRS send loop, after tests/model/session.model.test.ts: a small abstract model (an
 * XState machine whose context is what a trainer and the LRS should see) says what must happen; xstate/graph's
 * getAdjacencyMap gives every state of the model and every event it takes there; a breadth-first walk picks the
 * shortest path to each transition. Each path drives a fresh real createLrsSync with a memory outbox, fake timers,
 * a fake network and a fake LRS that holds every request until the path answers it (stored, 503, 401, 409, 413 or
 * no answer), and checks after every step: the phase, what waits in the outbox (in order), what was delivered, the
 * problem, when the retry is due, the request the LRS is holding, what the LRS has, and that no statement went
 * out again after the LRS had acknowledged it. The last tests check that the paths together visit every state
 * node of the real send machine and send it every event it handles, so a state or an event added to the machine
 * without being modelled here fails the test.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { assign, setup } from 'xstate';
import type { AnyStateNode, InspectionEvent, SnapshotFrom, StateValue } from 'xstate';
import { getAdjacencyMap, serializeSnapshot } from 'xstate/graph';
import type { Outbox } from '../../src/engine/ports/lrs-outbox.ts';
import type { LrsPhase } from '../../src/engine/ports/lrs-sync.ts';
import type { Attempt } from '../../src/engine/records/attempt.ts';
import { DEFAULT_XAPI_OPTIONS, xapiStatements } from '../../src/engine/records/export/index.ts';
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/lrs/backoff.ts';
import type { Fetch } from '../../src/lrs/client.ts';
import { sendMachine } from '../../src/lrs/send-machine.ts';
import { memoryOutbox } from '../../src/storage/memory-outbox.ts';
import { LRS_SETTING } from '../../src/lrs/settings.ts';
import { createLrsSync } from '../../src/lrs/sync.ts';
import { attempt, catalogue, fakeNetwork, profile, scenario, SETTINGS } from '../unit/lrs/helpers.ts';

// ---------------------------------------------------------------------------------------------------------------
// The model. Attempts are started ones, each giving one statement (its `attempted`), numbered in order; POSTs carry
// at most BATCH of them, so a 413 halves a batch to one.

/** At most this many attempts per path (a storage failure's included), and failed tries in a row. */
const ATTEMPTS = 2;
const FAILURES = 2;
const BATCH = 2;

type Answer = 'stored' | '503' | '401' | '409' | '413' | 'none';
const ANSWERS: Answer[] = ['stored', '503', '401', '409', '413', 'none'];

type ModelEvent =
  /** A trainee starts an attempt; the app queues. */
  | { type: 'ATTEMPT' }
  /** The same, but the outbox refuses the offer. */
  | { type: 'ATTEMPT.REFUSED' }
  /** An unverified attempt is imported; the app queues. */
  | { type: 'UNVERIFIED' }
  /** The LRS answers the request it holds. */
  | { type: 'ANSWER'; answer: Answer }
  /** Time passes until the retry is due. */
  | { type: 'RETRY.DUE' }
  | { type: 'ONLINE' }
  | { type: 'OFFLINE' }
  | { type: 'SEND.NOW' }
  /** The trainer saves the settings (the same again), or removes them. */
  | { type: 'CONFIGURE' }
  | { type: 'REMOVE' }
  | { type: 'DISPOSE' };

interface Request {
  method: 'POST' | 'PUT';
  ids: number[];
  /** PUT: the rest of the batch, one by one after this one. */
  rest: number[];
  /** The machine gave this step up (new settings, removed, disposed): what it got acknowledged still counts. */
  givenUp: boolean;
}

interface Model {
  phase: LrsPhase | 'disposed';
  configured: boolean;
  online: boolean;
  attempts: number;
  /** Attempts the outbox was offered (all statements ever queued). */
  queued: number;
  /** Waiting in the outbox, oldest first. */
  outbox: number[];
  /** What the LRS has (some only as an answer of 409 says so: another device sent them). */
  lrs: number[];
  request: Request | null;
  batch: number;
  failures: number;
  /** "Send now" came during this step. */
  forced: boolean;
  problem: { kind: string; status?: number } | null;
  unverified: 'none' | 'in records' | 'named';
}

const initial: Model = {
  phase: 'idle',
  configured: true,
  online: true,
  attempts: 0,
  queued: 0,
  outbox: [],
  lrs: [],
  request: null,
  batch: BATCH,
  failures: 0,
  forced: false,
  problem: null,
  unverified: 'none',
};

const without = (list: number[], ids: number[]) => list.filter((n) => !ids.includes(n));
const withIds = (list: number[], ids: number[]) => [...new Set([...list, ...ids])].sort();

/** The step's peek: the oldest batch goes out, or the outbox is empty. */
function peek(m: Model): Model {
  const ids = m.outbox.slice(0, m.batch);
  // Empty: at rest, unless "Send now" came while offline (it looks again, and says why nothing goes).
  const rest = m.forced && !m.online ? 'offline' : 'idle';
  if (ids.length === 0) return { ...m, phase: rest, request: null, failures: 0, forced: false };
  return { ...m, phase: 'sending', request: { method: 'POST', ids, rest: [], givenUp: false } };
}

/** The machine enters `sending`; its step waits while a step given up still waits for its answer. */
function send(m: Model): Model {
  const entered = { ...m, phase: 'sending' as const, forced: false };
  return m.request ? entered : peek(entered);
}

/** Something to send, or "Send now": a step unless offline. */
const look = (m: Model): Model => (m.online ? send(m) : { ...m, phase: 'offline' });

/** The app queues: what was not offered yet goes to the outbox; an unverified attempt is named. */
function queue(m: Model): Model {
  if (!m.configured || m.phase === 'disposed') return m;
  const fresh = Array.from({ length: m.attempts - m.queued }, (_, i) => m.queued + i);
  const next: Model = {
    ...m,
    queued: m.attempts,
    outbox: [...m.outbox, ...fresh],
    unverified: m.unverified === 'none' ? 'none' : 'named',
  };
  if (fresh.length === 0) return next;
  return m.phase === 'idle' ? look(next) : next;
}

type Outcome = { kind: 'sent' } | { kind: 'retry' | 'stop'; problem: NonNullable<Model['problem']> };

/** How the step ends decides what comes next. */
function ended(m: Model, outcome: Outcome): Model {
  const done = { ...m, request: null };
  if (m.request?.givenUp) return m.phase === 'sending' ? peek(done) : done;
  if (outcome.kind === 'sent') return done.online ? send(done) : { ...done, phase: 'offline' };
  const failed = {
    ...done,
    problem: outcome.problem,
    failures: outcome.kind === 'retry' ? m.failures + 1 : m.failures,
  };
  if (m.forced) return failed.online ? send(failed) : { ...failed, phase: 'offline' };
  if (outcome.kind === 'stop') return { ...failed, phase: 'stopped' };
  return { ...failed, phase: failed.online ? 'waiting' : 'offline' };
}

const ack = (m: Model, ids: number[]): Model => ({
  ...m,
  outbox: without(m.outbox, ids),
  lrs: withIds(m.lrs, ids),
  failures: 0,
});

function answer(m: Model, given: Answer): Model {
  const r = m.request!;
  const [first] = r.ids as [number];
  // A strict LRS refuses a batch holding a statement it has: "stored" is then a 409.
  const kind = given === 'stored' && r.ids.some((n) => m.lrs.includes(n)) ? '409' : given;
  if (kind === '503') return ended(m, { kind: 'retry', problem: { kind: 'server', status: 503 } });
  if (kind === 'none') return ended(m, { kind: 'retry', problem: { kind: 'unreachable' } });
  if (kind === '401') return ended(m, { kind: 'stop', problem: { kind: 'unauthorized', status: 401 } });
  const many = r.method === 'POST' && r.ids.length > 1;
  if (kind === '413') {
    if (!many) return ended(m, { kind: 'stop', problem: { kind: 'rejected', status: 413 } });
    return ended(r.givenUp ? m : { ...m, batch: Math.max(1, Math.floor(r.ids.length / 2)) }, {
      kind: 'sent',
    });
  }
  if (kind === 'stored' || !many) {
    const got = ack(m, r.ids);
    const [next, ...rest] = r.rest;
    if (next === undefined || r.givenUp) return ended(got, { kind: 'sent' });
    return { ...got, request: { ...r, ids: [next], rest } };
  }
  // 409 on a batch: another device sent its first statement; the rest go one by one.
  const [next, ...rest] = r.ids as [number, ...number[]];
  const had = { ...m, lrs: withIds(m.lrs, [first]) };
  if (r.givenUp) return ended(had, { kind: 'sent' });
  return { ...had, request: { method: 'PUT', ids: [next], rest, givenUp: false } };
}

const giveUp = (m: Model): Model => (m.request ? { ...m, request: { ...m.request, givenUp: true } } : m);

function react(m: Model, e: ModelEvent): Model {
  switch (e.type) {
    case 'ATTEMPT':
      return queue({ ...m, attempts: m.attempts + 1 });
    case 'ATTEMPT.REFUSED': {
      const named = m.unverified === 'none' ? 'none' : 'named';
      return { ...m, attempts: m.attempts + 1, problem: { kind: 'storage' }, unverified: named };
    }
    case 'UNVERIFIED':
      return queue({ ...m, unverified: 'in records' });
    case 'ANSWER':
      return answer(m, e.answer);
    case 'RETRY.DUE':
      return send(m);
    case 'ONLINE':
      return m.phase === 'offline' ? send({ ...m, online: true }) : { ...m, online: true };
    case 'OFFLINE': {
      const off = { ...m, online: false };
      return m.phase === 'idle' || m.phase === 'waiting' ? { ...off, phase: 'offline' } : off;
    }
    case 'SEND.NOW': {
      const queued = queue(m);
      if (queued.phase === 'sending') return { ...queued, forced: true };
      if (['idle', 'waiting', 'stopped'].includes(queued.phase)) return look(queued);
      return queued;
    }
    case 'CONFIGURE': {
      if (m.phase === 'disposed') return { ...m, configured: true };
      const fresh = {
        ...giveUp(m),
        configured: true,
        problem: null,
        batch: BATCH,
        failures: 0,
        forced: false,
      };
      return queue(look(fresh));
    }
    case 'REMOVE':
      return { ...giveUp(m), configured: false, phase: 'off', problem: null, batch: BATCH, failures: 0 };
    case 'DISPOSE':
      return { ...giveUp(m), phase: 'disposed' };
  }
}

function allowed(m: Model, e: ModelEvent): boolean {
  const live = m.phase !== 'disposed';
  switch (e.type) {
    case 'ATTEMPT':
      return m.attempts < ATTEMPTS;
    case 'ATTEMPT.REFUSED':
      // The outbox refuses only when it is offered something.
      return live && m.configured && m.attempts < ATTEMPTS;
    case 'UNVERIFIED':
      return live && m.unverified === 'none';
    case 'ANSWER':
      return m.request !== null && (m.failures < FAILURES || !['503', 'none'].includes(e.answer));
    case 'RETRY.DUE':
      return m.phase === 'waiting';
    case 'ONLINE':
      return live && !m.online;
    case 'OFFLINE':
      return live && m.online;
    case 'SEND.NOW':
      return live;
    case 'CONFIGURE':
      return true;
    case 'REMOVE':
      return live && m.configured;
    case 'DISPOSE':
      return live;
  }
}

const model = setup({
  types: { context: {} as Model, events: {} as ModelEvent },
  guards: { allowed: ({ context, event }) => allowed(context, event) },
  actions: { react: assign(({ context, event }) => react(context, event)) },
}).createMachine({
  id: 'model',
  context: initial,
  on: {
    ATTEMPT: { guard: 'allowed', actions: 'react' },
    'ATTEMPT.REFUSED': { guard: 'allowed', actions: 'react' },
    UNVERIFIED: { guard: 'allowed', actions: 'react' },
    ANSWER: { guard: 'allowed', actions: 'react' },
    'RETRY.DUE': { guard: 'allowed', actions: 'react' },
    ONLINE: { guard: 'allowed', actions: 'react' },
    OFFLINE: { guard: 'allowed', actions: 'react' },
    'SEND.NOW': { guard: 'allowed', actions: 'react' },
    CONFIGURE: { guard: 'allowed', actions: 'react' },
    REMOVE: { guard: 'allowed', actions: 'react' },
    DISPOSE: { guard: 'allowed', actions: 'react' },
  },
});

type ModelSnapshot = SnapshotFrom<typeof model>;

const EVENTS: ModelEvent[] = [
  { type: 'ATTEMPT' },
  { type: 'ATTEMPT.REFUSED' },
  { type: 'UNVERIFIED' },
  ...ANSWERS.map((answer) => ({ type: 'ANSWER' as const, answer })),
  { type: 'RETRY.DUE' },
  { type: 'ONLINE' },
  { type: 'OFFLINE' },
  { type: 'SEND.NOW' },
  { type: 'CONFIGURE' },
  { type: 'REMOVE' },
  { type: 'DISPOSE' },
];

const adjacency = getAdjacencyMap(model, {
  events: () => EVENTS,
  filterEvents: (state, event) => state.can(event),
});

/**
 * Which model states count as the same for coverage: the phase and what decides where the loop can go from it
 * (the request held, the network, the settings, "Send now" pending, whether anything waits).
 */
function stateKey(m: Model): string {
  return JSON.stringify({
    phase: m.phase,
    request: m.request && [m.request.method, m.request.givenUp, m.request.rest.length > 0],
    online: m.online,
    configured: m.configured,
    forced: m.forced,
    waiting: m.outbox.length > 0,
  });
}

/** A target per state, and per way into it: a step that changes the key is a target of its own with its event. */
function coverageKey(state: ModelSnapshot, event: ModelEvent | undefined, prev: ModelSnapshot | undefined) {
  const key = stateKey(state.context);
  const from = prev && stateKey(prev.context);
  return event && from && from !== key ? `${key} via ${JSON.stringify(event)} from ${from}` : key;
}

interface Path {
  steps: { event: ModelEvent | null; state: ModelSnapshot }[];
}

function coveringPaths(): Path[] {
  const start = Object.values(adjacency)[0]!.state;
  const seen = new Set<string>();
  const targets = new Set<string>([coverageKey(start, undefined, undefined)]);
  const found: Path[] = [{ steps: [{ event: null, state: start }] }];
  const queue: Path[] = [found[0]!];
  for (let path = queue.shift(); path; path = queue.shift()) {
    const { state } = path.steps.at(-1)!;
    const serial = serializeSnapshot(state);
    if (seen.has(serial)) continue;
    seen.add(serial);
    for (const { event, state: next } of Object.values(
      adjacency[serial as keyof typeof adjacency]!.transitions,
    )) {
      const longer = { steps: [...path.steps, { event, state: next }] };
      queue.push(longer);
      const target = coverageKey(next, event, state);
      if (!targets.has(target)) {
        targets.add(target);
        found.push(longer);
      }
    }
  }
  return found;
}

const paths = coveringPaths();

// ---------------------------------------------------------------------------------------------------------------
// The system under test: the real sync with a fake LRS that holds each request until the path answers it.

/** The one statement of started attempt n (its `attempted`), and of the unverified one. */
const started = (n: number): Attempt => attempt(n + 1, 'in-progress');
const unverifiedAttempt: Attempt = { ...attempt(9, 'in-progress'), unverified: true };

const statementIds: string[] = [];
beforeAll(async () => {
  for (let n = 0; n < ATTEMPTS; n++) {
    const [s] = await xapiStatements(
      { profiles: [profile], attempts: [started(n)], scenarios: [scenario], catalogue },
      DEFAULT_XAPI_OPTIONS,
    );
    statementIds.push(s!.id);
  }
});

interface Held {
  method: string;
  ids: string[];
  answer(answer: Answer): void;
}

function heldLrs() {
  const stored = new Set<string>();
  /** Statement ids the sync has had acknowledged, in the order of the answers; and ids sent after their ack. */
  const acknowledged = new Set<string>();
  const resent: string[] = [];
  let held: Held | null = null;
  let onHeld: (() => void) | null = null;

  const fetch: Fetch = (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const body = JSON.parse(String(init.body)) as { id: string } | { id: string }[];
      const ids = (Array.isArray(body) ? body : [body]).map((s) => s.id);
      for (const id of ids) if (acknowledged.has(id)) resent.push(id);
      const method = init.method ?? 'GET';
      const reply = (status: number, acked: string[], payload?: unknown) => {
        for (const id of acked) acknowledged.add(id);
        resolve(new Response(payload === undefined ? null : JSON.stringify(payload), { status }));
      };
      held = {
        method,
        ids,
        answer(given) {
          held = null;
          const kind = given === 'stored' && ids.some((id) => stored.has(id)) ? '409' : given;
          if (kind === 'none') return reject(new TypeError('Failed to fetch'));
          if (kind === '503' || kind === '401' || kind === '413') return reply(Number(kind), []);
          if (kind === '409') {
            // Another device sent it: the LRS has the first (or only) statement.
            stored.add(ids[0]!);
            return reply(409, ids.length === 1 ? ids : []);
          }
          for (const id of ids) stored.add(id);
          return method === 'POST' ? reply(200, ids, ids) : reply(204, ids);
        },
      };
      onHeld?.();
    });

  return {
    fetch,
    stored,
    resent,
    held: () => held,
    /** Resolves when the LRS holds a request. */
    holding: () =>
      new Promise<void>((resolve) => {
        if (held) return resolve();
        onHeld = () => {
          onHeld = null;
          resolve();
        };
      }),
  };
}

/** A memory outbox whose next offer can be made to fail. */
function refusingOutbox() {
  const box = memoryOutbox();
  let refuse = false;
  const outbox: Outbox = {
    kind: box.kind,
    offer: (offers, at) => {
      if (!refuse) return box.offer(offers, at);
      refuse = false;
      return Promise.reject(new Error('QuotaExceededError'));
    },
    peek: (limit) => box.peek(limit),
    remove: (ids) => box.remove(ids),
    count: () => box.count(),
    sources: () => box.sources(),
  };
  return { outbox, refuseNext: () => (refuse = true), refusing: () => refuse };
}

function startSync() {
  const lrs = heldLrs();
  const box = refusingOutbox();
  const records: Attempt[] = [];
  const received: string[] = [];
  const trace: StateValue[] = [];
  const network = fakeNetwork();
  const settings = new Map([[LRS_SETTING, JSON.stringify(SETTINGS)]]);
  const sync = createLrsSync({
    outbox: box.outbox,
    settings: {
      get: async () => settings.get(LRS_SETTING),
      set: async (value) => void settings.set(LRS_SETTING, value),
    },
    records: async () => ({ profiles: [profile], attempts: [...records] }),
    scenarios: [scenario],
    catalogue: async () => catalogue,
    fetch: lrs.fetch,
    timers: {
      set: (run, ms) => setTimeout(run, ms),
      clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
    now: () => Date.now(),
    random: () => 0.5,
    network,
    batchSize: BATCH,
    inspect: (e: InspectionEvent) => {
      if (e.actorRef.sessionId !== e.rootId) return;
      if (e.type === '@xstate.event') received.push(e.event.type);
      if (e.type === '@xstate.microstep' || e.type === '@xstate.snapshot') {
        const { value } = e.snapshot as { value?: StateValue };
        if (value !== undefined) trace.push(value);
      }
    },
  });

  /** Until the sync rests, or the LRS holds a request. */
  const settle = () => Promise.race([sync.settled(), lrs.holding()]);

  async function exec(event: ModelEvent) {
    switch (event.type) {
      case 'ATTEMPT':
        records.push(started(records.filter((a) => !a.unverified).length));
        await sync.queue();
        break;
      case 'ATTEMPT.REFUSED':
        records.push(started(records.filter((a) => !a.unverified).length));
        box.refuseNext();
        await sync.queue();
        expect(box.refusing(), 'the outbox was offered nothing').toBe(false);
        break;
      case 'UNVERIFIED':
        records.push(unverifiedAttempt);
        await sync.queue();
        break;
      case 'ANSWER':
        lrs.held()!.answer(event.answer);
        break;
      case 'RETRY.DUE': {
        const due = sync.status().retryAt! - Date.now();
        await vi.advanceTimersByTimeAsync(due - 1);
        expect(sync.status().phase, 'retried before it was due').toBe('waiting');
        expect(lrs.held()).toBeNull();
        await vi.advanceTimersByTimeAsync(1);
        break;
      }
      case 'ONLINE':
      case 'OFFLINE':
        network.set(event.type === 'ONLINE');
        break;
      case 'SEND.NOW': {
        // It resolves when the step is done, which a held request never is: on once the machine has it.
        const before = received.length;
        void sync.sendNow();
        while (!received.slice(before).includes('send.now')) await turn();
        break;
      }
      case 'CONFIGURE':
        await sync.configure(SETTINGS);
        break;
      case 'REMOVE':
        await sync.configure(null);
        break;
      case 'DISPOSE':
        sync.dispose();
        break;
    }
    await settle();
  }

  return { sync, lrs, box, exec, received, trace };
}

type Sut = ReturnType<typeof startSync>;

/** One turn of the real event loop (fake timers leave setImmediate real). */
const turn = () => new Promise((resolve) => setImmediate(resolve));

// ---------------------------------------------------------------------------------------------------------------

const ids = (numbers: number[]) => numbers.map((n) => statementIds[n]!);

/** What the trainer sees and what the LRS has agree with the model. */
async function agrees(sut: Sut, m: Model) {
  const status = sut.sync.status();
  expect(status.phase).toBe(m.phase === 'disposed' ? 'off' : m.phase);
  expect((await sut.box.outbox.peek(100)).map((e) => e.id)).toEqual(ids(m.outbox));
  expect(status.waiting).toBe(m.outbox.length);
  // Everything queued is waiting or acknowledged: nothing lost.
  expect(status.delivered).toBe(m.queued - m.outbox.length);
  expect([...sut.lrs.stored].sort()).toEqual(ids(m.lrs).sort());
  expect(sut.lrs.resent).toEqual([]);
  expect(status.problem && { kind: status.problem.kind, status: status.problem.status }).toEqual(
    m.problem && { kind: m.problem.kind, status: m.problem.status },
  );
  if (m.phase === 'waiting') {
    // Jitter 0.5: three quarters of the ceiling of the back-off after this many failures.
    expect(status.retryAt! - Date.now()).toBe(backoffDelay(m.failures, () => 0.5, DEFAULT_BACKOFF));
  } else {
    expect(status.retryAt).toBeNull();
  }
  expect(status.skipped.map((s) => s.attemptId)).toEqual(
    m.unverified === 'named' ? [unverifiedAttempt.id] : [],
  );
  const held = sut.lrs.held();
  expect(held && { method: held.method, ids: held.ids }).toEqual(
    m.request && { method: m.request.method, ids: ids(m.request.ids) },
  );
}

const visitedNodes = new Set<string>();
const sentEvents = new Set<string>();

/** State node ids of a state value, as `machine.root` names them ("send.on.sending"). */
function nodeIds(value: StateValue, prefix = 'send'): string[] {
  if (typeof value === 'string') return [`${prefix}.${value}`];
  return Object.entries(value).flatMap(([key, child]) =>
    child === undefined ? [`${prefix}.${key}`] : [`${prefix}.${key}`, ...nodeIds(child, `${prefix}.${key}`)],
  );
}

const describePath = (steps: Path['steps']) =>
  steps
    .slice(1)
    .map(({ event }) => (event!.type === 'ANSWER' ? `ANSWER(${event!.answer})` : event!.type))
    .join(' → ') || '(start)';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.UTC(2025, 0, 2) });
});
afterEach(() => vi.useRealTimers());

describe('LRS send loop (model-based)', () => {
  for (const path of paths) {
    it(describePath(path.steps), async () => {
      const sut = startSync();
      await sut.sync.settled();
      const [first, ...rest] = path.steps;
      await agrees(sut, first!.state.context);
      for (const { event, state } of rest) {
        await sut.exec(event!);
        await agrees(sut, state.context);
      }
      for (const value of sut.trace) for (const id of nodeIds(value)) visitedNodes.add(id);
      for (const type of sut.received) sentEvents.add(type);
      sut.sync.dispose();
    });
  }

  const allNodes = (node: AnyStateNode): AnyStateNode[] =>
    Object.values(node.states).flatMap((child) => [child, ...allNodes(child)]);

  it('visits every state node of the machine', () => {
    const nodes = allNodes(sendMachine.root).map((n) => n.id);
    expect(nodes).toContain('send.on.waiting');
    expect([...visitedNodes].sort()).toEqual([...nodes].sort());
  });

  it('sends every event the machine handles', () => {
    const handled = [sendMachine.root, ...allNodes(sendMachine.root)].flatMap((n) => [
      ...n.transitions.keys(),
    ]);
    expect(handled).toContain('xstate.done.actor.step');
    const unsent = [...new Set(handled)].filter((type) => !sentEvents.has(type));
    expect(unsent).toEqual([]);
  });
});
