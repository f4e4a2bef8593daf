/** The attempt record a session's context describes, for storage. Pure. */
import type { ScenarioInfo } from '../content/types.ts';
import type { SessionContext } from '../session/machine.ts';
import type { Attempt, AttemptStatus } from './attempt.ts';
import { CLASSROOM_PROFILE_ID, classroomRecordOf } from './classroom.ts';

export function attemptOf(
  context: SessionContext,
  scenario: ScenarioInfo,
  appVersion: string,
  status: AttemptStatus,
): Attempt | null {
  const { profile, attemptId, seed, startedAt, classroom } = context;
  if (attemptId === null || seed === null || startedAt === null) return null;
  // A classroom is the group's, not the signed-in trainee's (a one-person device keeps its owner signed in).
  const group = context.mode === 'classroom' ? classroom : null;
  if (context.mode === 'classroom' && !group) return null;
  if (!group && !profile) return null;
  return {
    id: attemptId,
    profileId: group ? CLASSROOM_PROFILE_ID : profile!.id,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    appVersion,
    // A classroom runs at a training centre, before deployment.
    stage: group ? 'pre-deployment' : profile!.stage,
    mode: context.mode,
    seed,
    startedAt,
    endedAt: status === 'in-progress' ? null : (context.endedAt ?? null),
    status,
    decisions: context.decisions,
    inkState: context.inkState,
    ending: context.ending,
    result: context.result,
    ...(group ? { classroom: classroomRecordOf(group) } : {}),
  };
}
