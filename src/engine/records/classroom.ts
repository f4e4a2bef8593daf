/**
 * A classroom session: a trainer plays a scenario with a whole group, and the group votes at every decision. The
 * record of its votes, and the rules that keep the votes honest: counts never exceed the head count, the group's
 * choice is the majority unless the trainer overrides it with a one-line reason. Pure; the session machine, the
 * bundle import and the exports all use these same rules.
 */
import type { Decision } from '../scoring/decision.ts';

/**
 * The profile id of every classroom attempt: the group is not a trainee, so it never matches a profile, a
 * certificate or a resume offer.
 */
export const CLASSROOM_PROFILE_ID = 'classroom';

/** Most people a head count may give: a room, not a stadium; a typo of 2000 for 20 is refused. */
export const MAX_HEAD_COUNT = 500;

/** Longest override reason kept: one line. */
export const MAX_REASON_LENGTH = 200;

/** How the group voted at one decision. */
export interface ClassroomVote {
  /** The decision it decided (Decision.seq). */
  seq: number;
  /** Votes per choice offered, by the choice's index as ink numbers it (Decision.choiceIndex). */
  counts: number[];
  /** Whether the vote bars were shown to the room before the group decided. */
  revealed: boolean;
  /** Why the trainer took another choice than the majority's (one line); null when the majority decided. */
  override: string | null;
}

/** What a classroom attempt records beyond any attempt. */
export interface ClassroomRecord {
  /** How many people were in the room, when the trainer gave it (or ticked who was present). */
  headCount: number | null;
  /** Profile ids of the device's trainees ticked as present (possibly none). */
  present: string[];
  /** One per decision, in order. */
  votes: ClassroomVote[];
}

/** The decision the group is discussing now: the votes so far, whether they are shown, and an override. */
export interface ClassroomTally {
  counts: number[];
  revealed: boolean;
  override: { index: number; reason: string } | null;
}

/** A classroom under way, as the session keeps it. */
export interface ClassroomRun extends ClassroomRecord {
  tally: ClassroomTally;
}

export const emptyTally = (choices: number): ClassroomTally => ({
  counts: Array.from({ length: choices }, () => 0),
  revealed: false,
  override: null,
});

/** The choice with the most votes, or null when no choice has more votes than every other (none, or a tie). */
export function majorityOf(counts: readonly number[]): number | null {
  const most = Math.max(0, ...counts);
  if (most === 0) return null;
  const top = counts.flatMap((n, i) => (n === most ? [i] : []));
  return top.length === 1 ? top[0]! : null;
}

/** One line: inner whitespace (line breaks included) becomes single spaces, trimmed, cut to MAX_REASON_LENGTH. */
export function oneLine(reason: string): string {
  return reason.replace(/\s+/g, ' ').trim().slice(0, MAX_REASON_LENGTH).trim();
}

const total = (counts: readonly number[]) => counts.reduce((sum, n) => sum + n, 0);

/** Whether these counts can be entered: whole numbers from 0, and no more in all than the head count. */
export function countsFit(counts: readonly number[], headCount: number | null): boolean {
  return (
    counts.every((n) => Number.isInteger(n) && n >= 0) && (headCount === null || total(counts) <= headCount)
  );
}

/** Whether a head count and a list of who is present can start a classroom. */
export function attendanceFits(headCount: number | null, present: readonly string[]): boolean {
  if (new Set(present).size !== present.length || present.some((id) => id.trim() === '')) return false;
  if (headCount === null) return true;
  return (
    Number.isInteger(headCount) &&
    headCount >= 1 &&
    headCount <= MAX_HEAD_COUNT &&
    headCount >= present.length
  );
}

/** The head count to keep: the one typed, else how many were ticked as present, else unknown. */
export function headCountOf(typed: number | null, present: readonly string[]): number | null {
  return typed ?? (present.length > 0 ? present.length : null);
}

/**
 * Whether the trainer may override the majority with this choice: it is offered, it is not the majority's own
 * choice (that would be no override), and there is a reason.
 */
export function overrideFits(tally: ClassroomTally, index: number, reason: string): boolean {
  return (
    Number.isInteger(index) &&
    index >= 0 &&
    index < tally.counts.length &&
    index !== majorityOf(tally.counts) &&
    oneLine(reason) !== ''
  );
}

/** The group's choice: the trainer's override, else the majority; null while neither decides. */
export function groupChoice(tally: ClassroomTally): number | null {
  return tally.override?.index ?? majorityOf(tally.counts);
}

/** The record of a decided tally. */
export function voteOf(tally: ClassroomTally, seq: number): ClassroomVote {
  return {
    seq,
    counts: [...tally.counts],
    revealed: tally.revealed,
    override: tally.override ? oneLine(tally.override.reason) : null,
  };
}

/** The record of a classroom, without the decision still under discussion. */
export const classroomRecordOf = ({ headCount, present, votes }: ClassroomRun): ClassroomRecord => ({
  headCount,
  present: [...present],
  votes: [...votes],
});

/**
 * Why a classroom record does not fit its decisions, or null when it does: one vote per decision in order, no
 * more votes than the head count, and each decision taken as the votes say (the majority, or an override with a
 * reason). `offered(seq)` gives how many choices the story offered at that decision, when known (an import plays
 * the story again to know it). `seq` names the decision whose vote is wrong, when one is.
 */
export function classroomProblem(
  record: ClassroomRecord,
  decisions: readonly Decision[],
  offered?: (seq: number) => number | undefined,
): { seq: number | null; why: string } | null {
  if (!attendanceFits(record.headCount, record.present)) {
    return { seq: null, why: 'the head count or who was present' };
  }
  if (record.votes.length !== decisions.length) return { seq: null, why: 'not one vote per decision' };
  for (const [i, vote] of record.votes.entries()) {
    const d = decisions[i]!;
    const wrong = (why: string) => ({ seq: d.seq, why: `the vote at decision ${d.seq}: ${why}` });
    if (vote.seq !== d.seq) return wrong('its sequence');
    if (!countsFit(vote.counts, record.headCount)) return wrong('more votes than people');
    const choices = offered?.(d.seq);
    if (choices !== undefined && vote.counts.length !== choices) return wrong('not one count per choice');
    if (d.choiceIndex >= vote.counts.length) return wrong('the choice taken was not voted on');
    const majority = majorityOf(vote.counts);
    if (vote.override === null) {
      if (majority !== d.choiceIndex) return wrong("the choice taken is not the majority's");
    } else if (oneLine(vote.override) === '' || majority === d.choiceIndex) {
      return wrong("an override needs a reason and another choice than the majority's");
    }
  }
  return null;
}
