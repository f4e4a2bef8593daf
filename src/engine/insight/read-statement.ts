/**
 * Reading one statement fetched from a learning record store as what Waypoint sent (export/xapi.ts): its verb,
 * its attempt (the registration), its scenario and, for an `answered`, the decision. What comes from an LRS is
 * untrusted JSON, so every field is checked; a statement that is not one of Waypoint's (another verb, another
 * activity, no registration) is named foreign, one that claims to be but does not hold together is malformed.
 */
import { ATTEMPT_MODES } from '../records/attempt.ts';
import type { AttemptMode } from '../records/attempt.ts';
import { VERBS, xapiIris } from '../records/export/xapi.ts';
import { COMPONENTS, SEXES } from '../records/profile.ts';
import type { Component, Sex } from '../records/profile.ts';
import { LEVELS } from '../tags/vocabulary.ts';
import type { Level } from '../tags/vocabulary.ts';

export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

export type ChainVerb = keyof typeof VERBS;

export interface ReadAnswer {
  seq: number;
  where: string;
  choiceIndex: number;
  choiceText: string;
  evidence: { criterion: string; level: Level }[];
  critical: string[];
}

/** What every statement of an attempt carries in its context (the same in each: see xapi.ts). */
export interface ReadContext {
  profileId: string;
  name: string | null;
  scenarioVersion: string;
  mode: AttemptMode;
  unverified: boolean;
  component: Component | null;
  sex: Sex | null;
  cohort: string | null;
}

export interface ReadStatement {
  id: string;
  verb: ChainVerb;
  registration: string;
  scenarioId: string;
  /** Milliseconds since the epoch. */
  timestamp: number;
  /** When the LRS stored it (for a stable order among statements that contradict each other); null if absent. */
  stored: number | null;
  context: ReadContext;
  /** For `answered`. */
  answer: ReadAnswer | null;
  /** For completed, passed and failed: the verdict and the scaled score when given. */
  outcome: { success: boolean | null; scaled: number | null } | null;
}

export type Reading =
  | { kind: 'statement'; statement: ReadStatement }
  /** A statement voiding another (xAPI's `voided` verb with a StatementRef). */
  | { kind: 'voiding'; id: string; target: string }
  | { kind: 'foreign'; id: string | null }
  | { kind: 'malformed'; id: string | null; why: string };

type Json = Record<string, unknown>;

const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const whole = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const oneOf = <T extends string>(values: readonly T[], v: unknown): T | null =>
  values.find((x) => x === v) ?? null;

function time(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}

const VERB_OF = new Map<string, ChainVerb>(
  Object.entries(VERBS).map(([name, verb]) => [verb.id, name as ChainVerb]),
);

function levelOf(v: unknown): Level | null {
  return LEVELS.find((l) => l === v) ?? null;
}

function evidenceOf(v: unknown): ReadAnswer['evidence'] | null {
  if (!Array.isArray(v)) return null;
  const out: ReadAnswer['evidence'] = [];
  for (const e of v) {
    const criterion = isJson(e) ? text(e.criterion) : null;
    const level = isJson(e) ? levelOf(e.level) : null;
    if (criterion === null || level === null) return null;
    out.push({ criterion, level });
  }
  return out;
}

function stringsOf(v: unknown): string[] | null {
  return Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : null;
}

