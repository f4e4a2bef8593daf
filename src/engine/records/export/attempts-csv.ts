/**
 * The attempts CSV: one row per attempt, with the trainee (or, for a classroom session, the head count and who was
 * present), the outcome and the level reached per criterion.
 */
import { attemptMode, isVerified } from '../attempt.ts';
import { csvFile } from './csv.ts';
import { byId, criterionColumns, isoTime, orderedAttempts } from './input.ts';
import type { ExportInput } from './input.ts';

const FIXED_COLUMNS = [
  'attempt_id',
  'profile_id',
  'name',
  'service_number',
  'component',
  'sex',
  'country',
  'mission',
  'cohort',
  'stage',
  'mode',
  'scenario_id',
  'scenario_title',
  'content_version',
  'app_version',
  'status',
  'started',
  'ended',
  'duration_seconds',
  'ending',
  'score_percent',
  'passed',
  'critical_errors',
  'decisions',
  'verified',
  // Classroom sessions only (mode "classroom"): how many were in the room, and the profile ids ticked present.
  'head_count',
  'present',
] as const;

/**
 * Every attempt is a row even when its profile or scenario is missing from the input (those cells are then
 * empty), because an export must not drop a record. Score cells are empty until an attempt has a result.
 */
export function attemptsCsv(input: ExportInput): string {
  const profiles = byId(input.profiles);
  const scenarios = byId(input.scenarios);
  const criteria = criterionColumns(input);
  const rows = orderedAttempts(input.attempts).map((a) => {
    const p = profiles.get(a.profileId);
    const s = scenarios.get(a.scenarioId);
    const r = a.result;
    const levels = new Map(r?.criteria.map((c) => [c.id, c.level]));
    const duration = a.endedAt === null ? null : Math.round((a.endedAt - a.startedAt) / 1000);
    return [
      a.id,
      a.profileId,
      p?.name ?? '',
      p?.serviceNumber ?? '',
      p?.component ?? '',
      p?.sex ?? '',
      p?.country ?? '',
      p?.mission ?? '',
      p?.cohort ?? '',
      // The stage recorded with the attempt: a profile's stage moves on, the attempt's does not.
      a.stage,
      // "refresher": a snap situation played in an in-mission refresher.
      attemptMode(a),
      a.scenarioId,
      s?.title ?? '',
      a.scenarioVersion,
      a.appVersion,
      a.status,
      isoTime(a.startedAt),
      isoTime(a.endedAt),
      duration !== null && Number.isFinite(duration) ? duration : null,
      a.ending ?? '',
      r ? r.percent : null,
      r ? (r.passed ? 'yes' : 'no') : '',
      r ? [...new Set(r.criticalErrors.map((e) => e.criterion))].join(';') : '',
      a.decisions.length,
      // "no": imported unsigned, from an unknown cohort, or from another content version (never certified).
      isVerified(a) ? 'yes' : 'no',
      a.classroom?.headCount ?? null,
      a.classroom?.present.join(';') ?? '',
      ...criteria.map((id) => levels.get(id) ?? null),
    ];
  });
  return csvFile([...FIXED_COLUMNS, ...criteria], rows);
}
