/** The attempt record a session's context describes, for storage. Pure. */
import type { ScenarioInfo } from '../content/types.ts';
import type { SessionContext } from '../session/machine.ts';
import type { Attempt, AttemptStatus } from './attempt.ts';

export function attemptOf(
  context: SessionContext,
  scenario: ScenarioInfo,
  appVersion: string,
  status: AttemptStatus,
): Attempt | null {
  const { profile, attemptId, seed, startedAt } = context;
  if (!profile || attemptId === null || seed === null || startedAt === null) return null;
  return {
    id: attemptId,
    profileId: profile.id,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    appVersion,
    stage: profile.stage,
    mode: context.mode,
    seed,
    startedAt,
    endedAt: status === 'in-progress' ? null : (context.endedAt ?? null),
    status,
    decisions: context.decisions,
    inkState: context.inkState,
    ending: context.ending,
    result: context.result,
  };
}
