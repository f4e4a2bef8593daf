/**
 * The SCORM 1.2 adapter: reports an attempt through the LMS's runtime API.
 *
 * - Start: LMSInitialize; the learner (student_id, student_name), the mastery score and the resume point
 *   (`cmi.suspend_data`) are read; a first launch sets lesson_status "incomplete".
 * - Each decision: one interaction (id, type "choice", the criteria it evidenced as its objectives, time,
 *   student_response, result, latency), the resume point, lesson_location, exit "suspend"; then LMSCommit.
 * - The end: lesson_status passed or failed, score.raw 0–100 (min 0, max 100), one objective per criterion,
 *   the resume point cleared, exit ""; LMSCommit. A pass already on record is not taken back by a later fail.
 *   A failure that an LMS's mastery override could turn into a pass is sent without a score (see scoreIsSafe).
 * - Leaving: the resume point and exit "suspend" (or cleared for an attempt the trainee ended), LMSCommit;
 *   terminate sets session_time and calls LMSFinish.
 *
 * In review or browse mode nothing is written; LMSFinish is still called.
 */
import type { ScenarioInfo } from '../../engine/content/types.ts';
import type { LmsConnection, LmsResumePoint } from '../../engine/ports/lms-connection.ts';
import type { Attempt } from '../../engine/records/attempt.ts';
import type { Decision } from '../../engine/scoring/decision.ts';
import { LMS_NAMES, LmsError, detailOf, lmsMessages } from '../messages.ts';
import type { LmsNotice } from '../messages.ts';
import { decodeResume, encodeResume } from '../suspend-data.ts';
import { cmiIdentifier, cmiTimespan, interactionValues, lessonLocation, objectiveValues } from './cmi.ts';
import type { Scorm12Api } from './find-api.ts';

export interface Scorm12Options {
  /** The scenario named by the launch URL (`?scenario=`), if any. */
  scenarioId: string | null;
  now(): number;
  /** Told about problems that do not stop the connection (e.g. unreadable suspend data). */
  onProblem?(notice: LmsNotice): void;
}

const NAME = LMS_NAMES.scorm12;
/** "Not implemented" (RTE §3.3.2.3): the LMS does not keep this element; not worth a message. */
const NOT_IMPLEMENTED = '401';

/** SCORM 1.2 names are "Last, First"; the profile shows "First Last". */
export function displayName(studentName: string): string {
  const parts = studentName.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : studentName.trim();
}

