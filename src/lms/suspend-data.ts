/**
 * The resume point an LMS keeps for a suspended attempt: scenario id, story seed and the choice indices taken, in
 * a compact text that fits SCORM 1.2's `cmi.suspend_data` (at most 4,096 characters). The ink state is never
 * stored: the app replays the choices with the seed and gets the same story, decisions and evidence back.
 *
 *   WP1|survivor-contact|1x4g2k|0102110~1a0|3f9k2c
 *   ^   ^                ^      ^          ^ check: FNV-1a hash of everything before the last "|", base 36
 *   |   |                |      choices: one base-36 digit per choice (0–35); "~" + two digits for 36–1295
 *   |   |                seed, base 36
 *   |   scenario id
 *   format and version
 *
 * Pure: no DOM, no LMS. Damaged or foreign text decodes to a clear problem, never an exception.
 */
import type { LmsResumePoint } from '../engine/ports/lms-connection.ts';

/** SCORM 1.2 `cmi.suspend_data` is a CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096;

const PREFIX = 'WP1';
const SCENARIO_ID = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;
const BASE36 = /^[0-9a-z]+$/;
const MAX_SEED = 0xffffffff;
/** Largest choice index the encoding holds ("~" and two base-36 digits). */
export const MAX_CHOICE_INDEX = 36 * 36 - 1;

/** A resume point, or why the text could not be read as one (technical, in English). */
export type DecodedResume = { ok: true; point: LmsResumePoint } | { ok: false; why: string };

/** FNV-1a, 32 bits: enough to tell damaged text from what was written, not a security measure. */
function check(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function encodeChoice(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > MAX_CHOICE_INDEX) {
    throw new RangeError(`choice index ${index} cannot be stored (0–${MAX_CHOICE_INDEX})`);
  }
  return index < 36 ? index.toString(36) : `~${index.toString(36).padStart(2, '0')}`;
}

/** The resume point as suspend data. Throws when it cannot be stored within the limit (a story far too long). */
export function encodeResume(point: LmsResumePoint): string {
  if (!SCENARIO_ID.test(point.scenarioId)) throw new RangeError(`not a scenario id: "${point.scenarioId}"`);
  if (!Number.isInteger(point.seed) || point.seed < 0 || point.seed > MAX_SEED) {
    throw new RangeError(`seed ${point.seed} is not a 32-bit unsigned integer`);
  }
  const body = [
    PREFIX,
    point.scenarioId,
    point.seed.toString(36),
    point.choices.map(encodeChoice).join(''),
  ].join('|');
  const text = `${body}|${check(body)}`;
  if (text.length > SUSPEND_DATA_LIMIT) {
    throw new RangeError(
      `the resume point needs ${text.length} characters; SCORM 1.2 keeps at most ${SUSPEND_DATA_LIMIT}`,
    );
  }
  return text;
}

/** The longest suspend data a path of `decisions` choices in this scenario can need (every index ≥ 36). */
export function worstCaseLength(scenarioId: string, decisions: number): number {
  return encodeResume({
    scenarioId,
    seed: MAX_SEED,
    choices: Array<number>(decisions).fill(MAX_CHOICE_INDEX),
  }).length;
}

const damaged = (why: string): DecodedResume => ({ ok: false, why });

function decodeChoices(text: string): number[] | null {
  const choices: number[] = [];
  for (let i = 0; i < text.length;) {
    if (text[i] === '~') {
      const digits = text.slice(i + 1, i + 3);
      if (digits.length !== 2 || !BASE36.test(digits)) return null;
      choices.push(parseInt(digits, 36));
      i += 3;
    } else {
      const digit = text[i] ?? '';
      if (!BASE36.test(digit)) return null;
      choices.push(parseInt(digit, 36));
      i += 1;
    }
  }
  return choices;
}

/**
 * Reads suspend data back. Empty text means "nothing saved" (null); anything else is either a resume point or a
 * problem a trainee can read.
 */
export function decodeResume(text: string | null | undefined): DecodedResume | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  if (text.length > SUSPEND_DATA_LIMIT) return damaged('it is longer than SCORM allows');
  const fields = text.split('|');
  if (fields[0] !== PREFIX) return damaged('it was not written by this version of Waypoint');
  if (fields.length !== 5) return damaged('it is incomplete');
  const [, scenarioId = '', seed = '', choices = '', sum = ''] = fields;
  if (check(fields.slice(0, 4).join('|')) !== sum) return damaged('it is damaged: its check does not match');
  if (!SCENARIO_ID.test(scenarioId)) return damaged('the scenario id is not valid');
  if (!BASE36.test(seed) || parseInt(seed, 36) > MAX_SEED) return damaged('the seed is not valid');
  const indices = decodeChoices(choices);
  if (!indices) return damaged('the list of choices is not valid');
  return { ok: true, point: { scenarioId, seed: parseInt(seed, 36), choices: indices } };
}
