/**
 * The session machine: device set-up and title → who is training (shared devices) → profile → scenario list →
 * briefing with content note → preparing (the story fetched) → playing ⇄ paused → debrief; an in-mission
 * refresher plays its snaps one after another, then shows its result; an unfinished attempt resumes by replaying
 * its choices. Pause and leave at any moment of play. Its context holds only serialisable data; the ink runner
 * lives in the invoked story actor. What happens to an attempt is emitted (SessionEmitted) for the records, the
 * LMS and the LRS.
 */
import { supportedLanguage } from '../content/languages.ts';
import { decisionOf } from '../scoring/decision.ts';
import { assertEvent, assign, emit, fromPromise, sendTo, setup } from 'xstate';
import { storyFor } from '../content/localize.ts';
import type { Scenario, ScenarioInfo } from '../content/types.ts';
import type { StoryChoice } from '../ink/runner.ts';
import type { Attempt, AttemptMode } from '../records/attempt.ts';
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
  /** Whether the attempt belongs to the course or to an in-mission refresher. */
  mode: AttemptMode;
  refresher: RefresherRun | null;
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
}

export type SessionEvent =
  | { type: 'START' }
  | { type: 'LANGUAGE.SET'; language: string }
  | { type: 'TRAINER.OPEN' }
  | { type: 'TRAINER.CLOSE' }
  | { type: 'PROFILE.SAVE'; profile: Profile }
  | { type: 'PROFILE.EDIT' }
  | { type: 'DEVICE.SET_UP'; device: DeviceSetup }
  /** A trainee of a shared device opened their profile (with their PIN when the device asks for PINs). */
  | { type: 'TRAINEE.OPEN'; profile: Profile }
  | { type: 'TRAINEE.NEW' }
  | { type: 'SCENARIO.PICK'; id: string }
  | { type: 'REFRESHER.START'; picks: RefresherPick[]; baseline: Record<string, Level | null> }
  | { type: 'REFRESHER.BEGIN' }
  | { type: 'REFRESHER.DONE' }
  | { type: 'ATTEMPT.RESUME'; attempt: Attempt }
  | { type: 'BRIEFING.ACCEPT' }
  | { type: 'CHOOSE'; index: number }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'LEAVE' }
  | { type: 'DEBRIEF.DONE' }
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

export const initialContext = (): SessionContext => ({
  language: 'en',
  // What a device set up for one person does; the app passes the stored set-up (or null) as input.
  device: { use: 'own', pins: false },
  profile: null,
  scenarioId: null,
  mode: 'course',
  refresher: null,
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
});

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
} satisfies Partial<SessionContext>;

/** Leaving an attempt: back to the list, or to the refresher's result once a snap of it is finished. */
const leaveAttempt = (announce: 'announceAbandon' | null) => [
  {
    guard: 'refresherResults' as const,
    target: 'refresherResult',
    actions: [...(announce ? [announce] : []), 'clearAttempt' as const],
  },
  { target: 'scenarios', actions: [...(announce ? [announce] : []), 'endRefresher' as const] },
];

