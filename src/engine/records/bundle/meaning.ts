/**
 * Whether an imported attempt means what it says. Its shape was checked already (schema.ts); here it is played
 * again: each decision through the scenario's story with the recorded seed (the chosen text must be offered at
 * that point, with the evidence the story gives it), the result recomputed from those decisions and compared
 * with the one stored, the ending and the times checked. An edited result, a pass with no decisions, an unknown
 * scenario or criterion, or a date in 2999 cannot get through, whatever digest the file carries.
 *
 * An attempt made on another version of a scenario cannot be played again here: it is "unverifiable", and imports
 * only as an unverified record (see import.ts).
 */
import type { Scenario } from '../../content/types.ts';
import { createRunner } from '../../ink/runner.ts';
import type { InkRunner, StoryGlobals, StoryStep } from '../../ink/runner.ts';
import { decisionOf } from '../../scoring/decision.ts';
import { score } from '../../scoring/score.ts';
import type { Attempt } from '../attempt.ts';
import { classroomProblem } from '../classroom.ts';
import type { Profile } from '../profile.ts';
import { canonicalJson } from './canonical.ts';

export interface MeaningContext {
  /** The scenario with its stories (all languages), or undefined when this Waypoint has no such scenario. */
  scenario(id: string): Scenario | undefined;
  /** The profile an attempt belongs to: in the file or already on this device. */
  profile(id: string): Profile | undefined;
  /** Milliseconds since the epoch. */
  now: number;
}

/** Why an attempt does not mean what it says, as a code the interface words (see messages.ts). */
export type MeaningProblem =
  | { code: 'unknownScenario'; attempt: string; scenario: string }
  | { code: 'unknownProfile' | 'future' | 'badTimes' | 'statusMismatch' | 'endingMismatch'; attempt: string }
  | { code: 'unfinishedResult' | 'unplayable'; attempt: string }
  | { code: 'notOffered' | 'wrongEvidence' | 'wrongVotes'; attempt: string; seq: number }
  | { code: 'wrongResult'; attempt: string; percent: number }
  | { code: 'otherVersion'; attempt: string; scenario: string; version: string };

export type Meaning = { ok: true } | { ok: false; unverifiable: boolean; problem: MeaningProblem };

/** A little slack for a device whose clock runs ahead. */
const CLOCK_SLACK_MS = 10 * 60_000;

const bad = (problem: MeaningProblem): Meaning => ({ ok: false, unverifiable: false, problem });

export function attemptMeaning(a: Attempt, ctx: MeaningContext): Meaning {
  const attempt = a.id;
  const scenario = ctx.scenario(a.scenarioId);
  if (!scenario) return bad({ code: 'unknownScenario', attempt, scenario: a.scenarioId });
  // A classroom is the group's (its shape check ties it to no trainee); any other attempt is someone's.
  const profile = a.classroom ? null : ctx.profile(a.profileId);
  if (!a.classroom && !profile) return bad({ code: 'unknownProfile', attempt });
  const times = timeProblem(a, ctx.now);
  if (times) return bad({ code: times, attempt });
  if (a.scenarioVersion !== scenario.version) {
    return {
      ok: false,
      unverifiable: true,
      problem: { code: 'otherVersion', attempt, scenario: a.scenarioId, version: a.scenarioVersion },
    };
  }
  // As the session played it: a group with the story's defaults, a trainee with their component.
  const replayed = replay(a, scenario, profile ? { component: profile.component } : {});
  if ('code' in replayed) return bad(replayed);
  const { step, ending, offered } = replayed;
  // The group's votes: one count per choice the story offered, and each decision the one the votes say.
  const votes = a.classroom ? classroomProblem(a.classroom, a.decisions, (seq) => offered[seq - 1]) : null;
  if (votes) return bad({ code: 'wrongVotes', attempt, seq: votes.seq ?? 1 });
  if ((a.status === 'completed') !== step.ended) return bad({ code: 'statusMismatch', attempt });
  if ((a.status === 'completed' ? ending : null) !== a.ending)
    return bad({ code: 'endingMismatch', attempt });
  if (a.status === 'completed') {
    const result = score(a.decisions, scenario.rubric, scenario.best);
    if (canonicalJson(result) !== canonicalJson(a.result)) {
      return bad({ code: 'wrongResult', attempt, percent: result.percent });
    }
  } else if (a.result !== null) {
    return bad({ code: 'unfinishedResult', attempt });
  }
  return { ok: true };
}

function timeProblem(a: Attempt, now: number): 'future' | 'badTimes' | null {
  const latest = now + CLOCK_SLACK_MS;
  if (a.startedAt > latest || (a.endedAt !== null && a.endedAt > latest)) return 'future';
  let previous = a.startedAt;
  for (const d of a.decisions) {
    if (d.at > latest) return 'future';
    if (d.at < previous) return 'badTimes';
    previous = d.at;
  }
  if (a.endedAt !== null && a.endedAt < previous) return 'badTimes';
  return null;
}

/** Plays the decisions again in every language of the story at once (they share one structure). */
function replay(
  a: Attempt,
  scenario: Scenario,
  globals: StoryGlobals,
): { step: StoryStep; ending: string | null; offered: number[] } | MeaningProblem {
  const attempt = a.id;
  const stories = [scenario.story, ...Object.values(scenario.translations).map((t) => t.story)];
  if (stories.some((s) => s === '')) throw new Error(`the stories of ${scenario.id} are not loaded`);
  let runners: InkRunner[];
  let steps: StoryStep[];
  try {
    runners = stories.map((s) => createRunner(s, globals, a.seed));
    steps = runners.map((r) => r.continue());
  } catch {
    return { code: 'unplayable', attempt };
  }
  let ending = endingOf(steps[0]);
  /** How many choices were offered at each decision. */
  const offered: number[] = [];
  for (const d of a.decisions) {
    const [main] = steps;
    offered.push(main?.choices.length ?? 0);
    const choice = main?.choices.find((c) => c.index === d.choiceIndex);
    if (!main || !choice) return { code: 'notOffered', attempt, seq: d.seq };
    const texts = steps.map((s) => s.choices.find((c) => c.index === d.choiceIndex)?.text);
    if (choice.where !== d.where || !texts.includes(d.choiceText))
      return { code: 'notOffered', attempt, seq: d.seq };
    const expected = decisionOf(choice, d.seq, d.at);
    if (
      canonicalJson(expected.evidence) !== canonicalJson(d.evidence) ||
      canonicalJson(expected.critical) !== canonicalJson(d.critical)
    ) {
      return { code: 'wrongEvidence', attempt, seq: d.seq };
    }
    try {
      steps = runners.map((r) => r.choose(d.choiceIndex));
    } catch {
      return { code: 'notOffered', attempt, seq: d.seq };
    }
    ending = endingOf(steps[0]) ?? ending;
  }
  return { step: steps[0] as StoryStep, ending, offered };
}

function endingOf(step: StoryStep | undefined): string | null {
  let found: string | null = null;
  for (const line of step?.lines ?? [])
    for (const e of line.events) if (e.kind === 'ending') found = e.ending;
  return found;
}
