/**
 * The session machine: device set-up and title → who is training (shared devices) → profile → scenario list →
 * an attempt (briefing with content note → preparing, the story fetched → playing ⇄ paused, left at any moment)
 * → debrief; an in-mission refresher plays its snaps one after another, then shows its result; an unfinished
 * attempt resumes by replaying its choices. From the trainer area, a classroom session plays a scenario with a
 * whole group: the same attempt states, but the group votes at every decision and the trainer enters the votes
 * (see ClassroomRun). Its context holds only serialisable data; the ink runner lives in the
 * invoked story actor. What happens to an attempt is emitted (SessionEmitted) for the records, the LMS and the
 * LRS. The definition is static; createSessionMachine supplies what it needs from outside with `.provide()`.
 */
import { supportedLanguage } from '../content/languages.ts';
import { decisionOf } from '../scoring/decision.ts';
import { assertEvent, assign, emit, enqueueActions, fromPromise, sendTo, setup, stateIn } from 'xstate';
import { storyFor } from '../content/localize.ts';
import type { Scenario, ScenarioInfo } from '../content/types.ts';
import type { StoryChoice } from '../ink/runner.ts';
import { attemptMode } from '../records/attempt.ts';
import type { Attempt, AttemptMode } from '../records/attempt.ts';
import {
  attendanceFits,
  countsFit,
  emptyTally,
  groupChoice,
  headCountOf,
  oneLine,
  overrideFits,
  voteOf,
} from '../records/classroom.ts';
import type { ClassroomRun } from '../records/classroom.ts';
import type { RefresherPick } from '../refresher/select.ts';
import type { Level } from '../tags/vocabulary.ts';
import type { Profile } from '../records/profile.ts';
import { storyGlobals } from './story-globals.ts';
import type { DeviceSetup } from '../trainer/device.ts';
import type { Decision } from '../scoring/decision.ts';
import { score } from '../scoring/score.ts';
import type { ScoreResult } from '../scoring/score.ts';
import { storyActor } from './story-actor.ts';
import type { StoryActorEvent } from './story-actor.ts';
import { EMPTY_STAGE, applyChoice, applyStep } from './view.ts';
import type { StageSnapshot, ViewLine } from './view.ts';

/** An in-mission refresher under way: snap situations played one after another. */
export interface RefresherRun {
  picks: RefresherPick[];
  /** Index in picks of the snap being briefed or played. */
  current: number;
  /** The trainee's level per criterion before this refresher (null: never practised), for the result. */
  baseline: Record<string, Level | null>;
  /** Results of the snaps finished so far. */
  results: ScoreResult[];
}

export interface SessionContext {
  /** Language of the interface and the story (a code such as "en" or "fr"). */
  language: string;
  /** How the device is used; null until it is set up (then the title screen asks). */
  device: DeviceSetup | null;
  profile: Profile | null;
  scenarioId: string | null;
  /**
   * Whether the attempt belongs to the course, to an in-mission refresher, is practice ("what if I had…"), or is
   * a group's classroom session.
   */
  mode: AttemptMode;
  /** In practice: the scored attempt it replays, and that attempt's result, to compare with at the end. */
  comparedWith: { attemptId: string; result: ScoreResult } | null;
  refresher: RefresherRun | null;
  /** In a classroom session: the head count, who is present, the votes so far and the decision under way. */
  classroom: ClassroomRun | null;
  /** Registration id of the attempt being played. */
  attemptId: string | null;
  seed: number | null;
  transcript: ViewLine[];
  /** Choices on offer now (empty while the story is moving on). */
  choices: StoryChoice[];
  stage: StageSnapshot;
  decisions: Decision[];
  inkState: string | null;
  ending: string | null;
  startedAt: number | null;
  endedAt: number | null;
  result: ScoreResult | null;
  error: string | null;
  /** In the trainer area: the attempt under review, or the trainee whose certificate is shown. */
  trainerFocus: string | null;
}

