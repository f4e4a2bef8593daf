/**
 * Connects a session to the LMS that launched the app (SCORM 1.2 or cmi5), in the manner of records-keeper.ts:
 * it listens to what the session machine says of the attempt (`attempt.*`) and forwards it to the LmsConnection.
 *
 * - Each new decision of the launched scenario's attempt → `decision` (after a resume, the decisions the LMS
 *   already has are not sent again; those it missed are, once the replay has rebuilt their evidence).
 * - The debrief → `complete`; leaving the debrief ends the launch → `terminate`.
 * - The trainee ends the attempt (leave) or it cannot go on (story error) → `suspend` with nothing to resume.
 * - The page is hidden → `suspend`; the page goes away (pagehide) → `suspend` if playing, then `terminate`.
 *
 * Calls are made one after another. When one fails, the trainee is told once (through `notify`) and play goes
 * on: the records on this device are kept by the records keeper whatever the LMS does, and the next report
 * carries the whole path again.
 *
 * steerLaunch does the launch itself: profile, then straight to the launched scenario.
 */
import type { Actor } from 'xstate';
import type { ScenarioInfo } from '../engine/content/types.ts';
import type { LmsConnection } from '../engine/ports/lms-connection.ts';
import type { Attempt } from '../engine/records/attempt.ts';
import { attemptOf } from '../engine/records/session-attempt.ts';
import { serialQueue } from '../engine/serial-queue.ts';
import type { SessionContext, SessionMachine } from '../engine/session/machine.ts';
import { LMS_NAMES, LmsError, detailOf, lmsMessages } from '../lms/messages.ts';
import type { LmsNotice } from '../lms/messages.ts';
import { attemptToResume } from '../lms/resume.ts';

type SessionActor = Actor<SessionMachine>;

/** The page events the bridge listens to; `window` in the app, a stub or nothing in tests. */
export interface PageEvents {
  addEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
  readonly document: { readonly visibilityState: string };
}

export interface LmsBridgeDeps {
  scenario(id: string): ScenarioInfo | undefined;
  appVersion: string;
  /** Messages for the trainee (a problem with the LMS, or that the result was sent). */
  notify(notice: LmsNotice): void;
  page?: PageEvents;
}

export interface LmsBridge {
  /** Resolves when the calls made so far are done. */
  settled(): Promise<void>;
  /** Whether the LMS session has been ended (LMSFinish / terminated). */
  readonly terminated: boolean;
}

