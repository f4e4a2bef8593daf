/**
 * The tag grammar: inkle's `# key: value` tags parsed into typed events. This is the only place that reads raw
 * tag strings; everything else sees TagEvent.
 */
import { EXPRESSIONS, LEVELS, MAP_TARGETS, SETTINGS, TAG_KEYS } from './vocabulary.ts';
import type { Expression, Level, MapTarget, Setting, TagKey } from './vocabulary.ts';

export type TagEvent =
  | { kind: 'scene'; setting: Setting }
  | { kind: 'speaker'; who: string }
  | { kind: 'person'; who: string; expression: Expression }
  | { kind: 'evidence'; criterion: string; level: Level }
  | { kind: 'critical'; criterion: string }
  | { kind: 'ending'; ending: string }
  | { kind: 'map'; target: MapTarget };

export type TagParse = { ok: true; event: TagEvent } | { ok: false; tag: string; message: string };

/** Tags that belong on a choice; the others belong on a line of story text. */
export const CHOICE_TAG_KINDS: ReadonlySet<TagEvent['kind']> = new Set(['evidence', 'critical', 'map']);

const ID = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;

function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

function fail(tag: string, message: string): TagParse {
  return { ok: false, tag, message };
}

export function parseTag(raw: string): TagParse {
  const tag = raw.trim();
  const colon = tag.indexOf(':');
  if (colon < 0) return fail(tag, `tag "${tag}" is not in the form "key: value"`);
  const key = tag.slice(0, colon).trim();
  const words = tag
    .slice(colon + 1)
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (!isOneOf<TagKey>(TAG_KEYS, key)) {
    return fail(tag, `unknown tag key "${key}" (known: ${TAG_KEYS.join(', ')})`);
  }
  const arity = key === 'person' || key === 'evidence' ? 2 : 1;
  if (words.length !== arity) {
    return fail(tag, `tag "${key}" takes ${arity} value${arity > 1 ? 's' : ''}, got "${words.join(' ')}"`);
  }
  const [first = '', second = ''] = words;
  if (key === 'scene') {
    if (!isOneOf(SETTINGS, first))
      return fail(tag, `unknown setting "${first}" (known: ${SETTINGS.join(', ')})`);
    return { ok: true, event: { kind: 'scene', setting: first } };
  }
  if (key === 'map') {
    if (!isOneOf(MAP_TARGETS, first))
      return fail(tag, `unknown map target "${first}" (known: ${MAP_TARGETS.join(', ')})`);
    return { ok: true, event: { kind: 'map', target: first } };
  }
  if (!ID.test(first)) return fail(tag, `"${first}" is not a valid id (lowercase letters, digits, - and .)`);
  switch (key) {
    case 'speaker':
      return { ok: true, event: { kind: 'speaker', who: first } };
    case 'person':
      if (!isOneOf(EXPRESSIONS, second)) {
        return fail(tag, `unknown expression "${second}" (known: ${EXPRESSIONS.join(', ')})`);
      }
      return { ok: true, event: { kind: 'person', who: first, expression: second } };
    case 'evidence': {
      const level = Number(second);
      if (!/^\d$/.test(second) || !isOneOf(LEVELS, level)) {
        return fail(tag, `evidence level must be 0, 1, 2 or 3, got "${second}"`);
      }
      return { ok: true, event: { kind: 'evidence', criterion: first, level } };
    }
    case 'critical':
      return { ok: true, event: { kind: 'critical', criterion: first } };
    case 'ending':
      return { ok: true, event: { kind: 'ending', ending: first } };
  }
}

/** Parses a list of tags; throws on the first bad one (content is checked at build time, so this is a bug). */
export function parseTagsStrict(tags: readonly string[] | null | undefined): TagEvent[] {
  return (tags ?? []).map((t) => {
    const parsed = parseTag(t);
    if (!parsed.ok) throw new Error(`Bad ink tag: ${parsed.message}`);
    return parsed.event;
  });
}

/** Writes an event back as the tag an author would type (for messages). */
export function formatTag(e: TagEvent): string {
  switch (e.kind) {
    case 'scene':
      return `scene: ${e.setting}`;
    case 'speaker':
      return `speaker: ${e.who}`;
    case 'person':
      return `person: ${e.who} ${e.expression}`;
    case 'evidence':
      return `evidence: ${e.criterion} ${e.level}`;
    case 'critical':
      return `critical: ${e.criterion}`;
    case 'ending':
      return `ending: ${e.ending}`;
    case 'map':
      return `map: ${e.target}`;
  }
}
