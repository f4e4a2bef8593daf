/** Records in memory only: the fallback when IndexedDB cannot be used. Lost on reload, so the app says so. */
import type { Attempt } from '../engine/records/attempt.ts';
import type { Profile } from '../engine/records/profile.ts';
import type { RecordStore } from '../engine/ports/record-store.ts';

export function memoryStore(seed: { profiles?: Profile[]; attempts?: Attempt[] } = {}): RecordStore {
  const profiles = new Map((seed.profiles ?? []).map((p) => [p.id, p]));
  const attempts = new Map((seed.attempts ?? []).map((a) => [a.id, a]));
  const settings = new Map<string, string>();
  return {
    kind: 'memory',
    putProfile: async (p) => void profiles.set(p.id, structuredClone(p)),
    profiles: async () => [...profiles.values()],
    putAttempt: async (a) => void attempts.set(a.id, structuredClone(a)),
    attempts: async () => [...attempts.values()],
    quarantine: async () => [],
    mergeIn: async (incoming, plan) => {
      const existing = {
        profiles: incoming.profiles.flatMap((p) => profiles.get(p.id) ?? []),
        attempts: incoming.attempts.flatMap((a) => attempts.get(a.id) ?? []),
      };
      const { write, report } = plan(existing, incoming);
      for (const p of write.profiles) profiles.set(p.id, structuredClone(p));
      for (const a of write.attempts) attempts.set(a.id, structuredClone(a));
      return report;
    },
    getSetting: async (key) => settings.get(key),
    setSetting: async (key, value) => void settings.set(key, value),
  };
}