export function createSessionMachine(deps: SessionDeps) {
  const scenarioOf = (context: SessionContext): ScenarioInfo => {
    const s = context.scenarioId === null ? undefined : deps.scenario(context.scenarioId);
    if (!s) throw new Error(`unknown scenario ${String(context.scenarioId)}`);
    return s;
  };
  const playableOf = (context: SessionContext): Scenario => {
    const s = context.scenarioId === null ? undefined : deps.playable(context.scenarioId);
    if (!s) throw new Error(`the stories of ${String(context.scenarioId)} are not at hand`);
    return s;
  };

  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      input: {} as Partial<SessionContext> | undefined,
      emitted: {} as SessionEmitted,
    },
    actors: {
      story: storyActor,
      loadStory: fromPromise<unknown, { id: string }>(({ input }) =>
        deps.loadStory ? deps.loadStory(input.id) : Promise.reject(new Error(`no story for ${input.id}`)),
      ),
    },
    guards: {
      hasProfile: ({ context }) => context.profile !== null,
      notSetUp: ({ context }) => context.device === null,
      shared: ({ context }) => context.device?.use === 'shared',
      // The story to play is at hand, so play can start at once.
      storyReady: ({ context }) =>
        context.scenarioId !== null && deps.playable(context.scenarioId) !== undefined,
      knownScenario: ({ event }) => event.type === 'SCENARIO.PICK' && deps.scenario(event.id) !== undefined,
      knownSnaps: ({ event }) =>
        event.type === 'REFRESHER.START' &&
        event.picks.length > 0 &&
        event.picks.every((p) => deps.scenario(p.scenarioId)?.kind === 'snap'),
      moreSnaps: ({ context }) =>
        context.refresher !== null && context.refresher.current + 1 < context.refresher.picks.length,
      inRefresher: ({ context }) => context.refresher !== null,
      refresherResults: ({ context }) => (context.refresher?.results.length ?? 0) > 0,
      offered: ({ context, event }) =>
        event.type === 'CHOOSE' && context.choices.some((c) => c.index === event.index),
      storyEnded: ({ event }) => event.type === 'STORY.STEP' && event.step.ended,
      resumable: ({ context, event }) =>
        event.type === 'ATTEMPT.RESUME' &&
        event.attempt.status === 'in-progress' &&
        event.attempt.profileId === context.profile?.id &&
        deps.scenario(event.attempt.scenarioId) !== undefined,
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
      announceDebriefClosed: emit(({ context }) => ({ type: 'debrief.closed' as const, context })),
      recordDecision: assign(({ context, event }) => {
        assertEvent(event, 'CHOOSE');
        const choice = context.choices.find((c) => c.index === event.index);
        if (!choice) return {};
        const decision = decisionOf(choice, context.decisions.length + 1, deps.now());
        return {
          decisions: [...context.decisions, decision],
          choices: [],
          stage: applyChoice(context.stage, choice),
        };
      }),
      forwardChoice: sendTo('story', ({ event }) => event),
      applyStep: assign(({ context, event }) => {
        assertEvent(event, 'STORY.STEP');
        const replayedStage = event.replayed.reduce(applyChoice, context.stage);
        const { stage, lines, ending } = applyStep(replayedStage, event.step);
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
        };
      }),
      setLanguage: assign(({ context, event }) => {
        assertEvent(event, 'LANGUAGE.SET');
        const language = supportedLanguage(event.language);
        return { language, profile: context.profile ? { ...context.profile, language } : null };
      }),
      restoreAttempt: assign(({ event }) => {
        assertEvent(event, 'ATTEMPT.RESUME');
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
        assertEvent(event, 'DEVICE.SET_UP');
        return { device: event.device };
      }),
      endRefresher: assign({ ...attemptReset, refresher: null }),
      clearAttempt: assign(attemptReset),
      startAttempt: assign({
        startedAt: () => deps.now(),
        attemptId: () => deps.newId(),
        seed: () => deps.newSeed(),
      }),
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
      scoreAttempt: assign(({ context }) => {
        const scenario = scenarioOf(context);
        return { result: score(context.decisions, scenario.rubric, scenario.best), endedAt: deps.now() };
      }),
    },
  }).createMachine({
    id: 'session',
    context: ({ input }) => {
      const context = { ...initialContext(), ...input };
      return { ...context, language: supportedLanguage(context.language) };
    },
    initial: 'title',
    on: {
      'LANGUAGE.SET': [
        { guard: 'hasProfile', actions: ['setLanguage', 'announceProfile'] },
        { actions: 'setLanguage' },
      ],
    },
    states: {
      title: {
        // On a shared device, back at the start nobody is signed in: the next person at the keyboard must say
        // who they are.
        entry: assign({
          profile: ({ context }) => (context.device?.use === 'shared' ? null : context.profile),
        }),
        on: {
          START: [
            { guard: 'notSetUp' },
            { guard: 'shared', target: 'trainees' },
            { guard: 'hasProfile', target: 'scenarios' },
            { target: 'profile' },
          ],
          'DEVICE.SET_UP': { guard: 'notSetUp', actions: 'setDevice' },
          'ATTEMPT.RESUME': { guard: 'resumable', target: 'preparing', actions: 'restoreAttempt' },
          'TRAINER.OPEN': 'trainer',
        },
      },
      trainer: {
        on: {
          'TRAINER.CLOSE': 'title',
          // Behind the trainer passphrase, or turning a one-person device into a training device.
          'DEVICE.SET_UP': { actions: 'setDevice' },
        },
      },
      trainees: {
        on: {
          'TRAINEE.OPEN': {
            target: 'scenarios',
            actions: [
              assign(({ event }) => ({
                profile: event.profile,
                language: supportedLanguage(event.profile.language),
              })),
              'announceProfile',
            ],
          },
          'TRAINEE.NEW': { target: 'profile', actions: assign({ profile: null }) },
          LEAVE: 'title',
        },
      },
      profile: {
        on: {
          'PROFILE.SAVE': {
            target: 'scenarios',
            actions: [assign({ profile: ({ event }) => event.profile }), 'announceProfile'],
          },
          LEAVE: 'title',
        },
      },
      scenarios: {
        on: {
          'SCENARIO.PICK': {
            guard: 'knownScenario',
            target: 'briefing',
            actions: assign(({ event }) => ({
              ...attemptReset,
              scenarioId: event.id,
              mode: 'course' as const,
              refresher: null,
            })),
          },
          'REFRESHER.START': {
            guard: 'knownSnaps',
            target: 'refresherPlan',
            actions: assign(({ event }) => ({
              ...attemptReset,
              mode: 'refresher' as const,
              refresher: { picks: event.picks, current: 0, baseline: event.baseline, results: [] },
              scenarioId: event.picks[0]!.scenarioId,
            })),
          },
          'PROFILE.EDIT': 'profile',
          LEAVE: 'title',
          'ATTEMPT.RESUME': { guard: 'resumable', target: 'preparing', actions: 'restoreAttempt' },
        },
      },
      briefing: {
        on: {
          'BRIEFING.ACCEPT': { target: 'preparing', actions: 'startAttempt' },
          LEAVE: leaveAttempt(null),
        },
      },
      // Fetching the story, when it is not at hand yet (the browser loads each scenario's stories on demand).
      preparing: {
        always: { guard: 'storyReady', target: 'playing' },
        invoke: {
          src: 'loadStory',
          input: ({ context }) => ({ id: context.scenarioId ?? '' }),
          onDone: 'playing',
          onError: {
            target: 'failed',
            actions: assign({
              error: ({ event }) => `the scenario could not be loaded: ${String(event.error)}`,
            }),
          },
        },
        on: {
          LEAVE: leaveAttempt(null),
        },
      },
      refresherPlan: {
        on: {
          'REFRESHER.BEGIN': 'briefing',
          LEAVE: { target: 'scenarios', actions: 'endRefresher' },
        },
      },
      refresherResult: {
        on: {
          'REFRESHER.DONE': { target: 'scenarios', actions: 'endRefresher' },
        },
      },
      playing: {
        invoke: {
          id: 'story',
          src: 'story',
          input: ({ context }) => ({
            story: storyFor(playableOf(context), context.language),
            globals: storyGlobals(context.profile),
            seed: context.seed ?? 0,
            replay: context.decisions.map((d) => d.choiceIndex),
          }),
        },
        // The story's first step says play has started: a resumed attempt's choices are replayed by then, with
        // the evidence the story gives them.
        initial: 'starting',
        states: {
          starting: {
            on: {
              'STORY.STEP': [
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
            on: { 'STORY.STEP': { target: 'active', actions: 'applyStep' } },
          },
          active: {
            on: {
              CHOOSE: { guard: 'offered', actions: ['recordDecision', 'announceDecision', 'forwardChoice'] },
              PAUSE: 'paused',
            },
          },
          paused: {
            on: { RESUME: 'active' },
          },
        },
        on: {
          'STORY.STEP': [
            {
              guard: 'storyEnded',
              target: 'debrief',
              actions: ['applyStep', 'scoreAttempt', 'announceCompletion'],
            },
            { actions: 'applyStep' },
          ],
          'STORY.ERROR': {
            target: 'failed',
            actions: ['announceAbandon', assign({ error: ({ event }) => event.message })],
          },
          // The story restarts in the new language and replays the choices made: progress is kept.
          'LANGUAGE.SET': {
            target: '.relocalising',
            reenter: true,
            actions: [
              'setLanguage',
              'announceProfile',
              assign({ transcript: [], choices: [], stage: EMPTY_STAGE }),
            ],
          },
          LEAVE: leaveAttempt('announceAbandon'),
        },
      },
      debrief: {
        on: {
          'DEBRIEF.DONE': [
            {
              guard: 'moreSnaps',
              target: 'briefing',
              actions: ['announceDebriefClosed', 'keepSnapResult', 'nextSnap'],
            },
            {
              guard: 'inRefresher',
              target: 'refresherResult',
              actions: ['announceDebriefClosed', 'keepSnapResult', assign(attemptReset)],
            },
            { target: 'scenarios', actions: ['announceDebriefClosed', assign(attemptReset)] },
          ],
        },
      },
      failed: {
        on: { LEAVE: { target: 'scenarios', actions: 'endRefresher' } },
      },
    },
  });
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;
