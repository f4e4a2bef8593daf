/**
 * xAPI 1.0.3 statements for a learning record store (LRS).
 *
 * A completed attempt gives: attempted, one answered per decision, completed, then passed or failed. An attempt
 * still in progress, or abandoned, gives only `attempted`: it tells a trainer who began without finishing, and it
 * is exactly the statement the completed attempt will later give, so nothing sent early ever contradicts what
 * is sent later. Statement ids are name-based UUIDs of the attempt id and the statement's place in the chain, so
 * exporting the same records again gives the same ids and an LRS does not count them twice.
 *
 * A classroom session's actor is a Group (identified by the classroom profile id), with the trainees ticked as
 * present as its members; each answered statement carries the group's votes as result extensions.
 */
import { attemptMode } from '../attempt.ts';
import type { Attempt } from '../attempt.ts';
import type { Profile } from '../profile.ts';
import { isoDuration } from './duration.ts';
import { byId, isoTime, orderedAttempts } from './input.ts';
import type { ExportInput, ScenarioMeta } from './input.ts';
import { uuidV5 } from './uuid.ts';
import { illFormedAt } from '../well-formed.ts';
import type {
  XapiActivity,
  XapiAgent,
  XapiContext,
  XapiGroup,
  XapiResult,
  XapiStatement,
  XapiVerb,
} from './xapi-types.ts';

export interface XapiOptions {
  /** The system that issues the trainees' accounts (an IRL); the account name is the profile id. */
  homePage: string;
  /** Shown as `context.platform`; default "Waypoint". */
  platform?: string;
  /** IRI under which scenario activities and extension keys are minted. */
  activityBase: string;
}

/**
 * Until the project has its own domain: `.example` is reserved (RFC 2606), so these can never collide with
 * someone else's identifiers. The app and the command-line export both use them, so their statements agree.
 */
export const DEFAULT_XAPI_OPTIONS: XapiOptions = {
  homePage: 'https://waypoint.example/trainees',
  activityBase: 'https://waypoint.example/xapi',
  platform: 'Waypoint',
};

const adlVerb = (word: string): XapiVerb => ({
  id: `http://adlnet.gov/expapi/verbs/${word}`,
  display: { 'en-US': word },
});

export const VERBS = {
  attempted: adlVerb('attempted'),
  answered: adlVerb('answered'),
  completed: adlVerb('completed'),
  passed: adlVerb('passed'),
  failed: adlVerb('failed'),
} as const;

export const ACTIVITY_TYPES = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/interaction',
} as const;

/** Where Waypoint's own identifiers live under an activity base. */
export function xapiIris(activityBase: string) {
  const base = activityBase.replace(/\/+$/, '');
  const scenario = (id: string) => `${base}/scenarios/${encodeURIComponent(id)}`;
  return {
    app: base,
    scenario,
    choicePoint: (scenarioId: string, where: string) =>
      `${scenario(scenarioId)}/choices/${encodeURIComponent(where)}`,
    extension: (name: string) => `${base}/extensions/${name}`,
  };
}

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

function requireUrl(what: string, value: string) {
  if (!URL.canParse(value)) throw new Error(`xAPI ${what} must be an absolute URL, not "${value}"`);
}

export async function xapiStatements(input: ExportInput, options: XapiOptions): Promise<XapiStatement[]> {
  requireUrl('homePage', options.homePage);
  requireUrl('activityBase', options.activityBase);
  const profiles = byId(input.profiles);
  const scenarios = byId(input.scenarios);
  const chains = orderedAttempts(input.attempts).map((a) =>
    attemptChain(a, profiles.get(a.profileId), scenarios.get(a.scenarioId), options, profiles),
  );
  return Promise.all(chains.flat());
}

/** Why an attempt is left out of statements; worded in the reader's language by the presentation. */
export type SkipReason =
  /** Imported without a known cohort's signature, or from another version: never sent as a verdict. */
  | { kind: 'unverified' }
  /** A text of the record (named by its path, e.g. `decisions[0].where`) is not well-formed Unicode. */
  | { kind: 'illFormedText'; field: string }
  /** Anything else that stopped the conversion, as the engine said it. */
  | { kind: 'unconvertible'; detail: string };

/** An attempt left out of an export, and why (by id, so a trainer can find it). */
export interface SkippedAttempt {
  attemptId: string;
  reason: SkipReason;
}

/**
 * The statements of each attempt, each attempt on its own: one that cannot be turned into statements (text that is
 * not well-formed Unicode, a value an IRI cannot hold) is skipped and named, and never stops the others.
 */
export async function xapiStatementsEach(
  input: ExportInput,
  options: XapiOptions,
): Promise<{ statements: XapiStatement[]; skipped: SkippedAttempt[] }> {
  requireUrl('homePage', options.homePage);
  requireUrl('activityBase', options.activityBase);
  const profiles = byId(input.profiles);
  const scenarios = byId(input.scenarios);
  const statements: XapiStatement[] = [];
  const skipped: SkippedAttempt[] = [];
  for (const a of orderedAttempts(input.attempts)) {
    const profile = profiles.get(a.profileId);
    const bad = illFormedAt(a) ?? (profile ? illFormedAt(profile) : null);
    if (bad) {
      skipped.push({ attemptId: a.id, reason: { kind: 'illFormedText', field: bad } });
      continue;
    }
    try {
      statements.push(
        ...(await Promise.all(attemptChain(a, profile, scenarios.get(a.scenarioId), options, profiles))),
      );
    } catch (e) {
      skipped.push({
        attemptId: a.id,
        reason: { kind: 'unconvertible', detail: e instanceof Error ? e.message : String(e) },
      });
    }
  }
  return { statements, skipped };
}

type Draft = Omit<XapiStatement, 'id' | 'actor' | 'context'> & { context?: Partial<XapiContext> };

