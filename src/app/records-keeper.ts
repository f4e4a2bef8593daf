/**
 * Keeps the records of a session: saves the profile when it changes and the attempt at every decision, at the
 * end, and when the trainee leaves. Writes are queued in order. When storage fails, it says so once, moves to an
 * in-memory store holding everything known so far, and play goes on.
 */
import type { Actor } from 'xstate';
import type { Scenario } from '../engine/content/types';
import type { Attempt, AttemptStatus } from '../engine/records/attempt';
import type { Profile } from '../engine/records/profile';
import { attemptOf } from '../engine/records/session-attempt';
import type { RecordStore } from '../engine/records/store';
import type { SessionContext, SessionMachine } from '../engine/session/machine';
import { memoryStore } from '../storage/memory-store';
import { classify } from '../storage/storage-error';
import type { StorageProblem } from '../storage/storage-error';

export const CURRENT_PROFILE = 'currentProfile';

export interface RecordsKeeper {
  readonly store: RecordStore;
  /** Everything saved or attempted to be saved in this page's life, for an emergency export. */
  known(): { profiles: Profile[]; attempts: Attempt[] };
  /** Resolves when queued writes are done. */
  settled(): Promise<void>;
}

export function keepRecords(
  actor: Actor<SessionMachine>,
  initial: RecordStore,
  deps: {
    scenario(id: string): Scenario | undefined;
    appVersion: string;
    /** Told once, with what went wrong, when saving fails. */
    onProblem(problem: StorageProblem): void;
    seen?: { profiles: Profile[]; attempts: Attempt[] };
  },
): RecordsKeeper {
  let store = initial;
  let queue: Promise<void> = Promise.resolve();
  const profiles = new Map((deps.seen?.profiles ?? []).map((p) => [p.id, p]));
  const attempts = new Map((deps.seen?.attempts ?? []).map((a) => [a.id, a]));

  const write = (work: (s: RecordStore) => Promise<void>) => {
    queue = queue.then(async () => {
      try {
        await work(store);
      } catch (e) {
        if (store.kind === 'memory') return;
        const problem = classify(e);
        store = memoryStore({ profiles: [...profiles.values()], attempts: [...attempts.values()] });
        deps.onProblem(problem.problem);
      }
    });
  };

  const saveAttempt = (context: SessionContext, status: AttemptStatus) => {
    const scenario = context.scenarioId ? deps.scenario(context.scenarioId) : undefined;
    const attempt = scenario ? attemptOf(context, scenario, deps.appVersion, status) : null;
    if (!attempt) return;
    attempts.set(attempt.id, attempt);
    write((s) => s.putAttempt(attempt));
  };

  let previous = actor.getSnapshot();
  actor.subscribe((snapshot) => {
    const before = previous;
    previous = snapshot;
    const { context } = snapshot;
    if (context.profile && context.profile !== before.context.profile) {
      const profile = context.profile;
      profiles.set(profile.id, profile);
      write(async (s) => {
        await s.putProfile(profile);
        await s.setSetting(CURRENT_PROFILE, profile.id);
      });
    }
    const wasPlaying = before.matches('playing');
    if (snapshot.matches('playing') && context.decisions.length !== before.context.decisions.length) {
      saveAttempt(context, 'in-progress');
    } else if (snapshot.matches('playing') && !wasPlaying && context.decisions.length === 0) {
      saveAttempt(context, 'in-progress'); // a new attempt is on record from its start
    } else if (snapshot.matches('debrief') && !before.matches('debrief')) {
      saveAttempt(context, 'completed');
    } else if (wasPlaying && !snapshot.matches('playing') && !snapshot.matches('debrief')) {
      saveAttempt(before.context, 'abandoned');
    }
  });

  return {
    get store() {
      return store;
    },
    known: () => ({ profiles: [...profiles.values()], attempts: [...attempts.values()] }),
    settled: () => queue,
  };
}
