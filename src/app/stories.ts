/**
 * The scenarios as the app uses them: known without their stories from the start (so the first screen is
 * small), playable once their compiled stories have been fetched, when each is first played or reviewed.
 * Stories are fetched once and kept.
 */
import type { Scenario, ScenarioInfo } from '../engine/content/types.ts';

export type LoadStories = (id: string) => Promise<Record<string, string>>;

export interface ScenarioLibrary {
  /** What is known of the scenario without its stories. */
  info(id: string): ScenarioInfo | undefined;
  /** The scenario with its stories, if they have been fetched. */
  playable(id: string): Scenario | undefined;
  /** Fetches the scenario's stories if need be; rejects when the scenario is unknown or the fetch fails. */
  load(id: string): Promise<Scenario>;
}

function withStories(s: ScenarioInfo, stories: Record<string, string>): Scenario {
  const source = stories.en;
  if (!source) throw new Error(`the stories of ${s.id} are missing`);
  const translations = Object.fromEntries(
    Object.entries(s.translations).map(([lang, tr]) => [lang, { ...tr, story: stories[lang] ?? '' }]),
  );
  return { ...s, story: source, translations };
}

export function scenarioLibrary(
  scenarios: readonly ScenarioInfo[],
  loadStories: LoadStories,
): ScenarioLibrary {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const playable = new Map<string, Scenario>();
  const pending = new Map<string, Promise<Scenario>>();

  return {
    info: (id) => byId.get(id),
    playable: (id) => playable.get(id),
    load(id) {
      const known = playable.get(id);
      if (known) return Promise.resolve(known);
      const s = byId.get(id);
      if (!s) return Promise.reject(new Error(`no scenario ${id}`));
      let loading = pending.get(id);
      if (!loading) {
        loading = loadStories(id).then((stories) => {
          const full = withStories(s, stories);
          playable.set(id, full);
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
