// Pure-code measurements (scripts/bench/pure.ts), bundled for Node and run here.
import { row } from './report.mjs';
import { importTs } from './bundle-ts.mjs';

export async function measurePure() {
  const { runPureBench } = await importTs('scripts/bench/pure.ts');
  return runPureBench().map((r) => row(r.section, r.name, r.value, r.unit, r.budget, { higherIsBetter: r.higherIsBetter }));
}
