/**
 * The "cmi5 allowed" statement Waypoint sends for each decision (cmi5 §9.6, §7.1): verb `answered`, the
 * decision point as a cmi.interaction activity, the choice as the response, and the criterion evidence in
 * result extensions under Waypoint's IRIs (the same keys as the xAPI export). Its context is the LMS's context
 * template (which carries the session id and the publisher id) with the registration, the AU as parent and
 * without the cmi5 or moveOn category, which belong to "cmi5 defined" statements only. Pure.
 */
import type { ScenarioInfo } from '../../engine/content/types.ts';
import type { Decision } from '../../engine/scoring/decision.ts';
import { DEFAULT_XAPI_OPTIONS, VERBS, xapiIris } from '../../engine/records/export/xapi.ts';
import type { XapiResult, XapiVerb } from '../../engine/records/export/xapi-types.ts';
import { choiceId, decisionPoint } from '../decision-point.ts';
import type { XapiActor } from '../launch.ts';

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

export interface Cmi5Activity {
  objectType?: 'Activity';
  id: string;
  definition?: Record<string, unknown>;
}

export interface Cmi5Context {
  registration?: string;
  contextActivities?: {
    parent?: Cmi5Activity[];
    grouping?: Cmi5Activity[];
    category?: Cmi5Activity[];
    other?: Cmi5Activity[];
  };
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Cmi5Statement {
  id: string;
  actor: XapiActor;
  verb: XapiVerb;
  object: Cmi5Activity;
  result?: XapiResult;
  context: Cmi5Context;
  timestamp: string;
}

/** Waypoint's extension keys, shared with the xAPI export so an LRS sees one vocabulary. */
export const extension = (name: string) => xapiIris(DEFAULT_XAPI_OPTIONS.activityBase).extension(name);

/**
 * A copy of the LMS's context template (left alone itself) and of its context activities, and the template's
 * categories other than the cmi5 ones, which only the statements that cmi5 defines may carry.
 */
export function templateCopy(template: Cmi5Context | undefined) {
  const copy = structuredClone(template ?? {}) as Cmi5Context;
  const activities = { ...copy.contextActivities };
  const category = (activities.category ?? []).filter(
    (a) => a.id !== CMI5_CATEGORY && a.id !== MOVEON_CATEGORY,
  );
  return { copy, activities, category };
}

/** The context template with what a "cmi5 allowed" statement adds, and without what it must not carry. */
export function allowedContext(
  template: Cmi5Context | undefined,
  registration: string,
  activityId: string,
): Cmi5Context {
  const { copy, activities, category } = templateCopy(template);
  if (category.length > 0) activities.category = category;
  else delete activities.category;
  const parent = activities.parent ?? [];
  if (!parent.some((a) => a.id === activityId))
    activities.parent = [...parent, { objectType: 'Activity', id: activityId }];
  return { ...copy, registration, contextActivities: activities };
}

export interface AnsweredInput {
  /** A UUID; name-based ones make a resend recognisable (see cmi5/connection). */
  id: string;
  actor: XapiActor;
  activityId: string;
  registration: string;
  template: Cmi5Context | undefined;
  scenario: Pick<ScenarioInfo, 'id' | 'title'>;
  attemptId: string;
  decision: Decision;
}

export function answeredStatement(input: AnsweredInput): Cmi5Statement {
  const { decision: d, scenario } = input;
  const point = decisionPoint(d.where);
  const context = allowedContext(input.template, input.registration, input.activityId);
  context.extensions = { ...context.extensions, [extension('attempt')]: input.attemptId };
  return {
    id: input.id,
    actor: input.actor,
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: `${input.activityId}/decisions/${encodeURIComponent(point)}`,
      definition: {
        name: { 'en-US': `${scenario.title}: decision at ${point}` },
        type: INTERACTION_TYPE,
        interactionType: 'choice',
      },
    },
    result: {
      response: choiceId(d.where),
      extensions: {
        [extension('sequence')]: d.seq,
        [extension('choice-index')]: d.choiceIndex,
        [extension('choice-text')]: d.choiceText,
        [extension('evidence')]: d.evidence,
        [extension('critical')]: d.critical,
      },
    },
    context,
    timestamp: new Date(d.at).toISOString(),
  };
}
