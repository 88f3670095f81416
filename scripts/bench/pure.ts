// Pure-code measurements (Node, no browser): catalog load/validate/index at 5,000 procedures and
// lookups per second; rule evaluation of a realistic dossier. Bundled by esbuild from bench.mjs.
import { performance } from 'node:perf_hooks';
import { catalogSchema, createCatalogIndex, bundledCatalog } from '@/utils/catalog';
import { makeSyntheticCatalog, benchQueries } from '@/utils/catalog/bench-fixture';
import { evaluate } from '@/utils/rules/evaluate';
import { ctx, hkdDossier, snapshot } from '@/utils/rules/__fixtures__/context';

type Row = { section: string; name: string; value: number; unit: string; budget: number | null; higherIsBetter?: boolean; note?: string };

function timeIt(fn: () => void, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

function perSecond(fn: (i: number) => unknown, count: number): number {
  const t = performance.now();
  for (let i = 0; i < count; i++) fn(i);
  return count / ((performance.now() - t) / 1000);
}

export function runPureBench(): Row[] {
  const rows: Row[] = [];
  const raw = makeSyntheticCatalog(5000);
  const json = JSON.stringify(raw);
  const validate = timeIt(() => catalogSchema.parse(JSON.parse(json)), 7);
  rows.push({ section: 'catalog 5,000', name: 'parse + validate (median of 7)', value: median(validate), unit: 'ms', budget: 1000 });
  const parsed = catalogSchema.parse(raw);
  const build = timeIt(() => createCatalogIndex(parsed), 7);
  rows.push({ section: 'catalog 5,000', name: 'index (median of 7)', value: median(build), unit: 'ms', budget: 1000 });
  const index = createCatalogIndex(parsed);
  const q = benchQueries(raw, 2000);
  rows.push({ section: 'catalog 5,000', name: 'lookup by national code', value: perSecond((i) => index.byCode(q.codes[i % q.codes.length]!), 200_000), unit: '/s', budget: 100_000, higherIsBetter: true });
  rows.push({ section: 'catalog 5,000', name: 'lookup by local code', value: perSecond((i) => index.byCode(q.localCodes[i % q.localCodes.length]!), 200_000), unit: '/s', budget: 100_000, higherIsBetter: true });
  rows.push({ section: 'catalog 5,000', name: 'lookup by exact name', value: perSecond((i) => index.byName(q.exactNames[i % q.exactNames.length]!), 50_000), unit: '/s', budget: 10_000, higherIsBetter: true });
  rows.push({ section: 'catalog 5,000', name: 'lookup by re-worded name', value: perSecond((i) => index.byName(q.variedNames[i % q.variedNames.length]!), 5_000), unit: '/s', budget: 1_000, higherIsBetter: true });

  const bundled = createCatalogIndex(bundledCatalog());
  const civil = ctx(snapshot(), { catalog: bundled });
  const hkd = ctx(snapshot(hkdDossier()), { catalog: bundled });
  for (const [name, c] of [['civil-status dossier', civil], ['household-business dossier', hkd]] as const) {
    for (let i = 0; i < 50; i++) evaluate(c); // warm-up (JIT)
    const samples = timeIt(() => evaluate(c), 500);
    rows.push({ section: 'rules', name: `evaluate ${name} median (500 runs)`, value: median(samples), unit: 'ms', budget: 5 });
    rows.push({ section: 'rules', name: `evaluate ${name} p95`, value: p95(samples), unit: 'ms', budget: 10 });
  }
  return rows;
}
