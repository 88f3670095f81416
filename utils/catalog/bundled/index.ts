/**
 * The bundled catalog: the 39 ward-level procedures of catalog-sample.json, validated at load.
 * Bump BUNDLED_CATALOG_VERSION whenever the data changes (stored findings cite it).
 */
import { catalogSchema, type Catalog } from '../schema';
import { CHUNG_THUC } from './chung-thuc';
import { HKD } from './hkd';
import { HO_TICH } from './ho-tich';
import { OTHER_FIELDS } from './other-fields';

export const BUNDLED_CATALOG_VERSION = '2026.1-sample39';

let cached: Catalog | undefined;

/** Parsed bundled catalog (throws at load if the data breaks the schema — a build-time bug). */
export function bundledCatalog(): Catalog {
  cached ??= catalogSchema.parse({
    version: BUNDLED_CATALOG_VERSION,
    procedures: [...HO_TICH, ...CHUNG_THUC, ...HKD, ...OTHER_FIELDS],
  });
  return cached;
}
