// Bundles scripts/bench/pure.ts with esbuild (tsconfig paths resolve `@/`) and runs it in Node.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { row } from './report.mjs';

export async function measurePure() {
  const out = join(mkdtempSync(join(tmpdir(), 'motcua-bench-')), 'pure.mjs');
  await build({ entryPoints: ['scripts/bench/pure.ts'], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error', tsconfig: 'tsconfig.json' });
  const { runPureBench } = await import(pathToFileURL(out).href);
  return runPureBench().map((r) => row(r.section, r.name, r.value, r.unit, r.budget, { higherIsBetter: r.higherIsBetter }));
}