export function bridgeLms(actor: SessionActor, lms: LmsConnection, deps: LmsBridgeDeps): LmsBridge {
  const name = LMS_NAMES[lms.kind];
  const calls = serialQueue();
  let failing = false;
  /** The result, when reporting it failed: it is tried again before every later call, until it goes. */
  let unsentResult: (() => Promise<void>) | null = null;
  const run = (work: () => Promise<void>, isResult = false) => {
    const item = async () => {
      let problem: unknown = null;
      if (unsentResult) {
        try {
          await unsentResult();
          unsentResult = null;
        } catch (e) {
          problem = e;
        }
      }
      try {
        await work();
      } catch (e) {
        if (isResult) unsentResult = work;
        problem ??= e;
      }
      if (problem) throw problem;
    };
    void calls.run(item).then(
      () => {
        if (!failing) return;
        failing = false;
        deps.notify(lmsMessages.reportRecovered(name));
      },
      (e: unknown) => {
        if (failing) return;
        failing = true;
        deps.notify(e instanceof LmsError ? e.notice : lmsMessages.reportFailed(name, detailOf(e)));
      },
    );
  };

  const launched = (id: string | null) => id !== null && (lms.scenarioId === null || id === lms.scenarioId);
  const scenarioOf = (context: SessionContext) =>
    context.scenarioId ? deps.scenario(context.scenarioId) : undefined;
  const attempt = (context: SessionContext, status: Attempt['status']) => {
    const scenario = scenarioOf(context);
    const a = scenario ? attemptOf(context, scenario, deps.appVersion, status) : null;
    return a && scenario ? { attempt: a, scenario } : null;
  };

  /** The attempt being reported, and how many of its decisions the LMS has. */
  let tracked: string | null = null;
  let reported = 0;
  let firstAttempt = true;
  let completed = false;
  let ended = false;
  /** The reported attempt while it is played, as last heard of: what goes to the LMS if the page goes. */
  let playing: SessionContext | null = null;

  const stop = () => {
    ended = true;
    for (const listener of listeners) listener.unsubscribe();
    deps.page?.removeEventListener('pagehide', onPageHide);
    deps.page?.removeEventListener('visibilitychange', onVisibility);
  };
  const terminate = (then?: () => void) => {
    if (ended) return;
    stop();
    run(async () => {
      await lms.terminate();
      then?.();
    });
  };
  const playingAttempt = () => (playing ? attempt(playing, 'in-progress') : null);
  const onPageHide = () => {
    if (ended) return;
    // The page is going: no waiting for earlier calls, or these would never start. Both go out now.
    stop();
    const a = playingAttempt();
    const last = [
      ...(unsentResult ? [unsentResult()] : []),
      ...(a ? [lms.suspend(a.attempt)] : []),
      lms.terminate(),
    ];
    for (const call of last) call.catch(() => undefined); // no one is left to tell
  };
  const onVisibility = () => {
    const a = deps.page?.document.visibilityState === 'hidden' ? playingAttempt() : null;
    if (a) run(() => lms.suspend(a.attempt));
  };

  const isTracked = (context: SessionContext) => context.attemptId !== null && context.attemptId === tracked;
  /** Sends the decisions the LMS does not have yet. */
  const reportDecisions = (context: SessionContext) => {
    if (context.decisions.length <= reported) return;
    const a = attempt(context, 'in-progress');
    if (a)
      for (const d of context.decisions.slice(reported)) run(() => lms.decision(a.attempt, d, a.scenario));
    reported = context.decisions.length;
  };

  const listeners = [
    // Play began; a resumed attempt's decisions have their evidence again by now.
    actor.on('attempt.started', ({ context }) => {
      // Practice ("what if I had…") is the trainee's own, and a classroom is a group's: the LMS hears of neither.
      if (!context.attemptId || context.mode === 'practice' || context.mode === 'classroom') return;
      if (!launched(context.scenarioId)) return;
      if (context.attemptId !== tracked) {
        tracked = context.attemptId;
        completed = false;
        const n = context.decisions.length;
        const point = lms.resume;
        // A resume from the LMS's own resume point: the LMS has those decisions, unless this device went further.
        const fromLms =
          firstAttempt && point && point.scenarioId === context.scenarioId && point.seed === context.seed;
        reported = fromLms ? Math.min(n, point.choices.length) : n;
        firstAttempt = false;
      }
      playing = context;
      reportDecisions(context);
    }),
    actor.on('attempt.decided', ({ context }) => {
      if (!isTracked(context)) return;
      playing = context;
      reportDecisions(context);
    }),
    actor.on('attempt.completed', ({ context }) => {
      if (!isTracked(context)) return;
      playing = null;
      reportDecisions(context);
      const a = attempt(context, 'completed');
      if (a) run(() => lms.complete(a.attempt, a.scenario), true);
      completed = a !== null;
    }),
    // The trainee has read the debrief of the launched scenario and moved on: this launch is done.
    actor.on('debrief.closed', ({ context }) => {
      if (!isTracked(context) || !completed) return;
      terminate(() => {
        if (!unsentResult) deps.notify(lmsMessages.sent(name));
      });
    }),
    // Left, or stopped by a story error: nothing to resume from the LMS's side.
    actor.on('attempt.abandoned', ({ context }) => {
      if (!isTracked(context)) return;
      playing = null;
      const a = attempt(context, 'abandoned');
      if (a) run(() => lms.suspend(a.attempt));
      tracked = null;
    }),
  ];
  deps.page?.addEventListener('pagehide', onPageHide);
  deps.page?.addEventListener('visibilitychange', onVisibility);

  return {
    settled: () => calls.idle(),
    get terminated() {
      return ended;
    },
  };
}

export interface LaunchDeps {
  scenario(id: string): ScenarioInfo | undefined;
  /** The attempts this device has on record. */
  attempts(): readonly Attempt[];
  appVersion: string;
  newId(): string;
  now(): number;
  notify(notice: LmsNotice): void;
}

/**
 * Takes the trainee from the title screen to the launched scenario: past the title, through the profile screen
 * if there is no profile yet, then resuming the LMS's attempt or opening the scenario's briefing (its content
 * note comes first). Call after the actor has started, at the title screen; it acts once, when the session says
 * which profile is in use.
 */
export function steerLaunch(actor: SessionActor, lms: LmsConnection, deps: LaunchDeps): void {
  const chosen = actor.on('profile.chosen', ({ profile }) => {
    chosen.unsubscribe();
    if (lms.scenarioId === null) return;
    const scenario = deps.scenario(lms.scenarioId);
    if (!scenario) {
      deps.notify(lmsMessages.unknownScenario(lms.scenarioId));
      return;
    }
    const resumed = attemptToResume({
      point: lms.resume,
      scenario,
      profile,
      local: deps.attempts(),
      appVersion: deps.appVersion,
      newId: deps.newId,
      now: deps.now,
    });
    actor.send(
      resumed ? { type: 'attempt.resume', attempt: resumed } : { type: 'scenario.pick', id: scenario.id },
    );
  });
  actor.send({ type: 'title.start' });
}
