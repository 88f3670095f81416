// The procedure catalog in the background: the bundled catalog, indexed once per worker life.
import { bundledCatalog, createCatalogIndex, type CatalogIndex } from '@/utils/catalog';

let index: CatalogIndex | undefined;

export function catalogIndex(): CatalogIndex {
  index ??= createCatalogIndex(bundledCatalog());
  return index;
}

/** Replace the catalog in use (an imported or downloaded one that validated as a whole). */
export function useCatalogIndex(next: CatalogIndex): void {
  index = next;
}
