// `npm run bench`: builds the extension, serves the replicas, drives real Chromium and prints a
// table of measured figures against budgets (and `--json PATH` writes them). Not a test: numbers
// are reported, never asserted by timers.
import { execSync } from 'node:child_process';
import { startSites } from '../tests/sites/server.mjs';
import { measureBundles } from './bench/bundle.mjs';
import { measurePure } from './bench/run-pure.mjs';
import { measureBrowser } from './bench/browser.mjs';
import { measureAutofill } from './bench/autofill.mjs';
import { measureDashboard } from './bench/dashboard.mjs';
import { printReport, saveJson, machine } from './bench/report.mjs';
import { EXTENSION_DIR } from './lib/browser.mjs';

const args = process.argv.slice(2);
const jsonPath = args.includes('--json') ? args[args.indexOf('--json') + 1] : 'bench-results/latest.json';
const runs = Number(process.env.BENCH_RUNS ?? 15);

if (!args.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
const rows = [];
let failures = 0;
/** One section failing (a browser crash, a timeout) is reported as such; the others still run. */
async function section(name, measure) {
  try {
    rows.push(...(await measure()));
  } catch (err) {
    failures += 1;
    console.error(`[bench] ${name} failed: ${err?.message?.split('\n')[0] ?? err}`);
    rows.push({ section: name, name: 'FAILED — see the log above', value: NaN, unit: '', budget: null, pass: false });
  }
}
await section('bundle', async () => measureBundles(EXTENSION_DIR));
await section('pure', measurePure);
const sites = await startSites({ motcua: { delayMs: 150 } });
try {
  await section('browser', () => measureBrowser(sites, { runs }));
  await section('auto-fill', () => measureAutofill(sites));
  await section('dashboard', () => measureDashboard({ rows: Number(process.env.BENCH_DASHBOARD_ROWS ?? 100_000) }));
} finally {
  await sites.close();
}
const meta = { machine: machine(), runs, date: new Date().toISOString() };
printReport(rows, meta);
saveJson(jsonPath, rows, meta);
console.log(`JSON: ${jsonPath}`);
process.exit(failures ? 1 : 0);
