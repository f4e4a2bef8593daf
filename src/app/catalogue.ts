/** The criteria catalogue, fetched once when first asked for and kept (see engine/ports/catalogue-source.ts). */
import type { Catalogue } from '../engine/content/types.ts';
import type { CatalogueSource } from '../engine/ports/catalogue-source.ts';

export function catalogueSource(fetchCatalogue: () => Promise<Catalogue>): CatalogueSource {
  let catalogue: Catalogue | undefined;
  let loading: Promise<Catalogue> | null = null;
  return {
    loaded: () => catalogue,
    load() {
      loading ??= fetchCatalogue().then(
        (c) => (catalogue = c),
        (e: unknown) => {
          loading = null;
          throw e;
        },
      );
      return loading;
    },
  };
}
