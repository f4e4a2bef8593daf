/**
 * After-action review: replays an attempt decision by decision (same story, seed and choices), giving at each
 * step the situation the trainee saw, the choices on offer, the choice made, and the evidence it gave with the
 * feedback and the guidance behind it. Pure. The replay itself (replayAttempt) is shared with the map of the
 * path (path-map.ts).
 */
import { criterionText, storyFor } from '../content/localize.ts';
import type { Catalogue, Citation, Scenario } from '../content/types.ts';
import { createRunner } from '../ink/runner.ts';
import type { StoryChoice, StoryStep } from '../ink/runner.ts';
import type { Attempt } from '../records/attempt.ts';
import type { Profile } from '../records/profile.ts';
import type { Decision } from '../scoring/decision.ts';
import { storyGlobals } from '../session/story-globals.ts';
import { applyStep, EMPTY_STAGE } from '../session/view.ts';
import type { ViewLine } from '../session/view.ts';
import type { Level } from '../tags/vocabulary.ts';

export interface ReviewEvidence {
  criterion: string;
  title: string;
  level: Level;
  feedback: string;
  citations: Citation[];
  /** The citations' short titles and sections in the review's language, same order. */
  citationWords: { title: string; section: string }[];
}

export interface ReviewStep {
  seq: number;
  situation: ViewLine[];
  offered: { index: number; text: string }[];
  chosen: { index: number; text: string };
  at: number;
  evidence: ReviewEvidence[];
  critical: { criterion: string; title: string }[];
}

export interface Review {
  steps: ReviewStep[];
  /** What the story showed after the last decision. */
  outcome: ViewLine[];
  /** Set when the attempt cannot be replayed against this scenario version (the interface words it). */
  problem: ReviewProblem | null;
}

/** Decision `seq` of an attempt made with content `used` no longer fits the scenario's current `version`. */
export interface ReviewProblem {
  seq: number;
  version: string;
  used: string;
}

/** One decision as the replay met it: what the story showed before it, the choices on offer, the one taken. */
export interface ReplayedStep {
  decision: Decision;
  situation: ViewLine[];
  /** The choices on offer, as the runner gives them (text in the replay's language, tags parsed). */
  offered: StoryChoice[];
  chosen: StoryChoice;
}

export interface Replay {
  steps: ReplayedStep[];
  /** What the story showed after the last decision replayed. */
  outcome: ViewLine[];
  /** The ending the story reached (its id), or null when the replay reached none. */
  ending: string | null;
  problem: ReviewProblem | null;
}

/**
 * Plays an attempt again through its scenario's story in `language`, with its seed, the trainee's story globals
 * and its choices, one decision at a time. Stops with a problem at the first decision whose choice the story does
 * not offer there (or that the story cannot take), instead of inventing a path.
 */
export function replayAttempt(
  attempt: Pick<Attempt, 'seed' | 'decisions' | 'scenarioVersion'>,
  scenario: Scenario,
  profile: Pick<Profile, 'component'> | null,
  language = 'en',
): Replay {
  const runner = createRunner(storyFor(scenario, language), storyGlobals(profile), attempt.seed);
  const steps: ReplayedStep[] = [];
  let stage = EMPTY_STAGE;
  let ending: string | null = null;
  const view = (step: StoryStep) => {
    const applied = applyStep(stage, step);
    stage = applied.stage;
    ending = applied.ending ?? ending;
    return applied.lines;
  };
  let step = runner.continue();
  let situation = view(step);
  for (const decision of attempt.decisions) {
    const problem = { seq: decision.seq, version: scenario.version, used: attempt.scenarioVersion };
    const chosen = step.choices.find((c) => c.index === decision.choiceIndex);
    if (!chosen) return { steps, outcome: [], ending: null, problem };
    steps.push({ decision, situation, offered: step.choices, chosen });
    try {
      step = runner.choose(chosen.index);
    } catch {
      // The story cannot go on from this choice (a runtime error of this version): the attempt does not fit it.
      return { steps: steps.slice(0, -1), outcome: [], ending: null, problem };
    }
    situation = view(step);
  }
  return { steps, outcome: situation, ending, problem: null };
}

export function reviewAttempt(
  attempt: Attempt,
  scenario: Scenario,
  catalogue: Catalogue,
  profile: Pick<Profile, 'component'> | null,
  language = 'en',
): Review {
  const byId = new Map(catalogue.criteria.map((c) => [c.id, c]));
  const criterionTitle = (id: string) => {
    const c = byId.get(id);
    return c ? criterionText(c, language).title : id;
  };
  const replay = replayAttempt(attempt, scenario, profile, language);
  const steps = replay.steps.map(({ decision, situation, offered, chosen }): ReviewStep => ({
    seq: decision.seq,
    situation,
    offered: offered.map((c) => ({ index: c.index, text: c.text })),
    chosen: { index: chosen.index, text: chosen.text },
    at: decision.at,
    evidence: chosen.events.flatMap((e) => {
      const criterion = e.kind === 'evidence' ? byId.get(e.criterion) : undefined;
      return e.kind === 'evidence' && criterion
        ? [
            {
              criterion: e.criterion,
              title: criterionText(criterion, language).title,
              level: e.level,
              feedback: criterionText(criterion, language).levels[e.level].feedback,
              citations: criterion.citations,
              citationWords: criterionText(criterion, language).citations,
            },
          ]
        : [];
    }),
    critical: chosen.events.flatMap((e) =>
      e.kind === 'critical' ? [{ criterion: e.criterion, title: criterionTitle(e.criterion) }] : [],
    ),
  }));
  return { steps, outcome: replay.outcome, problem: replay.problem };
}
