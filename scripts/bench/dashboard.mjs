// Dashboard with 100,000 stored warnings: first render, filter changes, CSV export of everything.
// The dashboard reports its own timings in document.body.dataset (renderMs, filterMs, csvMs).
import { launchBrowser, extensionWorker, extensionIdOf } from '../lib/browser.mjs';
import { row } from './report.mjs';
import { importTs } from './bundle-ts.mjs';

async function putWarnings(page, rows, chunk = 10_000) {
  for (let i = 0; i < rows.length; i += chunk) {
    await page.evaluate(
      (batch) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('motcua-assist');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('warnings', 'readwrite');
            for (const r of batch) tx.objectStore('warnings').put(r);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      rows.slice(i, i + chunk),
    );
  }
}

export async function measureDashboard({ rows: n = 100_000 } = {}) {
  const { makeWarnings } = await importTs('utils/review/synthetic.ts');
  const context = await launchBrowser();
  try {
    const id = extensionIdOf(await extensionWorker(context));
    const page = await context.newPage();
    const dashboard = `chrome-extension://${id}/dashboard.html`;
    await page.goto(dashboard);
    await page.locator('[data-testid="warnings-table"]').waitFor();
    await putWarnings(page, makeWarnings(n));
    const ms = (name) => page.evaluate((k) => Number(document.body.dataset[k]), name);
    await page.goto(dashboard);
    // Synthetic ids may collide, so wait for "everything loaded" rather than an exact count.
    const stored = await page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="row-count"]');
      const total = Number(el?.getAttribute('data-total'));
      return total > 0 && el?.getAttribute('data-shown') === String(total) && document.body.dataset.loadMs ? total : 0;
    }, undefined, { timeout: 900_000, polling: 500 }).then((h) => h.jsonValue());
    const renderMs = await ms('renderMs');
    const filters = [];
    for (const [testid, value] of [['filter-rule', 'completeness/missing-document'], ['filter-account', 'hkd01'], ['filter-severity', 'error']]) {
      await page.selectOption(`[data-testid="${testid}"]`, value);
      await page.waitForFunction((prev) => document.body.dataset.filterMs !== prev, String(filters.at(-1) ?? ''));
      filters.push(await ms('filterMs'));
    }
    await page.click('[data-testid="filter-clear"]');
    await page.locator(`[data-testid="row-count"][data-shown="${stored}"]`).waitFor();
    filters.push(await ms('filterMs'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    await download.path();
    const csvMs = await ms('csvMs');
    return [
      row('dashboard', `first render with ${stored.toLocaleString('en')} warnings (from navigation start)`, renderMs, 'ms', 500),
      row('dashboard', `filter change, worst of ${filters.length}`, Math.max(...filters), 'ms', 150),
      row('dashboard', `CSV export of all ${stored.toLocaleString('en')} rows`, csvMs, 'ms', 3000),
    ];
  } finally {
    await context.close();
  }
}
