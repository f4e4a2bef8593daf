/**
 * Model-based test of the session machine, after XState's die-hard example: a small abstract model (an XState
 * machine) says what a trainee or trainer should see; xstate/graph's getAdjacencyMap gives every state of the
 * model and every event it takes there; a breadth-first walk of that graph picks the shortest path to each
 * transition (as xstate/graph's test model does, a state counts once per way into it). Each path drives a fresh
 * actor of the real session machine, with the real ink runner on the fixture story and a story fetcher the test
 * settles, and checks at every step that it agrees with the model: the state, the facts that matter on screen,
 * the states it passed through on the way, and what it emitted. The last tests check that the paths together
 * visit every state node of the real machine and send it every event it handles, so a state or an event added
 * to the machine without being modelled here fails the test. A classroom session (started from the trainer area,
 * the group's votes entered, revealed, overridden with a reason, then decided) is modelled with three people in the
 * room and two votes at a time, enough to reach a majority, a tie and an override.
 */
import { describe, expect, it } from 'vitest';
import { and, assign, createActor, not, setup } from 'xstate';
import type { AnyStateNode, InspectionEvent, SnapshotFrom, StateValue } from 'xstate';
import { getAdjacencyMap, serializeSnapshot } from 'xstate/graph';
import type { Scenario } from '../../src/engine/content/types.ts';
import { scenarioInfo } from '../../src/engine/content/scenario-info.ts';
import type { Attempt } from '../../src/engine/records/attempt.ts';
import { createSessionMachine } from '../../src/engine/session/machine.ts';
import type { SessionEmitted, SessionEvent } from '../../src/engine/session/machine.ts';
import { REPLAY_MISMATCH } from '../../src/engine/session/story-actor.ts';
import { validContent } from '../helpers/fixtures.ts';
import { played } from '../helpers/played.ts';
import { testProfile } from '../helpers/profile.ts';

function failWith(message: string): never {
  throw new Error(message);
}

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: the fixture story as a course scenario at hand, the same story as one fetched on demand, and as two
// snap situations of a refresher.

const { scenarios } = validContent();
const base: Scenario = scenarios[0] ?? failWith('the valid fixture has no scenario');
const COURSE = base.id;
const LAZY = 'on-demand';
const SNAPS = ['snap-a', 'snap-b'] as const;

const lazyComplete: Scenario = { ...base, id: LAZY };
const snaps: Scenario[] = SNAPS.map((id) => ({ ...base, id, kind: 'snap' as const }));

/** The owner of a one-person device, and a trainee of a shared device who trains in French. */
const owner = testProfile({ id: 'p1' });
const trainee = testProfile({ id: 'p1', name: 'Amina Diallo', language: 'fr' });

/** An unfinished attempt of p1 (choice 1 taken at the first decision), and one whose choices no longer fit. */
const SAVED_ID = 'saved-1';
const saved: Attempt = played(base, owner, [1], SAVED_ID, 10_000_000);
const broken: Attempt = {
  ...saved,
  id: 'broken-1',
  decisions: saved.decisions.map((d) => ({ ...d, choiceIndex: 9 })),
};

const refresherPicks = SNAPS.map((scenarioId) => ({ scenarioId, because: null }));
const baseline = { 'test.consent': 0, 'test.listening': null } as const;

/** The classroom's head count, who is ticked present, and the reason its trainer gives for overriding. */
const HEAD_COUNT = 3;
const PRESENT = ['p1'];
const OVERRIDE_REASON = 'The room missed what it would cost her.';

const FIRST_LINE = { en: 'Amina waits by the pump.', fr: 'Amina attend près de la pompe.' } as const;

// ---------------------------------------------------------------------------------------------------------------
// The model: what should happen, in the fewest words that decide what is on screen.

type Language = 'en' | 'fr';

interface ModelContext {
  device: 'none' | 'own' | 'shared';
  signedIn: boolean;
  language: Language;
  /** Scenario of the attempt being briefed, prepared, played or debriefed. */
  scenario: string | null;
  /** Choices taken in this attempt. */
  picks: number[];
  attempt: 'new' | 'resumed' | 'practice' | 'classroom' | null;
  /** In a classroom: the votes entered for the decision on offer, whether shown, and whether choice 0 overrides. */
  classroom: { counts: number[]; revealed: boolean; override: boolean } | null;
  /** Index of the snap under way and how many snaps are finished, in a refresher. */
  refresher: { current: number; results: number } | null;
  /** Whether the on-demand scenario's stories have been fetched. */
  loaded: boolean;
  error: 'load' | 'story' | 'replay' | null;
}

