/**
 * Keeps the records of a session: saves the profile when it changes and the attempt at every decision, at the
 * end, and when the trainee leaves. Writes are queued in order. When storage fails, it says so once, moves to an
 * in-memory store holding everything known so far, and play goes on.
 */
import type { Actor } from 'xstate';
import type { ScenarioInfo } from '../engine/content/types.ts';
import type { Attempt, AttemptStatus } from '../engine/records/attempt.ts';
import type { Profile } from '../engine/records/profile.ts';
import { attemptOf } from '../engine/records/session-attempt.ts';
import type { RecordStore } from '../engine/ports/record-store.ts';
import type { SessionContext, SessionMachine } from '../engine/session/machine.ts';
import { serialQueue } from '../engine/serial-queue.ts';
import { memoryStore } from '../storage/memory-store.ts';
import { classify } from '../storage/storage-error.ts';
import type { StorageProblem } from '../storage/storage-error.ts';

export const CURRENT_PROFILE = 'currentProfile';

export interface RecordsKeeper {
  readonly store: RecordStore;
  /** Everything saved or attempted to be saved in this page's life, for an emergency export. */
  known(): { profiles: Profile[]; attempts: Attempt[] };
  /** Resolves when queued writes are done. */
  settled(): Promise<void>;
  /**
   * Resolves once this attempt is on record with at least this many decisions: committed to disk, or kept in
   * memory after a storage failure (which the trainee has been told about). The next choices wait for it, so a
   * decision shown as taken cannot be lost by a reload or a crash.
   */
  whenSaved(attemptId: string | null, decisions: number): Promise<void>;
}

/** A write that has not committed after this long is treated as a storage failure, so play never hangs on it. */
export const WRITE_PATIENCE_MS = 10_000;

export function keepRecords(
  actor: Actor<SessionMachine>,
  initial: RecordStore,
  deps: {
    scenario(id: string): ScenarioInfo | undefined;
    appVersion: string;
    /** Told once, with what went wrong, when saving fails. */
    onProblem(problem: StorageProblem): void;
    seen?: { profiles: Profile[]; attempts: Attempt[] };
    /** How long a write may take before it counts as failed (default WRITE_PATIENCE_MS). */
    patienceMs?: number;
  },
): RecordsKeeper {
  let store = initial;
  const writes = serialQueue();
  const profiles = new Map((deps.seen?.profiles ?? []).map((p) => [p.id, p]));
  const attempts = new Map((deps.seen?.attempts ?? []).map((a) => [a.id, a]));

  /** Decisions on record per attempt, and who waits for more. */
  // What was read from the store is on record already (a resumed attempt writes nothing until its next decision).
  const saved = new Map((deps.seen?.attempts ?? []).map((a) => [a.id, a.decisions.length]));
  let waiters: { attemptId: string; decisions: number; resolve: () => void }[] = [];
  const release = () => {
    const ready = (w: (typeof waiters)[number]) =>
      store.kind === 'memory' || (saved.get(w.attemptId) ?? -1) >= w.decisions;
    for (const w of waiters.filter(ready)) w.resolve();
    waiters = waiters.filter((w) => !ready(w));
  };

  const patience = deps.patienceMs ?? WRITE_PATIENCE_MS;
  const write = (work: (s: RecordStore) => Promise<void>, done?: () => void) => {
    void writes.run(async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          work(store),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error('saving took too long')), patience);
          }),
        ]);
        done?.();
      } catch (e) {
        if (store.kind === 'memory') return;
        const problem = classify(e);
        store = memoryStore({ profiles: [...profiles.values()], attempts: [...attempts.values()] });
        deps.onProblem(problem.problem);
      } finally {
        clearTimeout(timer);
        release();
      }
    });
  };

  const saveAttempt = (context: SessionContext, status: AttemptStatus) => {
    const scenario = context.scenarioId ? deps.scenario(context.scenarioId) : undefined;
    const attempt = scenario ? attemptOf(context, scenario, deps.appVersion, status) : null;
    if (!attempt) return;
    attempts.set(attempt.id, attempt);
    const count = attempt.decisions.length;
    write(
      (s) => s.putAttempt(attempt),
      () => saved.set(attempt.id, Math.max(saved.get(attempt.id) ?? -1, count)),
    );
  };

  actor.on('profile.chosen', ({ profile }) => {
    profiles.set(profile.id, profile);
    write(async (s) => {
      await s.putProfile(profile);
      await s.setSetting(CURRENT_PROFILE, profile.id);
    });
  });
  // On record from its start (new or resumed), then at every decision, at its end, and when it is left.
  actor.on('attempt.started', ({ context }) => saveAttempt(context, 'in-progress'));
  actor.on('attempt.decided', ({ context }) => saveAttempt(context, 'in-progress'));
  actor.on('attempt.completed', ({ context }) => saveAttempt(context, 'completed'));
  actor.on('attempt.abandoned', ({ context }) => saveAttempt(context, 'abandoned'));

  return {
    get store() {
      return store;
    },
    known: () => ({ profiles: [...profiles.values()], attempts: [...attempts.values()] }),
    settled: () => writes.idle(),
    whenSaved: (attemptId, decisions) =>
      attemptId === null || store.kind === 'memory' || (saved.get(attemptId) ?? -1) >= decisions
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ attemptId, decisions, resolve })),
  };
}
