declare module 'virtual:waypoint-content' {
  import type { Catalogue, Scenario } from './engine/content/types';
  export const catalogue: Catalogue;
  export const scenarios: Scenario[];
}
