/** What every export reads, and the lookups the exports share. */
import type { Catalogue, ScenarioInfo } from '../../content/types.ts';
import type { Attempt } from '../attempt.ts';
import type { Profile } from '../profile.ts';

/** The scenario metadata an export needs (the story itself is not). */
export type ScenarioMeta = Pick<ScenarioInfo, 'id' | 'title' | 'version' | 'rubric'>;

export interface ExportInput {
  profiles: readonly Profile[];
  attempts: readonly Attempt[];
  scenarios: readonly ScenarioMeta[];
  catalogue: Catalogue;
}

/**
 * Attempts by start time, then id, so that an export of the same records always has the same order whatever
 * order they were stored or merged in.
 */
export function orderedAttempts(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** ISO 8601 in UTC; empty for a missing or unusable time rather than throwing in the middle of an export. */
export function isoTime(millis: number | null): string {
  if (millis === null || !Number.isFinite(millis)) return '';
  const date = new Date(millis);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/**
 * Criterion ids for per-criterion columns: every catalogue criterion that some exported scenario's rubric uses,
 * in catalogue order (so the columns stay the same from one export to the next), then any criterion an attempt
 * was scored on that the current content no longer has (an attempt made on older content), so no result is
 * dropped.
 */
export function criterionColumns(input: ExportInput): string[] {
  const used = new Set(input.scenarios.flatMap((s) => s.rubric.criteria.map((c) => c.id)));
  const columns = input.catalogue.criteria.map((c) => c.id).filter((id) => used.has(id));
  const known = new Set(columns);
  const extra = new Set<string>();
  for (const a of input.attempts) {
    for (const c of a.result?.criteria ?? []) if (!known.has(c.id)) extra.add(c.id);
  }
  return [...columns, ...[...extra].sort()];
}