/** What the trainee, the trainer and the app ask of the session; named `screen.action`. */
export type SessionEvent =
  | { type: 'title.start' }
  | { type: 'language.set'; language: string }
  | { type: 'trainer.open' }
  /** The trainer passphrase was verified (by the gate). */
  | { type: 'trainer.unlock' }
  | { type: 'trainer.review'; attemptId: string }
  | { type: 'trainer.certificate'; profileId: string }
  /** The insight views: every device's records, read back from the LRS too. */
  | { type: 'trainer.insight' }
  /** Back to the trainer area's lists. */
  | { type: 'trainer.home' }
  | { type: 'trainer.close' }
  /**
   * Run a scenario with a group: in this language, with a head count (null: not counted) and the device's
   * trainees ticked as present (possibly none).
   */
  | {
      type: 'trainer.classroom';
      scenarioId: string;
      language: string;
      headCount: number | null;
      present: string[];
    }
  /** In a classroom: how many voted for the choice with this index. */
  | { type: 'classroom.count'; index: number; count: number }
  /** In a classroom: show the vote bars to the room. */
  | { type: 'classroom.reveal' }
  /** In a classroom: take another choice than the majority's, for a one-line reason (index null: undo). */
  | { type: 'classroom.override'; index: number | null; reason: string }
  /** In a classroom: the group's choice is taken and the story goes on. */
  | { type: 'classroom.decide' }
  | { type: 'profile.save'; profile: Profile }
  | { type: 'profile.edit' }
  | { type: 'device.setUp'; device: DeviceSetup }
  /** A trainee of a shared device opened their profile (with their PIN when the device asks for PINs). */
  | { type: 'trainee.open'; profile: Profile }
  | { type: 'trainee.new' }
  | { type: 'scenario.pick'; id: string }
  | { type: 'refresher.start'; picks: RefresherPick[]; baseline: Record<string, Level | null> }
  | { type: 'refresher.begin' }
  | { type: 'refresher.done' }
  | { type: 'attempt.resume'; attempt: Attempt }
  | { type: 'briefing.accept' }
  | { type: 'play.choose'; index: number }
  | { type: 'play.pause' }
  | { type: 'play.resume' }
  /** Back from the screen: from an attempt (at any stage), a profile, the trainee list or the scenario list. */
  | { type: 'screen.leave' }
  | { type: 'debrief.done' }
  /** "What if I had…": play the debriefed attempt again as practice, from decision `from` (1-based) on. */
  | { type: 'debrief.practice'; from: number }
  /** From the story actor. */
  | StoryActorEvent;

/**
 * What the machine tells the rest of the app about the trainee and their attempt. The records keeper, the LMS
 * bridge and the LRS sync learn of an attempt only through these (`actor.on`), each with the session's context
 * as it was at that moment (plain data).
 */
export type SessionEmitted =
  /** A trainee's profile was saved, opened, or its language changed. */
  | { type: 'profile.chosen'; profile: Profile }
  /** Play began (a new attempt, or a resumed one once its choices have been replayed). */
  | { type: 'attempt.started'; context: SessionContext }
  | { type: 'attempt.decided'; context: SessionContext; decision: Decision }
  /** The story reached an ending and the attempt is scored. */
  | { type: 'attempt.completed'; context: SessionContext }
  /** Play stopped before an ending: the trainee left, or the story failed. */
  | { type: 'attempt.abandoned'; context: SessionContext }
  /** The trainee left the debrief of a completed attempt. */
  | { type: 'debrief.closed'; context: SessionContext };

export interface SessionDeps {
  /** What is known of a scenario without its stories (to list, brief and score it). */
  scenario(id: string): ScenarioInfo | undefined;
  /** The scenario with its stories, when they are at hand. */
  playable(id: string): Scenario | undefined;
  now(): number;
  newId(): string;
  /** A seed for a new attempt's story randomness. */
  newSeed(): number;
  /**
   * Fetches a scenario's stories when they are not at hand (the browser app fetches them on demand to keep the
   * first screen small); afterwards deps.playable gives the scenario.
   */
  loadStory?(id: string): Promise<unknown>;
}

