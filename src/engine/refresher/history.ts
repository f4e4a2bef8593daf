/**
 * A trainee's history per criterion: the level shown the last time the criterion was practised, and when. Pure;
 * read from attempt records of any scenario (core course or snap situation).
 */
import type { Attempt } from '../records/attempt.ts';
import type { Level } from '../tags/vocabulary.ts';

export interface Practice {
  /** Weakest level shown in the latest attempt that evidenced the criterion (as scoring counts it). */
  level: Level;
  /** When that attempt last recorded a decision (ms since the epoch). */
  at: number;
}

/** Criterion id → its latest practice. Attempts still in progress count: their choices were made. */
export function practiceHistory(attempts: readonly Attempt[]): Map<string, Practice> {
  const history = new Map<string, Practice>();
  for (const attempt of attempts) {
    const weakest = new Map<string, Level>();
    for (const d of attempt.decisions) {
      for (const e of d.evidence) {
        const before = weakest.get(e.criterion);
        if (before === undefined || e.level < before) weakest.set(e.criterion, e.level);
      }
    }
    const at = lastActive(attempt);
    for (const [criterion, level] of weakest) {
      const known = history.get(criterion);
      if (!known || at > known.at) history.set(criterion, { level, at });
    }
  }
  return history;
}

/** When each scenario was last played (ms since the epoch). */
export function lastPlayed(attempts: readonly Attempt[]): Map<string, number> {
  const played = new Map<string, number>();
  for (const a of attempts) {
    const at = lastActive(a);
    if (at > (played.get(a.scenarioId) ?? -Infinity)) played.set(a.scenarioId, at);
  }
  return played;
}

/** When an attempt was last worked on: its end, else its last decision, else its start. */
const lastActive = (a: Attempt): number => a.endedAt ?? a.decisions.at(-1)?.at ?? a.startedAt;