function masteryOf(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

/**
 * Whether the raw score may go to the LMS with this result. Many LMSs (Moodle's "mastery score overrides status",
 * on by default, among them) set lesson_status from score.raw ≥ mastery score, whatever the content said. A failed
 * attempt therefore gets no score when it failed on a critical error (its points may be high) or when its score
 * reaches the LMS's mastery score anyway; "failed" alone is what the LMS keeps.
 */
export function scoreIsSafe(
  r: { passed: boolean; percent: number; criticalErrors: readonly unknown[] },
  mastery: number | null,
): boolean {
  if (r.passed) return true;
  return r.criticalErrors.length === 0 && (mastery === null || r.percent < mastery);
}

export function connectScorm12(api: Scorm12Api, options: Scorm12Options): LmsConnection {
  const errorText = () => {
    const code = api.LMSGetLastError();
    return { code, text: `error ${code}: ${api.LMSGetErrorString(code) || 'no description'}` };
  };
  if (String(api.LMSInitialize('')) !== 'true') {
    throw new LmsError(lmsMessages.connectFailed(NAME, `LMSInitialize failed, ${errorText().text}`));
  }
  const startedAt = options.now();
  const get = (element: string) => String(api.LMSGetValue(element) ?? '');
  const set = (element: string, value: string) => {
    if (String(api.LMSSetValue(element, value)) !== 'true') {
      const { code, text } = errorText();
      throw Object.assign(new Error(`${element}: ${text}`), { code });
    }
  };
  const commit = () => {
    if (String(api.LMSCommit('')) !== 'true') throw new Error(`LMSCommit failed, ${errorText().text}`);
  };
  const failure = (e: unknown) => new LmsError(lmsMessages.reportFailed(NAME, detailOf(e)), { cause: e });

  const mode = get('cmi.core.lesson_mode');
  const reporting = mode !== 'review' && mode !== 'browse';
  const status = get('cmi.core.lesson_status');
  let passedBefore = status === 'passed';

  let resume: LmsResumePoint | null = null;
  if (get('cmi.core.entry') !== 'ab-initio') {
    const decoded = decodeResume(get('cmi.suspend_data'));
    if (decoded?.ok === false) options.onProblem?.(lmsMessages.resumeUnreadable(decoded.why));
    else if (decoded?.ok && options.scenarioId && decoded.point.scenarioId !== options.scenarioId) {
      options.onProblem?.(lmsMessages.otherScenarioResume(decoded.point.scenarioId));
    } else if (decoded?.ok) resume = decoded.point;
  }

  let interactionCount = Number.parseInt(get('cmi.interactions._count'), 10) || 0;
  let interactionsKept = true;
  const objectiveIndex = new Map<string, number>();
  const objectiveCount = Number.parseInt(get('cmi.objectives._count'), 10) || 0;
  for (let i = 0; i < objectiveCount; i++) objectiveIndex.set(get(`cmi.objectives.${i}.id`), i);

  if (reporting && (status === 'not attempted' || status === '')) {
    try {
      set('cmi.core.lesson_status', 'incomplete');
      commit();
    } catch (e) {
      options.onProblem?.(failure(e).notice);
    }
  }

  const writeResume = (attempt: Attempt) => {
    if (attempt.status === 'in-progress') {
      const point = {
        scenarioId: attempt.scenarioId,
        seed: attempt.seed,
        choices: attempt.decisions.map((d) => d.choiceIndex),
      };
      set('cmi.suspend_data', encodeResume(point));
      set('cmi.core.exit', 'suspend');
    } else {
      // Completed, or ended by the trainee: there is nothing to come back to.
      set('cmi.suspend_data', '');
      set('cmi.core.exit', '');
    }
  };

  const writeInteraction = (attempt: Attempt, decision: Decision) => {
    if (!interactionsKept) return;
    const previous = attempt.decisions.find((d) => d.seq === decision.seq - 1);
    const n = interactionCount;
    try {
      for (const [key, value] of interactionValues(decision, previous?.at ?? attempt.startedAt)) {
        set(`cmi.interactions.${n}.${key}`, value);
      }
      interactionCount += 1;
    } catch (e) {
      if ((e as { code?: string }).code === NOT_IMPLEMENTED) interactionsKept = false;
      else throw e;
    }
  };

  let finished = false;
  const guard = async (work: () => void) => {
    if (!reporting || finished) return;
    try {
      work();
    } catch (e) {
      throw failure(e);
    }
  };

  const mastery = masteryOf(get('cmi.student_data.mastery_score'));
  const learnerId = get('cmi.core.student_id').trim();
  return {
    kind: 'scorm12',
    learner: { id: learnerId || 'lms-learner', name: displayName(get('cmi.core.student_name')) },
    scenarioId: options.scenarioId ?? resume?.scenarioId ?? null,
    resume,
    masteryPercent: mastery,

    decision: (attempt: Attempt, decision: Decision) =>
      guard(() => {
        let problem: unknown = null;
        try {
          writeInteraction(attempt, decision);
        } catch (e) {
          problem = e; // still keep the resume point
        }
        set('cmi.core.lesson_location', lessonLocation(decision));
        writeResume(attempt);
        commit();
        if (problem) throw problem;
      }),

    complete: (attempt: Attempt, _scenario: ScenarioInfo) =>
      guard(() => {
        const r = attempt.result;
        if (!r) set('cmi.core.lesson_status', 'completed');
        else if (r.passed || !passedBefore) {
          if (scoreIsSafe(r, mastery)) {
            set('cmi.core.score.raw', String(r.percent));
            set('cmi.core.score.min', '0');
            set('cmi.core.score.max', '100');
          }
          set('cmi.core.lesson_status', r.passed ? 'passed' : 'failed');
          passedBefore ||= r.passed;
          for (const c of r.criteria) {
            const id = cmiIdentifier(c.id);
            const n = objectiveIndex.get(id) ?? objectiveIndex.size;
            objectiveIndex.set(id, n);
            try {
              for (const [key, value] of objectiveValues(c)) set(`cmi.objectives.${n}.${key}`, value);
            } catch (e) {
              if ((e as { code?: string }).code !== NOT_IMPLEMENTED) throw e;
            }
          }
        }
        writeResume(attempt);
        commit();
      }),

    suspend: (attempt: Attempt) =>
      guard(() => {
        writeResume(attempt);
        commit();
      }),

    terminate: async () => {
      if (finished) return;
      finished = true;
      try {
        if (reporting) set('cmi.core.session_time', cmiTimespan(options.now() - startedAt));
      } catch {
        // A missing session time is the LMS's loss only; finishing matters more.
      }
      if (String(api.LMSFinish('')) !== 'true') {
        throw new LmsError(lmsMessages.reportFailed(NAME, `LMSFinish failed, ${errorText().text}`));
      }
    },
  };
}