/** An attempt's part of the context, as it is when no attempt is under way. */
const attemptReset = {
  attemptId: null,
  seed: null,
  transcript: [],
  choices: [],
  stage: EMPTY_STAGE,
  decisions: [],
  inkState: null,
  ending: null,
  startedAt: null,
  endedAt: null,
  result: null,
  error: null,
  comparedWith: null,
  classroom: null,
} satisfies Partial<SessionContext>;

export const initialContext = (): SessionContext => ({
  language: 'en',
  // What a device set up for one person does; the app passes the stored set-up (or null) as input.
  device: { use: 'own', pins: false },
  profile: null,
  scenarioId: null,
  mode: 'course',
  refresher: null,
  ...attemptReset,
  trainerFocus: null,
});

/** What the machine cannot know by itself; supplied with `.provide()` (see createSessionMachine). */
function notProvided(what: string): () => never {
  return () => {
    throw new Error(`the session machine needs ${what}: create it with createSessionMachine(deps)`);
  };
}

/**
 * The session as a static definition. Everything that needs the scenarios, the clock or new ids (the guards
 * that look a scenario up, the actions that stamp a time or an id, the story and its fetching) is declared here
 * and supplied by createSessionMachine with `.provide()`.
 */
export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as Partial<SessionContext> | undefined,
    emitted: {} as SessionEmitted,
  },
  actors: {
    story: storyActor(notProvided('the stories')),
    loadStory: fromPromise<unknown, { id: string }>(notProvided('a story fetcher')),
  },
  guards: {
    hasProfile: ({ context }) => context.profile !== null,
    notSetUp: ({ context }) => context.device === null,
    shared: ({ context }) => context.device?.use === 'shared',
    moreSnaps: ({ context }) =>
      context.refresher !== null && context.refresher.current + 1 < context.refresher.picks.length,
    inRefresher: ({ context }) => context.refresher !== null,
    refresherResults: ({ context }) => (context.refresher?.results.length ?? 0) > 0,
    // Practice replays a scored course attempt (or another practice of it) from one of its decisions.
    practicable: ({ context, event }) =>
      event.type === 'debrief.practice' &&
      context.refresher === null &&
      context.classroom === null &&
      context.result !== null &&
      context.attemptId !== null &&
      Number.isInteger(event.from) &&
      event.from >= 1 &&
      event.from <= context.decisions.length,
    // In a classroom the group decides (classroom.decide), never a single choice.
    offered: ({ context, event }) =>
      event.type === 'play.choose' &&
      context.classroom === null &&
      context.choices.some((c) => c.index === event.index),
    inClassroom: ({ context }) => context.classroom !== null,
    countable: ({ context, event }) => {
      const run = context.classroom;
      if (event.type !== 'classroom.count' || !run || !context.choices.some((c) => c.index === event.index))
        return false;
      const counts = run.tally.counts.map((n, i) => (i === event.index ? event.count : n));
      return countsFit(counts, run.headCount);
    },
    overridable: ({ context, event }) =>
      event.type === 'classroom.override' &&
      context.classroom !== null &&
      (event.index === null || overrideFits(context.classroom.tally, event.index, event.reason)),
    decidable: ({ context }) => {
      const index = context.classroom ? groupChoice(context.classroom.tally) : null;
      return index !== null && context.choices.some((c) => c.index === index);
    },
    storyEnded: ({ event }) => event.type === 'story.step' && event.step.ended,
    // Supplied: they look the scenarios up.
    /** The story to play is at hand, so play can start at once. */
    storyReady: notProvided('the scenarios'),
    knownScenario: notProvided('the scenarios'),
    knownSnaps: notProvided('the scenarios'),
    resumable: notProvided('the scenarios'),
    classroomStartable: notProvided('the scenarios'),
  },
  actions: {
    // Only where a profile has just been set (see the transitions).
    announceProfile: emit(({ context }) => ({
      type: 'profile.chosen' as const,
      profile: context.profile!,
    })),
    announceStart: emit(({ context }) => ({ type: 'attempt.started' as const, context })),
    announceDecision: emit(({ context }) => ({
      type: 'attempt.decided' as const,
      context,
      decision: context.decisions[context.decisions.length - 1]!,
    })),
    announceCompletion: emit(({ context }) => ({ type: 'attempt.completed' as const, context })),
    announceAbandon: emit(({ context }) => ({ type: 'attempt.abandoned' as const, context })),
    // Leaving is an abandonment only once play has begun (briefing and fetching start nothing).
    announceLeft: enqueueActions(({ context, enqueue, check }) => {
      if (check(stateIn('#session.attempt.playing')))
        enqueue.emit({ type: 'attempt.abandoned' as const, context });
    }),
    announceDebriefClosed: emit(({ context }) => ({ type: 'debrief.closed' as const, context })),
    forwardChoice: sendTo('story', ({ event }) => event),
    // The group's choice, just recorded as the last decision.
    forwardGroupChoice: sendTo('story', ({ context }) => ({
      type: 'play.choose' as const,
      index: context.decisions[context.decisions.length - 1]!.choiceIndex,
    })),
    // A classroom's language is the trainer's choice for the room; the signed-in profile (if any) keeps its own.
    setClassroomLanguage: assign(({ event }) => {
      assertEvent(event, 'language.set');
      return { language: supportedLanguage(event.language) };
    }),
    setCount: assign(({ context, event }) => {
      assertEvent(event, 'classroom.count');
      const run = context.classroom!;
      const counts = run.tally.counts.map((n, i) => (i === event.index ? event.count : n));
      // New counts can make a new majority, so an override made against the old one no longer stands.
      return { classroom: { ...run, tally: { ...run.tally, counts, override: null } } };
    }),
    revealVotes: assign(({ context }) => {
      const run = context.classroom!;
      return { classroom: { ...run, tally: { ...run.tally, revealed: true } } };
    }),
    setOverride: assign(({ context, event }) => {
      assertEvent(event, 'classroom.override');
      const run = context.classroom!;
      const override = event.index === null ? null : { index: event.index, reason: oneLine(event.reason) };
      return { classroom: { ...run, tally: { ...run.tally, override } } };
    }),
    endClassroom: assign({ ...attemptReset, classroom: null, mode: 'course' as const, scenarioId: null }),
    setLanguage: assign(({ context, event }) => {
      assertEvent(event, 'language.set');
      const language = supportedLanguage(event.language);
      return { language, profile: context.profile ? { ...context.profile, language } : null };
    }),
    openTrainee: assign(({ event }) => {
      assertEvent(event, 'trainee.open');
      return { profile: event.profile, language: supportedLanguage(event.profile.language) };
    }),
    saveProfile: assign(({ event }) => {
      assertEvent(event, 'profile.save');
      return { profile: event.profile };
    }),
    pickScenario: assign(({ event }) => {
      assertEvent(event, 'scenario.pick');
      return { ...attemptReset, scenarioId: event.id, mode: 'course' as const, refresher: null };
    }),
    planRefresher: assign(({ event }) => {
      assertEvent(event, 'refresher.start');
      return {
        ...attemptReset,
        mode: 'refresher' as const,
        refresher: { picks: event.picks, current: 0, baseline: event.baseline, results: [] },
        scenarioId: event.picks[0]!.scenarioId,
      };
    }),
    restoreAttempt: assign(({ event }) => {
      assertEvent(event, 'attempt.resume');
      const a = event.attempt;
      return {
        ...attemptReset,
        scenarioId: a.scenarioId,
        mode: a.mode ?? 'course',
        // Only the snap itself resumes; the rest of its refresher is offered afresh.
        refresher: null,
        attemptId: a.id,
        seed: a.seed,
        startedAt: a.startedAt,
        decisions: a.decisions,
      };
    }),
    setDevice: assign(({ event }) => {
      assertEvent(event, 'device.setUp');
      return { device: event.device };
    }),
    failStory: assign(({ event }) => {
      assertEvent(event, 'story.error');
      return { error: event.message };
    }),
    // On a shared device, back at the start nobody is signed in: the next person at the keyboard must say who
    // they are.
    signOutShared: assign({
      profile: ({ context }) => (context.device?.use === 'shared' ? null : context.profile),
    }),
    forgetProfile: assign({ profile: null }),
    endRefresher: assign({ ...attemptReset, refresher: null }),
    clearAttempt: assign(attemptReset),
    clearStage: assign({ transcript: [], choices: [], stage: EMPTY_STAGE }),
    keepSnapResult: assign(({ context }) => {
      const run = context.refresher;
      if (!run || !context.result) return {};
      return { refresher: { ...run, results: [...run.results, context.result] } };
    }),
    nextSnap: assign(({ context }) => {
      const run = context.refresher;
      if (!run) return {};
      const current = run.current + 1;
      return {
        ...attemptReset,
        refresher: { ...run, current },
        scenarioId: run.picks[current]!.scenarioId,
      };
    }),
    // Supplied: they stamp times and ids, or score against the scenario's rubric.
    recordDecision: notProvided('a clock'),
    applyStep: notProvided('a clock'),
    startAttempt: notProvided('a clock and new ids'),
    startPractice: notProvided('a clock and new ids'),
    startClassroom: notProvided('a clock and new ids'),
    recordGroupDecision: notProvided('a clock'),
    scoreAttempt: notProvided('the scenarios and a clock'),
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => {
    const context = { ...initialContext(), ...input };
    return { ...context, language: supportedLanguage(context.language) };
  },
  initial: 'title',
  on: {
    'language.set': [
      { guard: 'inClassroom', actions: 'setClassroomLanguage' },
      { guard: 'hasProfile', actions: ['setLanguage', 'announceProfile'] },
      { actions: 'setLanguage' },
    ],
  },
  states: {
    title: {
      entry: 'signOutShared',
      on: {
        'title.start': [
          { guard: 'notSetUp' },
          { guard: 'shared', target: 'trainees' },
          // The device's own trainee opens the list: their profile is the one in use.
          { guard: 'hasProfile', target: 'scenarios', actions: 'announceProfile' },
          { target: 'profile' },
        ],
        'device.setUp': { guard: 'notSetUp', actions: 'setDevice' },
        'attempt.resume': { guard: 'resumable', target: 'attempt.preparing', actions: 'restoreAttempt' },
        'trainer.open': 'trainer',
      },
    },
    // Behind the trainer passphrase: the records, the cohort, a review, a certificate.
    trainer: {
      initial: 'locked',
      on: {
        'trainer.close': { target: 'title', actions: assign({ trainerFocus: null }) },
        // Turning a one-person device into a training device (its owner, at the gate), or changing the PIN
        // policy (behind the passphrase).
        'device.setUp': { actions: 'setDevice' },
      },
      states: {
        locked: { on: { 'trainer.unlock': 'home' } },
        home: {
          entry: assign({ trainerFocus: null }),
          on: {
            'trainer.review': {
              target: 'review',
              actions: assign(({ event }) => ({ trainerFocus: event.attemptId })),
            },
            'trainer.certificate': {
              target: 'certificate',
              actions: assign(({ event }) => ({ trainerFocus: event.profileId })),
            },
            'trainer.insight': 'insight',
            // A classroom session plays its scenario at once: the trainer has read the content note already.
            'trainer.classroom': {
              guard: 'classroomStartable',
              target: '#session.attempt.preparing',
              actions: 'startClassroom',
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
        'trainee.open': { target: 'scenarios', actions: ['openTrainee', 'announceProfile'] },
        'trainee.new': { target: 'profile', actions: 'forgetProfile' },
        'screen.leave': 'title',
      },
    },
    profile: {
      on: {
        'profile.save': { target: 'scenarios', actions: ['saveProfile', 'announceProfile'] },
        'screen.leave': 'title',
      },
    },
    scenarios: {
      on: {
        'scenario.pick': { guard: 'knownScenario', target: 'attempt', actions: 'pickScenario' },
        'refresher.start': { guard: 'knownSnaps', target: 'refresherPlan', actions: 'planRefresher' },
        'profile.edit': 'profile',
        'screen.leave': 'title',
        'attempt.resume': { guard: 'resumable', target: 'attempt.preparing', actions: 'restoreAttempt' },
      },
    },
    refresherPlan: {
      on: {
        'refresher.begin': 'attempt',
        'screen.leave': { target: 'scenarios', actions: 'endRefresher' },
      },
    },
    // One attempt at one scenario, from its briefing to its ending; it can be left at any moment.
    attempt: {
      initial: 'briefing',
      on: {
        'screen.leave': [
          // A classroom goes back to the trainer area it started from.
          { guard: 'inClassroom', target: 'trainer.home', actions: ['announceLeft', 'endClassroom'] },
          // A snap left in the middle of a refresher: the snaps finished so far still have their result.
          {
            guard: 'refresherResults',
            target: 'refresherResult',
            actions: ['announceLeft', 'clearAttempt'],
          },
          { target: 'scenarios', actions: ['announceLeft', 'endRefresher'] },
        ],
      },
      states: {
        briefing: {
          on: { 'briefing.accept': { target: 'preparing', actions: 'startAttempt' } },
        },
        // Fetching the story, when it is not at hand yet (the browser loads each scenario's stories on demand).
        preparing: {
          always: { guard: 'storyReady', target: 'playing' },
          invoke: {
            src: 'loadStory',
            input: ({ context }) => ({ id: context.scenarioId ?? '' }),
            onDone: 'playing',
            onError: {
              target: '#session.failed',
              actions: assign({
                error: ({ event }) => `the scenario could not be loaded: ${String(event.error)}`,
              }),
            },
          },
        },
        playing: {
          invoke: {
            id: 'story',
            src: 'story',
            input: ({ context }) => ({
              scenarioId: context.scenarioId ?? '',
              language: context.language,
              // A group has no component of its own: the story's defaults (an import replays it the same way).
              globals: storyGlobals(context.mode === 'classroom' ? null : context.profile),
              seed: context.seed ?? 0,
              replay: context.decisions.map((d) => d.choiceIndex),
            }),
          },
          // The story's first step says play has started: a resumed attempt's choices are replayed by then,
          // with the evidence the story gives them.
          initial: 'starting',
          states: {
            starting: {
              on: {
                'story.step': [
                  {
                    guard: 'storyEnded',
                    target: '#session.debrief',
                    actions: ['applyStep', 'announceStart', 'scoreAttempt', 'announceCompletion'],
                  },
                  { target: 'active', actions: ['applyStep', 'announceStart'] },
                ],
              },
            },
            // The same attempt, restarted in another language: its choices are replayed, nothing starts anew.
            relocalising: {
              on: { 'story.step': { target: 'active', actions: 'applyStep' } },
            },
            active: {
              on: {
                'play.choose': {
                  guard: 'offered',
                  actions: ['recordDecision', 'announceDecision', 'forwardChoice'],
                },
                'play.pause': 'paused',
                'classroom.count': { guard: 'countable', actions: 'setCount' },
                'classroom.reveal': { guard: 'inClassroom', actions: 'revealVotes' },
                'classroom.override': { guard: 'overridable', actions: 'setOverride' },
                'classroom.decide': {
                  guard: 'decidable',
                  actions: ['recordGroupDecision', 'announceDecision', 'forwardGroupChoice'],
                },
              },
            },
            paused: {
              on: { 'play.resume': 'active' },
            },
          },
          on: {
            'story.step': [
              {
                guard: 'storyEnded',
                target: '#session.debrief',
                actions: ['applyStep', 'scoreAttempt', 'announceCompletion'],
              },
              { actions: 'applyStep' },
            ],
            'story.error': { target: '#session.failed', actions: ['announceAbandon', 'failStory'] },
            // The story restarts in the new language and replays the choices made: progress is kept.
            'language.set': [
              {
                guard: 'inClassroom',
                target: '.relocalising',
                reenter: true,
                actions: ['setClassroomLanguage', 'clearStage'],
              },
              {
                target: '.relocalising',
                reenter: true,
                actions: ['setLanguage', 'announceProfile', 'clearStage'],
              },
            ],
          },
        },
      },
    },
    debrief: {
      on: {
        'debrief.practice': {
          guard: 'practicable',
          target: 'attempt.preparing',
          actions: ['announceDebriefClosed', 'startPractice'],
        },
        'debrief.done': [
          {
            guard: 'inClassroom',
            target: 'trainer.home',
            actions: ['announceDebriefClosed', 'endClassroom'],
          },
          {
            guard: 'moreSnaps',
            target: 'attempt',
            actions: ['announceDebriefClosed', 'keepSnapResult', 'nextSnap'],
          },
          {
            guard: 'inRefresher',
            target: 'refresherResult',
            actions: ['announceDebriefClosed', 'keepSnapResult', 'clearAttempt'],
          },
          { target: 'scenarios', actions: ['announceDebriefClosed', 'clearAttempt'] },
        ],
      },
    },
    refresherResult: {
      on: {
        'refresher.done': { target: 'scenarios', actions: 'endRefresher' },
      },
    },
    failed: {
      on: {
        'screen.leave': [
          { guard: 'inClassroom', target: 'trainer.home', actions: 'endClassroom' },
          { target: 'scenarios', actions: 'endRefresher' },
        ],
      },
    },
  },
});

/** The session machine with what it needs from outside: the scenarios, their stories, a clock and new ids. */
export function createSessionMachine(deps: SessionDeps) {
  const scenarioOf = (id: string | null): ScenarioInfo => {
    const s = id === null ? undefined : deps.scenario(id);
    if (!s) throw new Error(`unknown scenario ${String(id)}`);
    return s;
  };
  const storyOf = (id: string, language: string): string => {
    const s = deps.playable(id);
    if (!s) throw new Error(`the stories of ${id} are not at hand`);
    return storyFor(s, language);
  };

  return sessionMachine.provide({
    actors: {
      story: storyActor(storyOf),
      loadStory: fromPromise<unknown, { id: string }>(({ input }) =>
        deps.loadStory ? deps.loadStory(input.id) : Promise.reject(new Error(`no story for ${input.id}`)),
      ),
    },
    guards: {
      storyReady: ({ context }) =>
        context.scenarioId !== null && deps.playable(context.scenarioId) !== undefined,
      knownScenario: ({ event }) => event.type === 'scenario.pick' && deps.scenario(event.id) !== undefined,
      knownSnaps: ({ event }) =>
        event.type === 'refresher.start' &&
        event.picks.length > 0 &&
        event.picks.every((p) => deps.scenario(p.scenarioId)?.kind === 'snap'),
      // A classroom is not resumed as anyone's attempt.
      resumable: ({ context, event }) =>
        event.type === 'attempt.resume' &&
        event.attempt.status === 'in-progress' &&
        attemptMode(event.attempt) !== 'classroom' &&
        event.attempt.profileId === context.profile?.id &&
        deps.scenario(event.attempt.scenarioId) !== undefined,
      // A course scenario (snaps are for one trainee on a phone), and a head count that fits who is present.
      classroomStartable: ({ event }) =>
        event.type === 'trainer.classroom' &&
        deps.scenario(event.scenarioId)?.kind === 'course' &&
        attendanceFits(event.headCount, event.present),
    },
    actions: {
      recordDecision: assign(({ context, event }) => {
        assertEvent(event, 'play.choose');
        const choice = context.choices.find((c) => c.index === event.index);
        if (!choice) return {};
        const decision = decisionOf(choice, context.decisions.length + 1, deps.now());
        return {
          decisions: [...context.decisions, decision],
          choices: [],
          stage: applyChoice(context.stage, choice),
        };
      }),
      applyStep: assign(({ context, event }) => {
        assertEvent(event, 'story.step');
        const replayedStage = event.replayed.reduce(applyChoice, context.stage);
        const { stage, lines, ending } = applyStep(replayedStage, event.step);
        // A classroom's tally follows the choices on offer: kept when the same choices come again (a new
        // language replays the story), started afresh for a new decision.
        const run = context.classroom;
        const classroom =
          run && run.tally.counts.length !== event.step.choices.length
            ? { ...run, tally: emptyTally(event.step.choices.length) }
            : run;
        // A replay rebuilds the decisions from the story itself (keeping their times), so a resume from a bare
        // list of choices (an LMS's suspend data) scores exactly like the original.
        const decisions =
          event.replayed.length === 0
            ? context.decisions
            : event.replayed.map((c, i) => decisionOf(c, i + 1, context.decisions[i]?.at ?? deps.now()));
        return {
          decisions,
          stage,
          transcript: [...context.transcript, ...lines],
          choices: event.step.choices,
          inkState: event.inkState,
          ending: ending ?? context.ending,
          classroom,
        };
      }),
      startAttempt: assign({
        startedAt: () => deps.now(),
        attemptId: () => deps.newId(),
        seed: () => deps.newSeed(),
      }),
      // A new attempt with the same seed and the choices before `from`: the story replays them, then the trainee
      // chooses again. The scored attempt is not touched.
      startPractice: assign(({ context, event }) => {
        assertEvent(event, 'debrief.practice');
        return {
          ...attemptReset,
          scenarioId: context.scenarioId,
          mode: 'practice' as const,
          refresher: null,
          comparedWith: context.comparedWith ?? {
            attemptId: context.attemptId ?? '',
            result: context.result!,
          },
          attemptId: deps.newId(),
          seed: context.seed,
          startedAt: deps.now(),
          decisions: context.decisions.slice(0, event.from - 1),
        };
      }),
      startClassroom: assign(({ event }) => {
        assertEvent(event, 'trainer.classroom');
        return {
          ...attemptReset,
          scenarioId: event.scenarioId,
          mode: 'classroom' as const,
          refresher: null,
          language: supportedLanguage(event.language),
          classroom: {
            headCount: headCountOf(event.headCount, event.present),
            present: [...event.present],
            votes: [],
            tally: emptyTally(0),
          },
          attemptId: deps.newId(),
          seed: deps.newSeed(),
          startedAt: deps.now(),
        };
      }),
      // The group's choice (the override, else the majority) becomes the attempt's decision, with its vote.
      recordGroupDecision: assign(({ context }) => {
        const run = context.classroom;
        const index = run ? groupChoice(run.tally) : null;
        const choice = context.choices.find((c) => c.index === index);
        if (!run || !choice) return {};
        const decision = decisionOf(choice, context.decisions.length + 1, deps.now());
        return {
          decisions: [...context.decisions, decision],
          choices: [],
          stage: applyChoice(context.stage, choice),
          classroom: { ...run, votes: [...run.votes, voteOf(run.tally, decision.seq)], tally: emptyTally(0) },
        };
      }),
      scoreAttempt: assign(({ context }) => {
        const scenario = scenarioOf(context.scenarioId);
        return { result: score(context.decisions, scenario.rubric, scenario.best), endedAt: deps.now() };
      }),
    },
  });
}

export type SessionMachine = typeof sessionMachine;
