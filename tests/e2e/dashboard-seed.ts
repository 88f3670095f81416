// Helpers for the dashboard and outbox specs: open an extension page, and write records straight
// into the extension's IndexedDB (raw API, from an extension page) in chunks.
import type { BrowserContext, Page } from '@playwright/test';
import type { WarningRecord } from '../../utils/db/types';

export async function openDashboard(context: BrowserContext, extensionId: string, page?: Page): Promise<Page> {
  const target = page ?? (await context.newPage());
  await target.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await target.locator('[data-testid="warnings-table"]').waitFor();
  return target;
}

/** Put rows into a table of the extension database (which the dashboard page has created). */
export async function putRows(page: Page, table: 'warnings' | 'outbox', rows: readonly unknown[], chunk = 5000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await page.evaluate(
      ({ table, rows }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('motcua-assist');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(table, 'readwrite');
            for (const row of rows) tx.objectStore(table).put(row);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      { table, rows: rows.slice(i, i + chunk) },
    );
  }
}

/** Every row of a table, read from an extension page. */
export async function readRows<T = WarningRecord>(page: Page, table: 'warnings' | 'outbox' | 'captures' | 'audit'): Promise<T[]> {
  return page.evaluate(
    (table) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('motcua-assist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(table).objectStore(table).getAll();
          request.onsuccess = () => (open.result.close(), resolve(request.result as T[]));
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Seed warnings and reload the dashboard so it reads them. */
export async function seedDashboard(page: Page, records: readonly WarningRecord[]): Promise<void> {
  await putRows(page, 'warnings', records);
  await page.reload();
  await page.locator(`[data-testid="row-count"][data-total="${records.length}"]`).waitFor();
}
