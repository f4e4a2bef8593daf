/**
 * The group's debrief as data: each decision with every choice offered, its level, its votes and the one taken
 * (the after-action review's replay gives the choices not taken and their levels, as on a trainee's map), the
 * result, and the criteria with the group's level, good practice and the feedback for that level.
 */
import { criterionText, scenarioText } from '../../../engine/content/localize.ts';
import type { Catalogue, Scenario } from '../../../engine/content/types.ts';
import type { ClassroomVote } from '../../../engine/records/classroom.ts';
import type { Decision } from '../../../engine/scoring/decision.ts';
import type { ScoreResult } from '../../../engine/scoring/score.ts';
import { lowestLevel, pathMap } from '../../../engine/trainer/path-map.ts';
import type { GroupDebrief } from './view.ts';

export function groupDebriefOf(
  session: {
    seed: number;
    decisions: Decision[];
    result: ScoreResult;
    ending: string | null;
    votes: ClassroomVote[];
  },
  scenario: Scenario,
  catalogue: Catalogue,
  language: string,
): GroupDebrief {
  const map = pathMap(
    { seed: session.seed, decisions: session.decisions, scenarioVersion: scenario.version },
    scenario,
    catalogue,
    null,
    language,
  );
  const votes = new Map(session.votes.map((v) => [v.seq, v]));
  const points = map.points.map((p) => {
    const vote = votes.get(p.seq);
    const choices = [p.chosen, ...p.others]
      .sort((a, b) => a.index - b.index)
      .map((c) => ({
        text: c.text,
        level: lowestLevel(c),
        critical: c.critical.length > 0,
        votes: vote?.counts[c.index] ?? 0,
        taken: c.index === p.chosen.index,
      }));
    return { seq: p.seq, choices, override: vote?.override ?? null };
  });
  const byId = new Map(catalogue.criteria.map((c) => [c.id, c]));
  const criteria = session.result.criteria.flatMap((r) => {
    const c = byId.get(r.id);
    if (!c) return [];
    const words = criterionText(c, language);
    return [
      {
        id: r.id,
        title: words.title,
        level: r.level,
        statement: words.statement,
        feedback: r.level === null ? '' : words.levels[r.level].feedback,
      },
    ];
  });
  const ending =
    session.ending === null ? null : (scenarioText(scenario, language).ending(session.ending) ?? null);
  return {
    ending: ending ? { title: ending.title, summary: ending.summary } : null,
    passed: session.result.passed,
    percent: session.result.percent,
    points,
    criteria,
    partial: map.problem !== null,
  };
}
