/** Scale: 5,000 procedures load, validate and index quickly; lookups probe, they do not scan. */
import { describe, expect, it } from 'vitest';
import { benchQueries, makeSyntheticCatalog } from './bench-fixture';
import { catalogSchema } from './schema';
import { createCatalogIndex } from './catalog-index';

describe('5,000-procedure catalog', () => {
  const input = makeSyntheticCatalog(5000);
  const t0 = performance.now();
  const catalog = catalogSchema.parse(input);
  const index = createCatalogIndex(catalog);
  const loadMs = performance.now() - t0;
  const q = benchQueries(input, 500);

  it('validates and indexes within a generous budget', () => {
    expect(catalog.procedures).toHaveLength(5000);
    expect(loadMs).toBeLessThan(5000); // typically a few hundred ms; the bound only catches blow-ups
  });

  it('resolves every code, local code and name, including re-worded names', () => {
    q.codes.forEach((c) => expect(index.byCode(c)?.procedure.code).toBe(c));
    q.localCodes.forEach((c, i) => expect(index.byCode(c)?.procedure.code).toBe(q.codes[i]));
    q.exactNames.forEach((n, i) => expect(index.byName(n)?.procedure.code).toBe(q.codes[i]));
    q.variedNames.forEach((n, i) => expect(index.byName(n)?.procedure.code, n).toBe(q.codes[i]));
  });

  it('a fuzzy lookup scores a bounded candidate set, not the catalog', () => {
    for (const n of q.variedNames.slice(0, 50)) {
      index.byName(n);
      expect(index.lastExamined()).toBeLessThanOrEqual(400);
      expect(index.lastExamined()).toBeGreaterThan(0);
    }
  });
});
