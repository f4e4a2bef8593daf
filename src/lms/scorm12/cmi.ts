/**
 * Waypoint's records in SCORM 1.2's data model (RTE §3.4): data types and the values written for a decision
 * and for each criterion. Pure.
 */
import type { Decision } from '../../engine/scoring/decision.ts';
import type { CriterionResult } from '../../engine/scoring/score.ts';
import { choiceId, criteriaOf, decisionPoint, lowestLevel } from '../decision-point.ts';

/**
 * CMIIdentifier: no white space or unprintable characters, at most 255. Waypoint's ids (lowercase, digits, "-"
 * and ".") pass through unchanged; anything else becomes "_".
 */
export function cmiIdentifier(text: string): string {
  return (text.replace(/[^A-Za-z0-9_.-]/g, '_') || '_').slice(0, 255);
}

const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');

/** CMITime: the time of day, HH:MM:SS (local time, as the learner saw it). */
export function cmiTime(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** CMITimespan: HHHH:MM:SS.SS, hours with 2 to 4 digits (up to 9999). */
export function cmiTimespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor(centis / 6000) % 60;
  const seconds = Math.floor(centis / 100) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(centis % 100)}`;
}

/** A "choice" response is one character 0–9 or a–z; indices beyond that are written in decimal. */
export function choiceResponse(index: number): string {
  return index >= 0 && index < 36 ? index.toString(36) : String(index);
}

/**
 * The interaction result: "wrong" when the choice broke a critical criterion, "neutral" when it evidenced no
 * criterion, otherwise the weakest level it evidenced as a number (0 harmful … 3 exemplary; SCORM 1.2 allows a
 * numeric result).
 */
export function interactionResult(decision: Pick<Decision, 'evidence' | 'critical'>): string {
  if (decision.critical.length > 0) return 'wrong';
  const low = lowestLevel(decision);
  return low === null ? 'neutral' : String(low);
}

/** The cmi.interactions.n.* values for one decision (objective ids are the criteria it evidenced). */
export function interactionValues(decision: Decision, previousAt: number): [string, string][] {
  const values: [string, string][] = [
    ['id', cmiIdentifier(`d${decision.seq}.${decisionPoint(decision.where)}`)],
    ['type', 'choice'],
    ...criteriaOf(decision).map((c, i): [string, string] => [`objectives.${i}.id`, cmiIdentifier(c)]),
    ['time', cmiTime(decision.at)],
    ['student_response', choiceResponse(decision.choiceIndex)],
    ['result', interactionResult(decision)],
    ['latency', cmiTimespan(decision.at - previousAt)],
  ];
  return values;
}

/** Where the learner is, for cmi.core.lesson_location (CMIString255). */
export function lessonLocation(decision: Decision): string {
  return `decision ${decision.seq} (${decisionPoint(decision.where)}, choice ${choiceId(decision.where)})`.slice(
    0,
    255,
  );
}

/**
 * The cmi.objectives.n.* values for one criterion of the result: the level reached as the score (0–3, max the
 * best achievable), "failed" when broken critically, "completed" when observed, "not attempted" when not.
 */
export function objectiveValues(c: CriterionResult): [string, string][] {
  const status = c.criticalAt.length > 0 ? 'failed' : c.level === null ? 'not attempted' : 'completed';
  return [
    ['id', cmiIdentifier(c.id)],
    ...(c.level === null
      ? []
      : ([
          ['score.raw', String(c.level)],
          ['score.min', '0'],
          ['score.max', String(c.best ?? 3)],
        ] as [string, string][])),
    ['status', status],
  ];
}