type ModelEvent =
  | { type: 'title.start' }
  | { type: 'language.set'; language: Language }
  | { type: 'trainer.open' }
  | { type: 'trainer.unlock' }
  | { type: 'trainer.review' }
  | { type: 'trainer.certificate' }
  | { type: 'trainer.insight' }
  | { type: 'trainer.home' }
  | { type: 'trainer.close' }
  | { type: 'trainer.classroom'; language: Language }
  /** Two of the three people in the room vote for this choice. */
  | { type: 'classroom.count'; index: number }
  | { type: 'classroom.reveal' }
  /** The trainer takes choice 0 for the group, with a reason. */
  | { type: 'classroom.override' }
  | { type: 'classroom.decide' }
  | { type: 'device.setUp'; use: 'own' | 'shared' }
  | { type: 'trainee.open' }
  | { type: 'trainee.new' }
  | { type: 'profile.save' }
  | { type: 'profile.edit' }
  | { type: 'scenario.pick'; id: string }
  | { type: 'refresher.start' }
  | { type: 'refresher.begin' }
  | { type: 'refresher.done' }
  | { type: 'attempt.resume'; attempt: 'saved' | 'broken' }
  | { type: 'briefing.accept' }
  /** The on-demand story arrives, or cannot be fetched (the test settles the pending deps.loadStory). */
  | { type: 'LOAD.DONE' }
  | { type: 'LOAD.FAIL' }
  | { type: 'play.choose'; index: number }
  | { type: 'play.pause' }
  | { type: 'play.resume' }
  /** The story actor fails in play. */
  | { type: 'story.error' }
  | { type: 'screen.leave' }
  | { type: 'debrief.done' }
  | { type: 'debrief.practice'; from: 1 | 2 };

const noAttempt = {
  scenario: null,
  picks: [],
  attempt: null,
  error: null,
  classroom: null,
} satisfies Partial<ModelContext>;

/** The choice with more votes than any other, or null. */
function majority(counts: readonly number[]): number | null {
  const most = Math.max(0, ...counts);
  const top = counts.flatMap((n, i) => (n === most && most > 0 ? [i] : []));
  return top.length === 1 ? top[0]! : null;
}
const groupChoice = (c: NonNullable<ModelContext['classroom']>) => (c.override ? 0 : majority(c.counts));
/** Two votes for this choice, the others' as they were, within the head count. */
const countedFor = (c: NonNullable<ModelContext['classroom']>, index: number) =>
  c.counts.map((n, i) => (i === index ? 2 : n));

