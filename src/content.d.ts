declare module 'virtual:waypoint-content' {
  import type { Catalogue, DiscussionPoint, ScenarioInfo } from './engine/content/types.ts';
  /** The criteria the scenarios use, with levels, feedback and citations, fetched on demand. */
  export function loadCatalogue(): Promise<Catalogue>;
  /** The scenarios without their stories: see loadStories. */
  export const scenarios: ScenarioInfo[];
  /** A scenario's compiled stories by language code ("en" is the source), fetched on demand. */
  export function loadStories(id: string): Promise<Record<string, string>>;
  /** A scenario's discussion prompts for trainers (classroom mode), fetched on demand; empty when it has none. */
  export function loadDiscussion(id: string): Promise<DiscussionPoint[]>;
}

interface ImportMetaEnv {
  /** package.json version, recorded with every attempt. */
  readonly PACKAGE_VERSION: string;
}
