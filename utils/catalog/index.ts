export { catalogSchema, procedureSchema, componentSchema, type Catalog, type Procedure, type Component, type Channel, type Requirement } from './schema';
export { conditionSchema, evaluateCondition, factsOf, KNOWN_FACTS, type Condition, type Facts, type KnownFact } from './conditions';
export { bundledCatalog, BUNDLED_CATALOG_VERSION } from './bundled';
export { createCatalogIndex, type CatalogIndex, type LookupResult, type MatchedBy } from './catalog-index';
export { nationalCodeOf, normalizeCode, authorityOf } from './codes';
export { expectedComponents, type Expectation, type ExpectedComponent, type ComponentStatus, type DossierContext } from './expected-components';
export { matchComponent, type ComponentMatch } from './match-component';
export { fieldSlug, matchesField, makeField } from './field';
export { importCatalogCsv, importCatalogJson, formatImportError, type ImportError, type ImportResult } from './import';