const model = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent },
  guards: {
    notSetUp: ({ context }) => context.device === 'none',
    shared: ({ context }) => context.device === 'shared',
    signedIn: ({ context }) => context.signedIn,
    mustFetch: ({ context }) => context.scenario === LAZY && !context.loaded,
    resumesBroken: ({ event }) => event.type === 'attempt.resume' && event.attempt === 'broken',
    lastDecision: ({ context }) => context.picks.length === 1,
    snapsFinished: ({ context }) => (context.refresher?.results ?? 0) > 0,
    moreSnaps: ({ context }) => context.refresher !== null && context.refresher.current + 1 < SNAPS.length,
    inRefresher: ({ context }) => context.refresher !== null,
    inClassroom: ({ context }) => context.classroom !== null,
    countFits: ({ context, event }) =>
      event.type === 'classroom.count' &&
      context.classroom !== null &&
      event.index < context.classroom.counts.length &&
      countedFor(context.classroom, event.index).reduce((a, b) => a + b, 0) <= HEAD_COUNT,
    overridable: ({ context }) => context.classroom !== null && majority(context.classroom.counts) !== 0,
    groupDecides: ({ context }) => context.classroom !== null && groupChoice(context.classroom) !== null,
  },
  actions: {
    signOutIfShared: assign({ signedIn: ({ context }) => context.signedIn && context.device !== 'shared' }),
    setDevice: assign({ device: ({ event }) => (event.type === 'device.setUp' ? event.use : 'none') }),
    setLanguage: assign({
      language: ({ context, event }) => (event.type === 'language.set' ? event.language : context.language),
    }),
    resume: assign(({ event }) => ({
      scenario: COURSE,
      picks: (event.type === 'attempt.resume' && event.attempt === 'saved' ? saved : broken).decisions.map(
        (d) => d.choiceIndex,
      ),
      attempt: 'resumed' as const,
      refresher: null,
      error: event.type === 'attempt.resume' && event.attempt === 'broken' ? ('replay' as const) : null,
    })),
    pick: assign({
      picks: ({ context, event }) =>
        event.type === 'play.choose' ? [...context.picks, event.index] : context.picks,
    }),
    endAttempt: assign(noAttempt),
    groupPicks: assign(({ context }) => ({
      picks: [...context.picks, groupChoice(context.classroom!)!],
      // The next decision offers three choices.
      classroom: { counts: [0, 0, 0], revealed: false, override: false },
    })),
    endRefresher: assign({ ...noAttempt, refresher: null }),
    nextSnap: assign(({ context }) => {
      const current = (context.refresher?.current ?? 0) + 1;
      return { ...noAttempt, scenario: SNAPS[current]!, refresher: { current, results: current } };
    }),
    lastSnap: assign(({ context }) => ({
      ...noAttempt,
      refresher: { current: context.refresher?.current ?? 0, results: (context.refresher?.results ?? 0) + 1 },
    })),
  },
}).createMachine({
  id: 'model',
  context: {
    device: 'none',
    signedIn: false,
    language: 'en',
    ...noAttempt,
    refresher: null,
    loaded: false,
  },
  initial: 'title',
  states: {
    title: {
      entry: 'signOutIfShared',
      on: {
        'title.start': [
          { guard: 'notSetUp' },
          { guard: 'shared', target: 'trainees' },
          { guard: 'signedIn', target: 'scenarios' },
          { target: 'profile' },
        ],
        'device.setUp': { guard: 'notSetUp', actions: 'setDevice' },
        'trainer.open': 'trainer',
        'language.set': { actions: 'setLanguage' },
        // Signed out (a shared device back at the start), nobody's attempt resumes.
        'attempt.resume': [
          { guard: and(['signedIn', 'resumesBroken']), target: 'failed', actions: 'resume' },
          { guard: 'signedIn', target: 'attempt.playing', actions: 'resume' },
        ],
      },
    },
    trainer: {
      initial: 'locked',
      on: { 'trainer.close': 'title', 'device.setUp': { actions: 'setDevice' } },
      states: {
        locked: { on: { 'trainer.unlock': 'home' } },
        home: {
          on: {
            'trainer.review': 'review',
            'trainer.certificate': 'certificate',
            'trainer.insight': 'insight',
            // Straight into play with the group: the fixture's story is at hand.
            'trainer.classroom': {
              target: '#model.attempt.playing',
              actions: assign(({ event }) => ({
                ...noAttempt,
                scenario: COURSE,
                attempt: 'classroom' as const,
                language: event.language,
                classroom: { counts: [0, 0], revealed: false, override: false },
              })),
            },
          },
        },
        review: { on: { 'trainer.home': 'home' } },
        certificate: { on: { 'trainer.home': 'home' } },
        insight: { on: { 'trainer.home': 'home' } },
      },
    },
    trainees: {
      on: {
        'trainee.open': {
          target: 'scenarios',
          actions: assign({ signedIn: true, language: 'fr' as const }),
        },
        'trainee.new': { target: 'profile', actions: assign({ signedIn: false }) },
        'screen.leave': 'title',
      },
    },
    profile: {
      on: {
        'profile.save': { target: 'scenarios', actions: assign({ signedIn: true }) },
        'screen.leave': 'title',
      },
    },
    scenarios: {
      on: {
        'scenario.pick': {
          target: 'attempt',
          actions: assign(({ event }) => ({ ...noAttempt, scenario: event.id, refresher: null })),
        },
        'refresher.start': {
          target: 'refresherPlan',
          actions: assign({ ...noAttempt, scenario: SNAPS[0], refresher: { current: 0, results: 0 } }),
        },
        'profile.edit': 'profile',
        'screen.leave': 'title',
        'attempt.resume': [
          { guard: 'resumesBroken', target: 'failed', actions: 'resume' },
          { target: 'attempt.playing', actions: 'resume' },
        ],
      },
    },
    refresherPlan: {
      on: { 'refresher.begin': 'attempt', 'screen.leave': { target: 'scenarios', actions: 'endRefresher' } },
    },
    // One attempt, from its briefing to its ending; it can be left at any moment.
    attempt: {
      initial: 'briefing',
      on: {
        'screen.leave': [
          { guard: 'inClassroom', target: 'trainer.home', actions: 'endAttempt' },
          { guard: 'snapsFinished', target: 'refresherResult', actions: 'endAttempt' },
          { target: 'scenarios', actions: 'endRefresher' },
        ],
      },
      states: {
        briefing: {
          on: {
            'briefing.accept': [
              { guard: 'mustFetch', target: 'preparing', actions: assign({ attempt: 'new' as const }) },
              { target: 'playing', actions: assign({ attempt: 'new' as const }) },
            ],
          },
        },
        preparing: {
          on: {
            'LOAD.DONE': { target: 'playing', actions: assign({ loaded: true }) },
            'LOAD.FAIL': { target: '#model.failed', actions: assign({ error: 'load' as const }) },
          },
        },
        playing: {
          initial: 'active',
          states: {
            active: {
              on: {
                // In a classroom only the group decides.
                'play.choose': [
                  { guard: 'inClassroom' },
                  { guard: 'lastDecision', target: '#model.debrief', actions: 'pick' },
                  { actions: 'pick' },
                ],
                'play.pause': 'paused',
                'classroom.count': {
                  guard: 'countFits',
                  actions: assign(({ context, event }) => ({
                    classroom: {
                      ...context.classroom!,
                      counts: countedFor(context.classroom!, event.index),
                      override: false,
                    },
                  })),
                },
                'classroom.reveal': {
                  guard: 'inClassroom',
                  actions: assign(({ context }) => ({
                    classroom: { ...context.classroom!, revealed: true },
                  })),
                },
                'classroom.override': {
                  guard: 'overridable',
                  actions: assign(({ context }) => ({
                    classroom: { ...context.classroom!, override: true },
                  })),
                },
                'classroom.decide': [
                  {
                    guard: and(['groupDecides', 'lastDecision']),
                    target: '#model.debrief',
                    actions: 'groupPicks',
                  },
                  { guard: 'groupDecides', actions: 'groupPicks' },
                ],
              },
            },
            paused: { on: { 'play.resume': 'active' } },
          },
          on: {
            // The story restarts in the other language where it was, and play goes on.
            'language.set': { target: '.active', actions: 'setLanguage' },
            'story.error': { target: '#model.failed', actions: assign({ error: 'story' as const }) },
          },
        },
      },
    },
    debrief: {
      on: {
        // "What if I had…": the same story and seed, the choices before `from`, then the trainee chooses again.
        'debrief.practice': {
          guard: and([not('inRefresher'), not('inClassroom')]),
          target: 'attempt.playing',
          actions: assign(({ context, event }) => ({
            picks: context.picks.slice(0, event.from - 1),
            attempt: 'practice' as const,
          })),
        },
        'debrief.done': [
          { guard: 'inClassroom', target: 'trainer.home', actions: 'endAttempt' },
          { guard: 'moreSnaps', target: 'attempt', actions: 'nextSnap' },
          { guard: 'inRefresher', target: 'refresherResult', actions: 'lastSnap' },
          { target: 'scenarios', actions: 'endAttempt' },
        ],
      },
    },
    refresherResult: {
      on: { 'refresher.done': { target: 'scenarios', actions: 'endRefresher' } },
    },
    failed: {
      on: {
        'screen.leave': [
          { guard: 'inClassroom', target: 'trainer.home', actions: 'endAttempt' },
          { target: 'scenarios', actions: 'endRefresher' },
        ],
      },
    },
  },
});

