// `npm test`: type-check, unit tests (Vitest), end-to-end tests (Playwright, builds the extension
// first), then ONE closing line "N passed, N failed" for the whole run (what CI reads).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'motcua-test-'));
const only = process.argv[2]; // optional: "unit" | "e2e" | "types"
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, cmd, args, env = {}) {
  console.log(`\n━━ ${title} ━━`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`━━ ${title}: exit ${r.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status ?? 1;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

if (!only || only === 'types') {
  // Locale keys are typed from the generated .wxt types: regenerate them first.
  const status = run('Type-check (wxt prepare + tsc)', 'sh', ['-c', 'npx wxt prepare >/dev/null && npx tsc --noEmit -p .']);
  totals[status === 0 ? 'passed' : 'failed'] += 1;
}

if (!only || only === 'unit') {
  const out = join(dir, 'vitest.json');
  const status = run('Unit tests (Vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out);
  if (report) {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  }
  if (!report || (status !== 0 && report.numFailedTests === 0)) totals.failed += 1; // crashed suite
}

if (!only || only === 'e2e') {
  const out = join(dir, 'playwright.json');
  const status = run('End-to-end tests (Playwright, real Chromium)', 'npx', ['playwright', 'test'], { CI_REPORT: out });
  const stats = readJson(out)?.stats;
  if (stats) {
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  }
  if (!stats || (status !== 0 && stats.unexpected === 0)) totals.failed += 1; // setup failure
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed ? 1 : 0);
