// Bundle sizes of every entrypoint (raw and gzip), read from the built extension.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { row } from './report.mjs';

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|css|html)$/.test(name)) yield path;
  }
}

/** Budgets in KiB (gzip): content scripts run on every host page, so they stay small. */
const BUDGET_GZIP_KIB = { 'content-scripts/': 60, 'background.js': 120, default: 250 };

export function measureBundles(outDir) {
  const rows = [];
  let total = 0;
  for (const path of files(outDir)) {
    const raw = readFileSync(path);
    const gz = gzipSync(raw).length / 1024;
    total += raw.length;
    const name = relative(outDir, path);
    const key = Object.keys(BUDGET_GZIP_KIB).find((k) => name.startsWith(k)) ?? 'default';
    if (raw.length < 2048) continue; // tiny HTML shells and chunks are not worth a line
    rows.push(row('bundle', `${name} gzip (raw ${(raw.length / 1024).toFixed(1)} KiB)`, gz, 'KiB', BUDGET_GZIP_KIB[key]));
  }
  rows.push(row('bundle', 'extension total (raw)', total / 1024, 'KiB', 2048));
  return rows;
}
