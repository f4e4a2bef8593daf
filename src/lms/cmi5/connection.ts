/**
 * The cmi5 adapter, on `fetch` (xapi-requests.ts). Loaded with a dynamic import only when the app is launched by
 * cmi5, so it stays out of the first screen's bundle.
 *
 * - Start (`initialize`): the auth token from the fetch URL, the LMS.LaunchData state (context template, launch
 *   mode, mastery score, moveOn, returnURL), the learner preferences, then `initialized`, the first statement.
 *   Waypoint's own state document for this registration gives the resume point and what was already reported.
 * - Each decision: one "cmi5 allowed" `answered` statement with the criterion evidence (see statements.ts),
 *   and the resume point saved in the state document.
 * - The end: `passed` or `failed` against the mastery score (the LMS's mastery score is the pass mark; a critical
 *   error fails whatever the score, and then the score is left out of `failed` because cmi5 requires a failed
 *   score to be below the mastery score), then `completed`. Per registration at most one `passed` and one
 *   `completed`, and no `failed` after a `passed` (cmi5 §9.3).
 * - `terminated` last; then the browser goes to the LMS's returnURL, if it gave one.
 *
 * All statements go through one ordered outbox. As the page goes away (pagehide), what is left and
 * `terminated` are sent in one request with `keepalive`, so they are not cut off by the unload.
 * Outside "Normal" launch mode only `initialized` and `terminated` are sent (cmi5 §10).
 */
import { REMOTE_URL_PROBLEMS, remoteUrlProblem } from '../../engine/net/remote-url.ts';
import type { ScenarioInfo } from '../../engine/content/types.ts';
import type { LmsConnection, LmsResumePoint } from '../../engine/ports/lms-connection.ts';
import type { Attempt } from '../../engine/records/attempt.ts';
import type { Decision } from '../../engine/scoring/decision.ts';
import { uuidV5 } from '../../engine/records/export/uuid.ts';
import { serialQueue } from '../../engine/serial-queue.ts';
import { learnerOf } from '../launch.ts';
import type { Cmi5Launch } from '../launch.ts';
import { LMS_NAMES, LmsError, detailOf, lmsMessages } from '../messages.ts';
import type { LmsNotice } from '../messages.ts';
import { decodeResume, encodeResume } from '../suspend-data.ts';
import {
  completedStatement,
  failedStatement,
  initializedStatement,
  passedStatement,
  terminatedStatement,
} from './defined-statements.ts';
import type { DefinedInput } from './defined-statements.ts';
import { startCmi5 } from './launch-data.ts';
import type { Cmi5Start } from './launch-data.ts';
import { Outbox } from './outbox.ts';
import { answeredStatement } from './statements.ts';
import type { Cmi5Statement } from './statements.ts';
import { XapiRequestError } from './xapi-requests.ts';
import type { Fetch } from './xapi-requests.ts';

const NAME = LMS_NAMES.cmi5;
/** Waypoint's state document (per learner, AU and registration); LMS.LaunchData belongs to the LMS. */
export const STATE_ID = 'https://waypoint.example/xapi/state/progress';

/** What Waypoint keeps in its state document. */
export interface Cmi5Progress {
  /** Suspend data (see suspend-data.ts), or null when there is nothing to resume. */
  suspend: string | null;
  /** Whether `completed` / `passed` were already sent for this registration. */
  completed: boolean;
  passed: boolean;
}

export interface Cmi5Options {
  scenarioId: string | null;
  onProblem?(notice: LmsNotice): void;
  /** LMS origins the package was built for; the returnURL must be on one (or on loopback). */
  allowedOrigins: readonly string[];
  /** For tests: the fetch, the clock and the statement ids (default: the browser's). */
  fetch?: Fetch;
  now?(): number;
  newId?(): string;
}

const statusOf = (e: unknown): number | undefined => (e instanceof XapiRequestError ? e.status : undefined);

/** A 4xx other than 409 (already stored) and 429 (too many requests) will not succeed if sent again. */
const refused = (e: unknown) => {
  const s = statusOf(e);
  return s !== undefined && s >= 400 && s < 500 && s !== 409 && s !== 429;
};

