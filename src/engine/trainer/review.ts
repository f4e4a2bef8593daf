/**
 * After-action review: replays an attempt decision by decision (same story, seed and choices), giving at each
 * step the situation the trainee saw, the choices on offer, the choice made, and the evidence it gave with the
 * feedback and the guidance behind it. Pure.
 */
import { criterionText, storyFor } from '../content/localize.ts';
import type { Catalogue, Citation, Scenario } from '../content/types.ts';
import { createRunner } from '../ink/runner.ts';
import type { Attempt } from '../records/attempt.ts';
import type { Profile } from '../records/profile.ts';
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

export function reviewAttempt(
  attempt: Attempt,
  scenario: Scenario,
  catalogue: Catalogue,
  profile: Pick<Profile, 'component'> | null,
  language = 'en',
): Review {
  const byId = new Map(catalogue.criteria.map((c) => [c.id, c]));
  const runner = createRunner(storyFor(scenario, language), storyGlobals(profile), attempt.seed);
  const criterionTitle = (id: string) => {
    const c = byId.get(id);
    return c ? criterionText(c, language).title : id;
  };
  const steps: ReviewStep[] = [];
  let stage = EMPTY_STAGE;
  const view = (step: ReturnType<typeof runner.continue>) => {
    const applied = applyStep(stage, step);
    stage = applied.stage;
    return applied.lines;
  };
  let step = runner.continue();
  let situation = view(step);
  for (const decision of attempt.decisions) {
    const choice = step.choices.find((c) => c.index === decision.choiceIndex);
    if (!choice) {
      return {
        steps,
        outcome: [],
        problem: { seq: decision.seq, version: scenario.version, used: attempt.scenarioVersion },
      };
    }
    steps.push({
      seq: decision.seq,
      situation,
      offered: step.choices.map((c) => ({ index: c.index, text: c.text })),
      chosen: { index: choice.index, text: choice.text },
      at: decision.at,
      evidence: choice.events.flatMap((e) => {
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
      critical: choice.events.flatMap((e) =>
        e.kind === 'critical' ? [{ criterion: e.criterion, title: criterionTitle(e.criterion) }] : [],
      ),
    });
    step = runner.choose(choice.index);
    situation = view(step);
  }
  return { steps, outcome: situation, problem: null };
}
