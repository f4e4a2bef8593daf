import { REMOTE_URL_PROBLEMS, remoteUrlProblem } from '../engine/net/remote-url.ts';
import { UUID_PATTERN } from '../engine/records/export/uuid.ts';

/**
 * What the launch URL says: the scenario to open (`?scenario=`, set by the packages' manifests) and, when an LMS
 * launched the app by cmi5, the five cmi5 launch parameters (cmi5 §8.1). Pure.
 */

/** The part of an xAPI Agent the app reads and sends back unchanged. */
export interface XapiActor {
  objectType?: 'Agent';
  name?: string;
  account?: { homePage: string; name: string };
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
}

export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: XapiActor;
  registration: string;
  activityId: string;
}

const SCENARIO_ID = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;

/** The scenario named by the launch URL, if it names a well-formed one. */
export function launchedScenario(url: URL): string | null {
  const id = url.searchParams.get('scenario');
  return id && SCENARIO_ID.test(id) ? id : null;
}

const CMI5_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** Whether the URL carries the cmi5 launch parameters (all five are needed; see cmi5Launch for their checks). */
export function isCmi5Launch(url: URL): boolean {
  return CMI5_PARAMS.every((p) => url.searchParams.has(p));
}

/**
 * The cmi5 launch parameters; throws an Error naming what is wrong when one is missing or malformed. The endpoint
 * and fetch URL must be https on an origin the package was built for (`allowedOrigins`; loopback is allowed for
 * tests), and the registration a UUID: a crafted link must not send the attempt elsewhere.
 */
export function cmi5Launch(url: URL, allowedOrigins: readonly string[]): Cmi5Launch {
  const param = (name: (typeof CMI5_PARAMS)[number]) => {
    const value = url.searchParams.get(name)?.trim();
    if (!value) throw new Error(`the launch URL has no "${name}"`);
    return value;
  };
  const endpoint = param('endpoint');
  const fetch = param('fetch');
  for (const [name, value] of [
    ['endpoint', endpoint],
    ['fetch', fetch],
  ] as const) {
    const problem = remoteUrlProblem(value, { base: url, allowedOrigins });
    if (problem) throw new Error(`the launch URL's "${name}" ${REMOTE_URL_PROBLEMS[problem]}`);
  }
  const registration = param('registration');
  if (!UUID_PATTERN.test(registration)) throw new Error('the launch URL\'s "registration" is not a UUID');
  let actor: XapiActor;
  try {
    actor = JSON.parse(param('actor')) as XapiActor;
  } catch {
    throw new Error('the launch URL\'s "actor" is not JSON');
  }
  if (typeof actor !== 'object' || actor === null || !actor.account?.name) {
    throw new Error('the launch URL\'s "actor" has no account (cmi5 §9.2)');
  }
  return {
    endpoint: new URL(endpoint, url).href,
    fetch: new URL(fetch, url).href,
    actor,
    registration,
    activityId: param('activityId'),
  };
}

/** The learner an xAPI actor names: the account name is the id; the name falls back to it. */
export function learnerOf(actor: XapiActor): { id: string; name: string } {
  const id = actor.account?.name ?? actor.mbox ?? actor.openid ?? actor.mbox_sha1sum ?? 'lms-learner';
  return { id, name: actor.name?.trim() || '' };
}
