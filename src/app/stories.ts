/**
 * The scenarios as the app uses them: loaded without their stories (so the first screen is small), each one
 * completed with its compiled stories when it is first played or reviewed. Stories are fetched once and kept.
 */
import type { Scenario } from '../engine/content/types.ts';

export type LoadStories = (id: string) => Promise<Record<string, string>>;

export interface ScenarioLibrary {
  /** The scenario, with its stories if they have been loaded (else its story fields are empty). */
  scenario(id: string): Scenario | undefined;
  /** Whether the scenario's stories are here. */
  ready(id: string): boolean;
  /** Fetches the scenario's stories if need be; rejects when the scenario is unknown or the fetch fails. */
  load(id: string): Promise<Scenario>;
}

export function scenarioLibrary(scenarios: readonly Scenario[], loadStories: LoadStories): ScenarioLibrary {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const complete = new Map<string, Scenario>();
  const pending = new Map<string, Promise<Scenario>>();

  const withStories = (s: Scenario, stories: Record<string, string>): Scenario => {
    const source = stories.en;
    if (!source) throw new Error(`the stories of ${s.id} are missing`);
    const translations = Object.fromEntries(
      Object.entries(s.translations).map(([lang, tr]) => [lang, { ...tr, story: stories[lang] ?? '' }]),
    );
    return { ...s, story: source, translations };
  };

  return {
    scenario: (id) => complete.get(id) ?? byId.get(id),
    ready: (id) => complete.has(id) || (byId.get(id)?.story ?? '') !== '',
    load(id) {
      const known = complete.get(id);
      if (known) return Promise.resolve(known);
      const s = byId.get(id);
      if (!s) return Promise.reject(new Error(`no scenario ${id}`));
      if (s.story !== '') return Promise.resolve(s);
      let loading = pending.get(id);
      if (!loading) {
        loading = loadStories(id).then((stories) => {
          const full = withStories(s, stories);
          complete.set(id, full);
          return full;
        });
        // A failed fetch may succeed later (e.g. back online): do not keep the failure.
        loading.catch(() => pending.delete(id));
        pending.set(id, loading);
      }
      return loading;
    },
  };
}
