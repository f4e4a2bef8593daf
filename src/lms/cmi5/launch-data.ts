/**
 * The start of a cmi5 session, before the `initialized` statement (cmi5 §8.2, §10, §11): the auth token from the
 * fetch URL, then the LMS.LaunchData state document (context template, launch mode, mastery score, moveOn,
 * returnURL), then the learner preferences agent profile.
 */
import type { Cmi5Launch } from '../launch.ts';
import type { Cmi5Context } from './statements.ts';
import { fetchAuthToken, xapiRequests } from './xapi-requests.ts';
import type { Fetch, XapiRequests } from './xapi-requests.ts';

export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';
export const LEARNER_PREFERENCES_PROFILE_ID = 'cmi5LearnerPreferences';

/** What Waypoint reads of LMS.LaunchData (cmi5 §10). */
export interface Cmi5LaunchData {
  contextTemplate?: Cmi5Context;
  launchMode?: string;
  /** 0–1, when the LMS set one. */
  masteryScore?: number;
  moveOn?: string;
  returnURL?: string;
}

/** LMS.LaunchData as stored; throws when it is not a JSON object. */
export function launchDataOf(document: unknown): Cmi5LaunchData {
  if (document === null) throw new Error(`the LMS has no ${LAUNCH_DATA_STATE_ID} for this launch`);
  if (typeof document !== 'object' || Array.isArray(document)) {
    throw new Error(`the LMS's ${LAUNCH_DATA_STATE_ID} is not a JSON object`);
  }
  const d = document as Record<string, unknown>;
  const data: Cmi5LaunchData = {};
  const template = d.contextTemplate;
  if (typeof template === 'object' && template !== null && !Array.isArray(template)) {
    data.contextTemplate = template as Cmi5Context;
  }
  if (typeof d.masteryScore === 'number') data.masteryScore = d.masteryScore;
  for (const key of ['launchMode', 'moveOn', 'returnURL'] as const) {
    const value = d[key];
    if (typeof value === 'string') data[key] = value;
  }
  return data;
}

export interface Cmi5Start {
  requests: XapiRequests;
  launchData: Cmi5LaunchData;
  /** The learner preferences document, or null when the LMS has none or could not give it. */
  learnerPreferences: unknown;
}

/** Throws (an XapiRequestError or an Error saying what is wrong) when the session cannot start. */
export async function startCmi5(launch: Cmi5Launch, fetch: Fetch): Promise<Cmi5Start> {
  const token = await fetchAuthToken(launch.fetch, fetch);
  const { endpoint, actor, activityId, registration } = launch;
  const requests = xapiRequests({ endpoint, token, actor, activityId, registration, fetch });
  const launchData = launchDataOf(await requests.getState(LAUNCH_DATA_STATE_ID));
  // Waypoint follows none of the preferences (it has its own language setting); not being able to read them
  // does not stop the launch.
  const learnerPreferences = await requests.getAgentProfile(LEARNER_PREFERENCES_PROFILE_ID).catch(() => null);
  return { requests, launchData, learnerPreferences };
}