type ModelSnapshot = SnapshotFrom<typeof model>;

const sameValue = (a: StateValue, b: StateValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Which model states count as the same for coverage: the state and the facts that decide where the session can
 * go from it, plus (as xstate/graph's test model does by default) the event and state it came from when it moved,
 * so that every transition is a target of its own. Left out, to keep the paths few: the device except before a
 * trainee is in, the language except there and in play, and whether the on-demand story was fetched before.
 */
function coverageKey(state: ModelSnapshot, event: ModelEvent | undefined, prev: ModelSnapshot | undefined) {
  const { device, language, signedIn, scenario, picks, attempt, refresher, error, classroom } = state.context;
  const signingIn =
    state.matches('title') ||
    state.matches('trainer') ||
    state.matches('trainees') ||
    state.matches('profile');
  const key = JSON.stringify({
    value: state.value,
    facts: [signedIn, scenario, picks, attempt, refresher, error, classroom],
    device: signingIn ? device : undefined,
    language: signingIn || state.matches({ attempt: 'playing' }) ? language : undefined,
  });
  const moved = event && prev && !sameValue(prev.value, state.value);
  return moved ? `${key} via ${JSON.stringify(event)} from ${JSON.stringify(prev.value)}` : key;
}

/** Concrete events of the model: the payloads that make a difference to what is seen. */
const eventsOf = (state: ModelSnapshot): ModelEvent[] => [
  { type: 'title.start' },
  { type: 'language.set', language: state.context.language === 'en' ? 'fr' : 'en' },
  { type: 'trainer.open' },
  { type: 'trainer.unlock' },
  { type: 'trainer.review' },
  { type: 'trainer.certificate' },
  { type: 'trainer.insight' },
  { type: 'trainer.home' },
  { type: 'trainer.close' },
  { type: 'trainer.classroom', language: state.context.language },
  { type: 'classroom.count', index: 0 },
  { type: 'classroom.count', index: 1 },
  { type: 'classroom.reveal' },
  { type: 'classroom.override' },
  { type: 'classroom.decide' },
  { type: 'device.setUp', use: 'own' },
  { type: 'device.setUp', use: 'shared' },
  { type: 'trainee.open' },
  { type: 'trainee.new' },
  { type: 'profile.save' },
  { type: 'profile.edit' },
  { type: 'scenario.pick', id: COURSE },
  { type: 'scenario.pick', id: LAZY },
  { type: 'refresher.start' },
  { type: 'refresher.begin' },
  { type: 'refresher.done' },
  { type: 'attempt.resume', attempt: 'saved' },
  { type: 'attempt.resume', attempt: 'broken' },
  { type: 'briefing.accept' },
  { type: 'LOAD.DONE' },
  { type: 'LOAD.FAIL' },
  { type: 'play.choose', index: 0 },
  { type: 'play.choose', index: 1 },
  { type: 'play.pause' },
  { type: 'play.resume' },
  { type: 'story.error' },
  { type: 'screen.leave' },
  { type: 'debrief.done' },
  { type: 'debrief.practice', from: 1 },
  { type: 'debrief.practice', from: 2 },
];

/** Every state of the model (its whole context) and every event it takes there, by xstate/graph. */
const adjacency = getAdjacencyMap(model, {
  events: eventsOf,
  filterEvents: (state, event) => state.can(event),
});

interface Path {
  steps: { event: ModelEvent | null; state: ModelSnapshot }[];
}

/**
 * Breadth first through the model's graph, the shortest path to each coverage target (see coverageKey): every
 * path is a real walk through the model, and together they take every transition.
 */
function coveringPaths(): Path[] {
  const initial = Object.values(adjacency)[0]!.state;
  const seenStates = new Set<string>();
  const targets = new Set<string>([coverageKey(initial, undefined, undefined)]);
  const found: Path[] = [{ steps: [{ event: null, state: initial }] }];
  const queue: Path[] = [found[0]!];
  for (let path = queue.shift(); path; path = queue.shift()) {
    const { state } = path.steps.at(-1)!;
    const serial = serializeSnapshot(state);
    if (seenStates.has(serial)) continue;
    seenStates.add(serial);
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
// The system under test: a fresh actor of the real machine per path, with a story fetcher the test settles and an
// inspector that keeps every state the machine passes through (microsteps included) and every event it receives.

function startSession() {
  let now = 1_000;
  let ids = 0;
  let loaded = false;
  let pending: { resolve: () => void; reject: (e: Error) => void } | null = null;
  const machine = createSessionMachine({
    scenario: (id) => (id === LAZY ? scenarioInfo(lazyComplete) : [base, ...snaps].find((s) => s.id === id)),
    playable: (id) =>
      id === LAZY ? (loaded ? lazyComplete : undefined) : [base, ...snaps].find((s) => s.id === id),
    now: () => (now += 1000),
    newId: () => `attempt-${++ids}`,
    newSeed: () => 42,
    loadStory: () =>
      new Promise((resolve, reject) => {
        pending = {
          resolve: () => {
            loaded = true;
            resolve(undefined);
          },
          reject,
        };
      }),
  });
  const heard: SessionEmitted[] = [];
  const received = new Set<string>();
  const trace: StateValue[] = [];
  const actor = createActor(machine, {
    input: { device: null },
    inspect: (e: InspectionEvent) => {
      if (e.actorRef.sessionId !== e.rootId) return;
      if (e.type === '@xstate.event') received.add(e.event.type);
      if (e.type === '@xstate.microstep' || e.type === '@xstate.snapshot') {
        const { value } = e.snapshot as { value?: StateValue };
        if (value !== undefined && !(trace.length > 0 && sameValue(trace.at(-1)!, value))) trace.push(value);
      }
    },
  });
  actor.on('*', (e) => heard.push(e));
  actor.start();
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const fetched = () => {
    if (!pending) throw new Error('no story is being fetched');
    return pending;
  };
  const send = (e: SessionEvent) => actor.send(e);
  /** Does on the real actor what the model's event stands for. */
  async function exec(event: ModelEvent) {
    switch (event.type) {
      case 'language.set':
        return send({ type: 'language.set', language: event.language });
      case 'device.setUp':
        return send({
          type: 'device.setUp',
          device: event.use === 'own' ? { use: 'own', pins: false } : { use: 'shared', pins: true },
        });
      case 'trainee.open':
        return send({ type: 'trainee.open', profile: trainee });
      case 'trainer.review':
        return send({ type: 'trainer.review', attemptId: SAVED_ID });
      case 'trainer.certificate':
        return send({ type: 'trainer.certificate', profileId: owner.id });
      case 'profile.save':
        return send({ type: 'profile.save', profile: owner });
      case 'trainer.classroom':
        return send({
          type: 'trainer.classroom',
          scenarioId: COURSE,
          language: event.language,
          headCount: HEAD_COUNT,
          present: PRESENT,
        });
      case 'classroom.count':
        return send({ type: 'classroom.count', index: event.index, count: 2 });
      case 'classroom.override':
        return send({ type: 'classroom.override', index: 0, reason: OVERRIDE_REASON });
      case 'scenario.pick':
        return send({ type: 'scenario.pick', id: event.id });
      case 'refresher.start':
        return send({ type: 'refresher.start', picks: refresherPicks, baseline: { ...baseline } });
      case 'attempt.resume':
        // As the store gives it back: a copy.
        return send({
          type: 'attempt.resume',
          attempt: structuredClone(event.attempt === 'saved' ? saved : broken),
        });
      case 'play.choose':
        return send({ type: 'play.choose', index: event.index });
      case 'story.error':
        return send({ type: 'story.error', message: 'the story broke' });
      case 'LOAD.DONE':
        fetched().resolve();
        return settle();
      case 'LOAD.FAIL':
        fetched().reject(new Error('offline'));
        return settle();
      default:
        return send(event);
    }
  }
  return { actor, heard, received, trace, exec };
}

type Session = ReturnType<typeof startSession>;

// ---------------------------------------------------------------------------------------------------------------
// What must hold after every step.

const inAttempt = (s: ModelSnapshot) =>
  s.matches({ attempt: 'briefing' }) ||
  s.matches({ attempt: 'preparing' }) ||
  s.matches({ attempt: 'playing' }) ||
  s.matches('debrief') ||
  s.matches('failed');

/** The real machine shows what the model says a trainee or trainer should see. */
function agrees(sut: Session, state: ModelSnapshot) {
  const { value, context } = sut.actor.getSnapshot();
  const m = state.context;
  expect(value).toEqual(state.value);
  // Its context stays plain, serialisable data.
  expect(JSON.parse(JSON.stringify(context))).toEqual(context);
  expect(context.device).toEqual(
    m.device === 'none'
      ? null
      : m.device === 'own'
        ? { use: 'own', pins: false }
        : { use: 'shared', pins: true },
  );
  expect(context.profile?.id ?? null).toBe(m.signedIn ? 'p1' : null);
  expect(context.language).toBe(m.language);
  expect(
    context.refresher && { current: context.refresher.current, results: context.refresher.results.length },
  ).toEqual(m.refresher);

  // What the trainer area is showing: one attempt's review, or one trainee's certificate.
  expect(context.trainerFocus).toBe(
    state.matches({ trainer: 'review' })
      ? SAVED_ID
      : state.matches({ trainer: 'certificate' })
        ? owner.id
        : null,
  );

  if (!inAttempt(state)) {
    expect(context).toMatchObject({
      attemptId: null,
      decisions: [],
      result: null,
      error: null,
      transcript: [],
    });
    return;
  }
  expect(context.scenarioId).toBe(m.scenario);
  expect(context.mode).toBe(
    m.attempt === 'practice' || m.attempt === 'classroom' ? m.attempt : m.refresher ? 'refresher' : 'course',
  );
  // A classroom's head count, who is present, one vote per decision taken, and the tally of the decision on offer.
  if (m.classroom === null) expect(context.classroom).toBeNull();
  else {
    expect(context.classroom).toMatchObject({ headCount: HEAD_COUNT, present: PRESENT });
    expect(context.classroom?.votes.map((v) => v.seq)).toEqual(m.picks.map((_, i) => i + 1));
    if (state.matches({ attempt: 'playing' }))
      expect(context.classroom?.tally).toEqual({
        counts: m.classroom.counts,
        revealed: m.classroom.revealed,
        override: m.classroom.override ? { index: 0, reason: OVERRIDE_REASON } : null,
      });
  }
  // Practice keeps the scored attempt's result to compare with; nothing else carries one.
  expect(context.comparedWith !== null).toBe(m.attempt === 'practice');
  if (state.matches({ attempt: 'briefing' })) expect(context.attemptId).toBeNull();
  else if (m.attempt === 'resumed')
    expect(context.attemptId).toBe(m.error === 'replay' ? broken.id : SAVED_ID);
  else expect(context.attemptId).toMatch(/^attempt-\d+$/);

  if (state.matches({ attempt: 'playing' })) {
    expect(context.error).toBeNull();
    expect(context.result).toBeNull();
    expect(context.decisions.map((d) => d.choiceIndex)).toEqual(m.picks);
    expect(context.decisions.map((d) => d.seq)).toEqual(m.picks.map((_, i) => i + 1));
    // The story so far, in the session's language, and the choices of the decision the trainee is at.
    expect(context.transcript[0]?.text).toBe(FIRST_LINE[m.language]);
    expect(context.choices.length).toBe(m.picks.length === 0 ? 2 : 3);
  } else if (state.matches('debrief')) {
    const [first, second] = m.picks;
    expect(context.decisions.map((d) => d.choiceIndex)).toEqual(m.picks);
    expect(context.ending).toBe(second === 0 ? 'exposed' : 'safe');
    expect(context.result?.passed).toBe(first === 0 && second === 1);
    expect(context.result?.criticalErrors.length).toBe(second === 0 ? 1 : 0);
    expect(context.endedAt).not.toBeNull();
  } else if (state.matches('failed')) {
    if (m.error === 'load') expect(context.error).toBe('the scenario could not be loaded: Error: offline');
    if (m.error === 'story') expect(context.error).toBe('the story broke');
    if (m.error === 'replay') {
      expect(context.error).toBe(REPLAY_MISMATCH);
      // The saved choices are kept, not lost.
      expect(context.decisions).toEqual(broken.decisions);
    }
    expect(m.error).not.toBeNull();
  } else {
    expect(context).toMatchObject({ decisions: [], result: null, error: null });
  }
}

/** The states the real machine passes through on the way, which nobody sees for long. */
function passesThrough(prev: ModelSnapshot, event: ModelEvent, next: ModelSnapshot): StateValue[] {
  const starting = { attempt: { playing: 'starting' } };
  if (
    (event.type === 'briefing.accept' ||
      event.type === 'trainer.classroom' ||
      event.type === 'attempt.resume' ||
      event.type === 'debrief.practice') &&
    !next.matches({ attempt: 'preparing' })
  )
    return [{ attempt: 'preparing' }, starting];
  if (event.type === 'LOAD.DONE') return [starting];
  if (event.type === 'language.set' && prev.matches({ attempt: 'playing' }))
    return [{ attempt: { playing: 'relocalising' } }];
  return [];
}

/** What the machine should tell the rest of the app when the model takes this step. */
function emits(prev: ModelSnapshot, event: ModelEvent, next: ModelSnapshot): SessionEmitted['type'][] {
  switch (event.type) {
    case 'profile.save':
    case 'trainee.open':
      return ['profile.chosen'];
    case 'title.start':
      // The device's own trainee goes straight to their list: their profile is the one in use.
      return next.matches('scenarios') ? ['profile.chosen'] : [];
    case 'language.set':
      // A classroom's language is the room's: the profile signed in (if any) keeps its own.
      return prev.context.signedIn && prev.context.classroom === null ? ['profile.chosen'] : [];
    case 'trainer.classroom':
      return ['attempt.started'];
    case 'briefing.accept':
    case 'LOAD.DONE':
      return next.matches({ attempt: 'playing' }) ? ['attempt.started'] : [];
    case 'attempt.resume':
      // A resume whose replay fails never starts: it is given up at once.
      return next.matches('failed') ? ['attempt.abandoned'] : ['attempt.started'];
    case 'classroom.decide':
      return next.matches('debrief') ? ['attempt.decided', 'attempt.completed'] : ['attempt.decided'];
    case 'play.choose':
      // The trainee's choice, or in a classroom the group's (a single choice is refused there).
      if (prev.context.classroom !== null) return [];
      return next.matches('debrief') ? ['attempt.decided', 'attempt.completed'] : ['attempt.decided'];
    case 'screen.leave':
      return prev.matches({ attempt: 'playing' }) ? ['attempt.abandoned'] : [];
    case 'story.error':
      return ['attempt.abandoned'];
    case 'debrief.done':
      return ['debrief.closed'];
    case 'debrief.practice':
      return ['debrief.closed', 'attempt.started'];
    default:
      return [];
  }
}

/**
 * The emitted events of a whole path tell a coherent story: an attempt starts once, its decisions come one by one
 * in order, and it ends (completed or abandoned) before another starts; a debrief closes only a completed attempt.
 */
function coherent(heard: SessionEmitted[], endsInPlay: boolean) {
  let open: { id: string; decided: number } | null = null;
  let completed: string | null = null;
  for (const e of heard) {
    if (e.type === 'profile.chosen') {
      expect(e.profile.id).toBe('p1');
      continue;
    }
    const id = e.context.attemptId;
    expect(id).not.toBeNull();
    switch (e.type) {
      case 'attempt.started':
        expect(open).toBeNull();
        open = { id: id!, decided: e.context.decisions.length };
        completed = null;
        break;
      case 'attempt.decided':
        expect(open?.id).toBe(id);
        open!.decided += 1;
        expect(e.decision.seq).toBe(open!.decided);
        expect(e.context.decisions.length).toBe(open!.decided);
        break;
      case 'attempt.completed':
        expect(open?.id).toBe(id);
        expect(e.context.decisions.length).toBe(open!.decided);
        expect(e.context.result).not.toBeNull();
        completed = id;
        open = null;
        break;
      case 'attempt.abandoned':
        // Either the attempt under way, or a resumed one whose replay failed (it never started again).
        if (open) expect(open.id).toBe(id);
        else expect(id).toBe(broken.id);
        expect(e.context.result).toBeNull();
        open = null;
        break;
      case 'debrief.closed':
        expect(completed).toBe(id);
        completed = null;
        break;
    }
  }
  expect(open !== null).toBe(endsInPlay);
}

// ---------------------------------------------------------------------------------------------------------------

const visitedNodes = new Set<string>();
const sentEvents = new Set<string>();

/** State node ids of a state value, as `machine.root` names them ("session.playing.active"). */
function nodeIds(value: StateValue, prefix = 'session'): string[] {
  if (typeof value === 'string') return [`${prefix}.${value}`];
  return Object.entries(value).flatMap(([key, child]) =>
    child === undefined ? [`${prefix}.${key}`] : [`${prefix}.${key}`, ...nodeIds(child, `${prefix}.${key}`)],
  );
}

const describePath = (steps: Path['steps']) =>
  steps
    .slice(1)
    .map(({ event }) => {
      const { type, ...payload } = event!;
      const detail = Object.values(payload).join(',');
      return detail ? `${type}(${detail})` : type;
    })
    .join(' → ') || '(start)';

describe('session machine (model-based)', () => {
  for (const path of paths) {
    it(describePath(path.steps), async () => {
      const sut = startSession();
      const [initial, ...rest] = path.steps;
      agrees(sut, initial!.state);
      let prev = initial!.state;
      for (const { event, state } of rest) {
        if (!event) throw new Error('a step without an event');
        const emittedBefore = sut.heard.length;
        const traced = sut.trace.length;
        await sut.exec(event);
        agrees(sut, state);
        expect(sut.heard.slice(emittedBefore).map((e) => e.type)).toEqual(emits(prev, event, state));
        // The states it passed through on the way, and where it settled if it moved.
        const moved = sut.trace.slice(traced).filter((v, i) => i > 0 || !sameValue(v, prev.value));
        const via = passesThrough(prev, event, state);
        expect(moved).toEqual(
          via.length > 0 || !sameValue(prev.value, state.value) ? [...via, state.value] : [],
        );
        prev = state;
      }
      coherent(sut.heard, prev.matches({ attempt: 'playing' }));
      for (const value of sut.trace) for (const id of nodeIds(value)) visitedNodes.add(id);
      for (const type of sut.received) sentEvents.add(type);
      sut.actor.stop();
    });
  }

  const machine = createSessionMachine({
    scenario: () => undefined,
    playable: () => undefined,
    now: () => 0,
    newId: () => '',
    newSeed: () => 0,
  });
  const allNodes = (node: AnyStateNode): AnyStateNode[] =>
    Object.values(node.states).flatMap((child) => [child, ...allNodes(child)]);

  it('visits every state node of the machine', () => {
    const nodes = allNodes(machine.root).map((n) => n.id);
    expect(nodes.length).toBeGreaterThan(10);
    expect([...visitedNodes].sort()).toEqual([...nodes].sort());
  });

  it('sends every event the machine handles', () => {
    const handled = [machine.root, ...allNodes(machine.root)].flatMap((n) => [...n.transitions.keys()]);
    expect(handled).toContain('story.step');
    const unsent = [...new Set(handled)].filter((type) => !sentEvents.has(type));
    expect(unsent).toEqual([]);
  });
});
