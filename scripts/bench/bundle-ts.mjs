// Bundles a TypeScript module of the project for Node (tsconfig paths resolve `@/`) and imports it.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importTs(entry) {
  const out = join(mkdtempSync(join(tmpdir(), 'motcua-bench-')), `${basename(entry, '.ts')}.mjs`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error', tsconfig: 'tsconfig.json' });
  return import(pathToFileURL(out).href);
}