/** A reader for statements minted under `activityBase` (the app's own activity, the course). */
export function statementReader(activityBase: string): (raw: unknown) => Reading {
  const iri = xapiIris(activityBase);
  const scenarioPrefix = `${iri.scenario('')}`;
  const ext = (name: string) => iri.extension(name);

  /** The scenario id and, for a choice activity, where the choice sits. */
  function activity(id: string): { scenarioId: string; where: string | null } | null {
    if (!id.startsWith(scenarioPrefix)) return null;
    const parts = id.slice(scenarioPrefix.length).split('/');
    try {
      if (parts.length === 1 && parts[0]) return { scenarioId: decodeURIComponent(parts[0]), where: null };
      if (parts.length === 3 && parts[0] && parts[1] === 'choices' && parts[2])
        return { scenarioId: decodeURIComponent(parts[0]), where: decodeURIComponent(parts[2]) };
    } catch {
      // a malformed %-escape: not an id Waypoint made
    }
    return null;
  }

  function contextOf(actor: Json, context: Json): ReadContext | string {
    const account = isJson(actor.account) ? actor.account : null;
    const profileId = account ? text(account.name) : null;
    if (profileId === null) return 'actor has no account name';
    const extensions = isJson(context.extensions) ? context.extensions : {};
    const stated = extensions[ext('mode')];
    // Records made before modes existed are course attempts (attemptMode); a mode this version does not know is
    // not guessed, since it may be one that must stay out of the figures.
    const mode = stated === undefined ? 'course' : oneOf(ATTEMPT_MODES, stated);
    if (mode === null) return `unknown mode ${JSON.stringify(stated)}`;
    return {
      profileId,
      name: text(actor.name),
      scenarioVersion: text(context.revision) ?? '',
      mode,
      unverified: extensions[ext('unverified')] === true,
      component: oneOf(COMPONENTS, extensions[ext('component')]),
      sex: oneOf(SEXES, extensions[ext('sex')]),
      cohort: text(extensions[ext('cohort')]),
    };
  }

  function answerOf(result: Json | null, where: string): ReadAnswer | string {
    const extensions = result && isJson(result.extensions) ? result.extensions : null;
    if (!result || !extensions) return 'answered without result extensions';
    const seq = whole(extensions[ext('sequence')]);
    const choiceIndex = whole(extensions[ext('choice-index')]);
    const evidence = evidenceOf(extensions[ext('evidence')]);
    const critical = stringsOf(extensions[ext('critical')]);
    if (seq === null || seq < 1) return 'answered without a sequence number';
    if (choiceIndex === null || choiceIndex < 0) return 'answered without a choice index';
    if (evidence === null || critical === null) return 'answered with unreadable evidence';
    return { seq, where, choiceIndex, choiceText: text(result.response) ?? '', evidence, critical };
  }

  return (raw: unknown): Reading => {
    if (!isJson(raw)) return { kind: 'malformed', id: null, why: 'not an object' };
    const id = text(raw.id);
    const verbId = isJson(raw.verb) ? text(raw.verb.id) : null;
    const object = isJson(raw.object) ? raw.object : null;
    if (id === null) return { kind: 'malformed', id: null, why: 'no id' };
    if (verbId === VOIDED_VERB && object?.objectType === 'StatementRef' && typeof object.id === 'string')
      return { kind: 'voiding', id, target: object.id };
    const verb = verbId === null ? undefined : VERB_OF.get(verbId);
    const place = object && typeof object.id === 'string' ? activity(object.id) : null;
    const context = isJson(raw.context) ? raw.context : null;
    const registration = context ? text(context.registration) : null;
    if (!verb || !place || registration === null) return { kind: 'foreign', id };
    if ((verb === 'answered') !== (place.where !== null)) return { kind: 'foreign', id };

    const malformed = (why: string): Reading => ({ kind: 'malformed', id, why });
    const timestamp = time(raw.timestamp);
    if (timestamp === null) return malformed('no timestamp');
    const read = isJson(raw.actor) && context ? contextOf(raw.actor, context) : 'no actor';
    if (typeof read === 'string') return malformed(read);
    const result = isJson(raw.result) ? raw.result : null;
    let answer: ReadAnswer | null = null;
    if (place.where !== null) {
      const a = answerOf(result, place.where);
      if (typeof a === 'string') return malformed(a);
      answer = a;
    }
    const score = result && isJson(result.score) ? result.score : null;
    const outcome =
      verb === 'completed' || verb === 'passed' || verb === 'failed'
        ? {
            success: typeof result?.success === 'boolean' ? result.success : null,
            scaled: typeof score?.scaled === 'number' ? score.scaled : null,
          }
        : null;
    return {
      kind: 'statement',
      statement: {
        id,
        verb,
        registration,
        scenarioId: place.scenarioId,
        timestamp,
        stored: time(raw.stored),
        context: read,
        answer,
        outcome,
      },
    };
  };
}
