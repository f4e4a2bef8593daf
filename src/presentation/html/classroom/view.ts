/**
 * What the projector shows, as plain data the presenter sends it over a BroadcastChannel after every change: the
 * projector window runs no session of its own, so everything it draws is in here. It never carries the discussion
 * prompts (those are for the trainer only) and the votes only once the trainer has revealed them.
 */
import type { Level } from '../../../engine/tags/vocabulary.ts';
import type { StageState } from '../../stage/stage-view.ts';

/** The group's debrief, as the presenter and the projector both draw it. */
export interface GroupDebrief {
  ending: { title: string; summary: string } | null;
  passed: boolean;
  percent: number;
  points: {
    seq: number;
    /** Every choice offered there, in the order the story offered them. */
    choices: { text: string; level: Level | null; critical: boolean; votes: number; taken: boolean }[];
    override: string | null;
  }[];
  criteria: { id: string; title: string; level: Level | null; statement: string; feedback: string }[];
  /** The path could not be replayed here (the scenario changed since): the criteria are still shown. */
  partial: boolean;
}

export interface AudienceView {
  /** The classroom attempt's id: a projector left open from another session starts afresh. */
  session: string;
  language: string;
  /** The trainer's high-contrast setting, honoured on the projector. */
  highContrast: boolean;
  title: string;
  phase: 'loading' | 'playing' | 'debrief' | 'ended';
  /** The decision on offer (1-based), or 0 while the story moves on. */
  decision: number;
  /** The story so far; the projector shows its end in large type. */
  lines: { speaker: string | null; text: string }[];
  stage: StageState | null;
  caption: string;
  choices: { text: string; votes: number | null }[];
  revealed: boolean;
  /** When revealed: the choice the group will take (its position in `choices`), or null with no majority. */
  groupChoice: number | null;
  headCount: number | null;
  debrief: GroupDebrief | null;
}

/** Messages on the classroom's channel. The projector can only ask for the current view, never change it. */
export type ChannelMessage = { type: 'view'; view: AudienceView } | { type: 'hello' };

export const CHANNEL_NAME = 'waypoint-classroom';

/** The query parameter that opens the app as the projector window. */
export const AUDIENCE_PARAM = 'classroom';
export const AUDIENCE_VALUE = 'audience';

export function isAudienceUrl(url: URL): boolean {
  return url.searchParams.get(AUDIENCE_PARAM) === AUDIENCE_VALUE;
}

export function audienceUrl(from: URL): string {
  return `${from.origin}${from.pathname}?${AUDIENCE_PARAM}=${AUDIENCE_VALUE}`;
}

/** A plain, well-formed message, or null: the channel carries only what this file describes. */
export function readMessage(data: unknown): ChannelMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as { type?: unknown; view?: unknown };
  if (m.type === 'hello') return { type: 'hello' };
  if (m.type === 'view' && typeof m.view === 'object' && m.view !== null) {
    const v = m.view as Partial<AudienceView>;
    if (typeof v.session === 'string' && typeof v.phase === 'string' && Array.isArray(v.choices))
      return { type: 'view', view: m.view as AudienceView };
  }
  return null;
}
