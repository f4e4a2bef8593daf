/**
 * The "cmi5 defined" statements (cmi5 §9.3, §9.6): initialized, passed, failed, completed and terminated. Each is
 * about the AU itself (object: the AU's activity id), made from the LMS's context template with the
 * registration, the cmi5 category, the moveOn category when it carries success or completion, and, on passed and
 * failed, the mastery score extension when LMS.LaunchData has a mastery score. Every statement after
 * `initialized` carries the time since `initialized` as its duration. Pure: the id, the time and the duration
 * come in.
 */
import { isoDuration } from '../../engine/records/export/duration.ts';
import type { XapiResult, XapiVerb } from '../../engine/records/export/xapi-types.ts';
import type { XapiActor } from '../launch.ts';
import { CMI5_CATEGORY, MOVEON_CATEGORY, templateCopy } from './statements.ts';
import type { Cmi5Context, Cmi5Statement } from './statements.ts';

export const MASTERY_SCORE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

const adlVerb = (word: string): XapiVerb => ({
  id: `http://adlnet.gov/expapi/verbs/${word}`,
  display: { 'en-US': word },
});

export const DEFINED_VERBS = {
  initialized: adlVerb('initialized'),
  passed: adlVerb('passed'),
  failed: adlVerb('failed'),
  completed: adlVerb('completed'),
  terminated: adlVerb('terminated'),
} as const;

export type Cmi5Score = NonNullable<XapiResult['score']>;

export interface DefinedInput {
  /** A fresh UUID. */
  id: string;
  /** ISO 8601. */
  timestamp: string;
  actor: XapiActor;
  /** The AU's activity id (from the launch). */
  activityId: string;
  registration: string;
  /** LMS.LaunchData's context template. */
  template: Cmi5Context | undefined;
  /** LMS.LaunchData's mastery score (0–1), or null. */
  masteryScore: number | null;
  /** Milliseconds since `initialized` (unused by `initialized` itself). */
  sinceInitialized: number;
}

/** The context template with the registration and the cmi5 (and moveOn) category; the template is left alone. */
export function definedContext(
  template: Cmi5Context | undefined,
  registration: string,
  moveOn: boolean,
): Cmi5Context {
  const { copy, activities, category } = templateCopy(template);
  activities.category = [...category, { id: CMI5_CATEGORY }, ...(moveOn ? [{ id: MOVEON_CATEGORY }] : [])];
  return { ...copy, registration, contextActivities: activities };
}

function defined(
  input: DefinedInput,
  verb: keyof typeof DEFINED_VERBS,
  result?: XapiResult,
  withMastery = false,
): Cmi5Statement {
  const moveOn = result?.success !== undefined || result?.completion !== undefined;
  const context = definedContext(input.template, input.registration, moveOn);
  if (withMastery && input.masteryScore !== null) {
    context.extensions = { ...context.extensions, [MASTERY_SCORE_EXTENSION]: input.masteryScore };
  }
  return {
    id: input.id,
    actor: input.actor,
    verb: DEFINED_VERBS[verb],
    object: { objectType: 'Activity', id: input.activityId },
    ...(result ? { result } : {}),
    context,
    timestamp: input.timestamp,
  };
}

const duration = (input: DefinedInput) => isoDuration(input.sinceInitialized);

export const initializedStatement = (input: DefinedInput) => defined(input, 'initialized');

/** cmi5 §9.3.4: the score must reach the mastery score; the caller decides that. */
export const passedStatement = (input: DefinedInput, score: Cmi5Score) =>
  defined(input, 'passed', { score, success: true, duration: duration(input) }, true);

/** cmi5 §9.3.5: a score, if any, must be below the mastery score; the caller leaves it out otherwise. */
export const failedStatement = (input: DefinedInput, score?: Cmi5Score) =>
  defined(input, 'failed', { ...(score ? { score } : {}), success: false, duration: duration(input) }, true);

export const completedStatement = (input: DefinedInput) =>
  defined(input, 'completed', { completion: true, duration: duration(input) });

export const terminatedStatement = (input: DefinedInput) =>
  defined(input, 'terminated', { duration: duration(input) });
