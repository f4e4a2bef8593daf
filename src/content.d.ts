declare module 'virtual:waypoint-content' {
  import type { Catalogue, Scenario } from './engine/content/types';
  export const catalogue: Catalogue;
  export const scenarios: Scenario[];
}

interface ImportMetaEnv {
  /** package.json version, recorded with every attempt. */
  readonly PACKAGE_VERSION: string;
}
