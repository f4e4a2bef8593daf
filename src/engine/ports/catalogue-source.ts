import type { Catalogue } from '../content/types.ts';

/**
 * The criteria catalogue (levels, feedback, citations) as a loaded value: the browser fetches it after the first
 * screen is up, so that screen stays small. Whoever needs it waits for load(); loaded() says whether it is here.
 */
export interface CatalogueSource {
  /** The catalogue, once it has been fetched. */
  loaded(): Catalogue | undefined;
  /** Fetches the catalogue if need be; a failed fetch is tried again at the next call (e.g. back online). */
  load(): Promise<Catalogue>;
}