function attemptChain(
  a: Attempt,
  profile: Profile | undefined,
  meta: ScenarioMeta | undefined,
  options: XapiOptions,
  /** Everyone's profiles, to name the members of a classroom's group. */
  profiles: ReadonlyMap<string, Profile>,
): Promise<XapiStatement>[] {
  const iri = xapiIris(options.activityBase);
  const title = meta?.title ?? a.scenarioId;
  const scenario: XapiActivity = {
    objectType: 'Activity',
    id: iri.scenario(a.scenarioId),
    definition: {
      name: { 'en-US': title },
      description: { 'en-US': `Waypoint training scenario "${title}" (${a.scenarioId}).` },
      type: ACTIVITY_TYPES.simulation,
    },
  };
  // Context activities by id only: the scenario is defined where it is the object, and repeating definitions in
  // every statement would only make the export larger.
  const app: XapiActivity = { objectType: 'Activity', id: iri.app };
  const parent: XapiActivity = { objectType: 'Activity', id: scenario.id };
  const agent = (id: string, name: string | undefined): XapiAgent => ({
    objectType: 'Agent',
    ...(name ? { name } : {}),
    account: { homePage: options.homePage, name: id },
  });
  const group = a.classroom;
  const actor: XapiAgent | XapiGroup = group
    ? {
        objectType: 'Group',
        name: 'Classroom group',
        account: { homePage: options.homePage, name: a.profileId },
        ...(group.present.length > 0
          ? { member: group.present.map((id) => agent(id, profiles.get(id)?.name)) }
          : {}),
      }
    : agent(a.profileId, profile?.name);
  const votes = new Map(group?.votes.map((v) => [v.seq, v]));
  const trainee: Record<string, unknown> = {
    [iri.extension('stage')]: a.stage,
    [iri.extension('mode')]: attemptMode(a),
    ...(a.unverified ? { [iri.extension('unverified')]: true } : {}),
    ...(group && group.headCount !== null ? { [iri.extension('head-count')]: group.headCount } : {}),
    [iri.extension('app-version')]: a.appVersion,
  };
  if (profile) {
    // Sex-disaggregated training data is asked for by the guidance; "unstated" is kept as stated.
    trainee[iri.extension('component')] = profile.component;
    trainee[iri.extension('sex')] = profile.sex;
    trainee[iri.extension('country')] = profile.country;
    trainee[iri.extension('mission')] = profile.mission;
    if (profile.cohort) trainee[iri.extension('cohort')] = profile.cohort;
  }
  const context: XapiContext = {
    registration: a.id,
    revision: a.scenarioVersion,
    platform: options.platform ?? DEFAULT_XAPI_OPTIONS.platform,
    ...(profile && LANGUAGE_TAG.test(profile.language) ? { language: profile.language } : {}),
    contextActivities: { grouping: [app] },
    extensions: trainee,
  };

  const stamp = (name: string, draft: Draft): Promise<XapiStatement> =>
    uuidV5(`${a.id}/${name}`).then((id) => ({
      id,
      actor,
      verb: draft.verb,
      object: draft.object,
      ...(draft.result ? { result: draft.result } : {}),
      context: { ...context, ...draft.context },
      timestamp: draft.timestamp,
    }));

  const chain = [
    stamp('attempted', { verb: VERBS.attempted, object: scenario, timestamp: isoTime(a.startedAt) }),
  ];
  if (a.status !== 'completed') return chain;

  for (const d of [...a.decisions].sort((x, y) => x.seq - y.seq)) {
    const vote = votes.get(d.seq);
    chain.push(
      stamp(`answered/${d.seq}`, {
        verb: VERBS.answered,
        object: {
          objectType: 'Activity',
          id: iri.choicePoint(a.scenarioId, d.where),
          definition: {
            name: { 'en-US': `${title}: choice at ${d.where}` },
            type: ACTIVITY_TYPES.interaction,
          },
        },
        result: {
          response: d.choiceText,
          extensions: {
            [iri.extension('sequence')]: d.seq,
            [iri.extension('choice-index')]: d.choiceIndex,
            [iri.extension('evidence')]: d.evidence,
            [iri.extension('critical')]: d.critical,
            // The group's votes by choice index (choice-index is the one taken), and why a majority was overridden.
            ...(vote
              ? {
                  [iri.extension('votes')]: vote.counts,
                  [iri.extension('votes-revealed')]: vote.revealed,
                  ...(vote.override === null ? {} : { [iri.extension('override-reason')]: vote.override }),
                }
              : {}),
          },
        },
        context: { contextActivities: { parent: [parent], grouping: [app] } },
        timestamp: isoTime(d.at),
      }),
    );
  }

  const ended = isoTime(a.endedAt ?? a.startedAt);
  const outcome: XapiResult = { completion: true };
  if (a.endedAt !== null) outcome.duration = isoDuration(a.endedAt - a.startedAt);
  const r = a.result;
  if (r) {
    const scaled = r.maxPoints > 0 ? Math.min(1, Math.max(0, r.points / r.maxPoints)) : 0;
    outcome.score =
      r.points >= 0 && r.points <= r.maxPoints
        ? { scaled, raw: r.points, min: 0, max: r.maxPoints }
        : { scaled };
    outcome.success = r.passed;
  }
  chain.push(
    stamp('completed', { verb: VERBS.completed, object: scenario, result: outcome, timestamp: ended }),
  );
  // A completed attempt without a result has no verdict to report, so it gets no passed or failed.
  if (r) {
    chain.push(
      stamp('verdict', {
        verb: r.passed ? VERBS.passed : VERBS.failed,
        object: scenario,
        result: outcome,
        timestamp: ended,
      }),
    );
  }
  return chain;
}