function progressOf(data: unknown): Cmi5Progress {
  const doc = typeof data === 'string' ? safeJson(data) : data;
  const record = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>;
  return {
    suspend: typeof record.suspend === 'string' ? record.suspend : null,
    completed: record.completed === true,
    passed: record.passed === true,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function connectCmi5(
  win: Window,
  launch: Cmi5Launch,
  options: Cmi5Options,
): Promise<LmsConnection> {
  const { actor, activityId, registration } = launch;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());

  // The page is going: from here on, send with keepalive. Capture phase, so this runs before the bridge's
  // pagehide listener asks for the last reports.
  let leaving = false;
  win.addEventListener('pagehide', () => (leaving = true), { capture: true });
  win.addEventListener('pageshow', () => (leaving = false), { capture: true });

  const connectFailed = (e: unknown) =>
    new LmsError(lmsMessages.connectFailed(NAME, detailOf(e)), { cause: e });
  // The auth token, LMS.LaunchData and the learner preferences (see launch-data.ts).
  let start: Cmi5Start;
  try {
    start = await startCmi5(launch, options.fetch ?? ((url, init) => fetch(url, init)));
  } catch (e) {
    throw connectFailed(e);
  }
  const { requests, launchData } = start;
  const normal = launchData.launchMode === 'Normal';
  const mastery = typeof launchData.masteryScore === 'number' ? launchData.masteryScore : null;
  const template = launchData.contextTemplate;

  const outbox = new Outbox<Cmi5Statement>(async (statement) => {
    try {
      await requests.postStatements(statement);
    } catch (e) {
      if (statusOf(e) !== 409) throw e; // 409: the LRS has it already
    }
  }, refused);
  // Every statement, the cmi5 defined ones (initialized, passed, failed, completed, terminated) included, goes
  // through the outbox, so all of them keep their order.
  const deliver = (statement: Cmi5Statement): Promise<void> =>
    leaving
      ? requests.postStatements([...outbox.takeAll(), statement], { keepalive: true })
      : outbox.add(statement);

  // A cmi5 defined statement's common part: a fresh id, the time, the duration since `initialized`.
  const initializedAt = now();
  const defined = (): DefinedInput => ({
    id: newId(),
    timestamp: new Date(now()).toISOString(),
    actor,
    activityId,
    registration,
    template,
    masteryScore: mastery,
    sinceInitialized: now() - initializedAt,
  });
  try {
    await deliver(initializedStatement(defined()));
  } catch (e) {
    throw connectFailed(e);
  }

  let progress: Cmi5Progress = { suspend: null, completed: false, passed: false };
  try {
    progress = progressOf(await requests.getState(STATE_ID)); // null (404): nothing stored yet
  } catch (e) {
    options.onProblem?.(lmsMessages.reportFailed(NAME, detailOf(e)));
  }
  const stateWrites = serialQueue();
  const saveProgress = (next: Cmi5Progress): Promise<void> => {
    progress = next;
    if (leaving) return requests.putState(STATE_ID, next, { keepalive: true });
    return stateWrites.run(() => requests.putState(STATE_ID, next));
  };

  let resume: LmsResumePoint | null = null;
  const decoded = decodeResume(progress.suspend);
  if (decoded?.ok === false) options.onProblem?.(lmsMessages.resumeUnreadable(decoded.why));
  else if (decoded?.ok && options.scenarioId && decoded.point.scenarioId !== options.scenarioId) {
    options.onProblem?.(lmsMessages.otherScenarioResume(decoded.point.scenarioId));
  } else if (decoded?.ok) resume = decoded.point;

  const failure = (e: unknown) =>
    e instanceof LmsError ? e : new LmsError(lmsMessages.reportFailed(NAME, detailOf(e)), { cause: e });
  const resumeText = (attempt: Attempt) =>
    attempt.status === 'in-progress'
      ? encodeResume({
          scenarioId: attempt.scenarioId,
          seed: attempt.seed,
          choices: attempt.decisions.map((d) => d.choiceIndex),
        })
      : null;

  let verdictSent = false;
  let terminated = false;
  const report = async (work: () => Promise<unknown>) => {
    if (!normal || terminated) return;
    try {
      await work();
    } catch (e) {
      throw failure(e);
    }
  };

  return {
    kind: 'cmi5',
    learner: learnerOf(actor),
    scenarioId: options.scenarioId ?? resume?.scenarioId ?? null,
    resume,
    masteryPercent: mastery === null ? null : Math.round(mastery * 10_000) / 100,

    decision: (attempt: Attempt, decision: Decision, scenario: ScenarioInfo) =>
      report(async () => {
        const id = await uuidV5(`cmi5/${registration}/${attempt.id}/answered/${decision.seq}`);
        const statement = answeredStatement({
          id,
          actor,
          activityId,
          registration,
          template,
          scenario,
          attemptId: attempt.id,
          decision,
        });
        await Promise.all([deliver(statement), saveProgress({ ...progress, suspend: resumeText(attempt) })]);
      }),

    complete: (attempt: Attempt) =>
      report(async () => {
        const r = attempt.result;
        const sends: Promise<unknown>[] = [];
        if (r && !verdictSent) {
          verdictSent = true;
          const score = { scaled: r.percent / 100, raw: r.percent, min: 0, max: 100 };
          // Reported to the LMS against its mastery score (cmi5 §9.3.2); a critical error fails whatever the
          // score. What the device keeps is the attempt's own result, judged by the scenario's pass mark.
          const passed =
            r.criticalErrors.length === 0 && (mastery === null ? r.passed : score.scaled >= mastery);
          if (passed && !progress.passed) sends.push(deliver(passedStatement(defined(), score)));
          else if (!passed && !progress.passed) {
            // cmi5 §9.5: a failed statement's scaled score must be below the mastery score. A critical error
            // fails an attempt that scored above it: then the score is left out.
            const kept = mastery === null || score.scaled < mastery ? score : undefined;
            sends.push(deliver(failedStatement(defined(), kept)));
          }
          progress = { ...progress, passed: progress.passed || passed };
        }
        if (!progress.completed) sends.push(deliver(completedStatement(defined())));
        sends.push(saveProgress({ ...progress, completed: true, suspend: null }));
        await Promise.all(sends);
      }),

    suspend: (attempt: Attempt) => report(() => saveProgress({ ...progress, suspend: resumeText(attempt) })),

    terminate: async () => {
      if (terminated) return;
      terminated = true;
      try {
        await deliver(terminatedStatement(defined()));
      } catch (e) {
        throw failure(e);
      }
      // cmi5 §10: when the LMS gave a returnURL, the AU goes there once terminated; only to the LMS itself.
      const back = launchData.returnURL;
      if (!back || leaving) return;
      const problem = remoteUrlProblem(back, { allowedOrigins: options.allowedOrigins });
      if (problem) options.onProblem?.(lmsMessages.returnRefused(NAME, REMOTE_URL_PROBLEMS[problem]));
      else win.location.assign(new URL(back).href);
    },
  };
}
