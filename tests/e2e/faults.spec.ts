// Faults in real Chromium: the extension's service worker stopped through the DevTools protocol
// (ServiceWorker.stopAllWorkers) before and in the middle of a dossier check; a huge dossier
// (10,000 components, 5 MB e-form); two tabs on the same dossier. Checks must finish with the
// right findings (never "check failed", never a false all-clear) and the store must hold each
// finding once. Numbers go to docs/RELIABILITY.md.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, URLS } from './fixtures';
import { signInMotcua } from './helpers';
import { configure, detailPath, finding, scenario, waitVerdict } from './checks-helpers';
import { readRows } from './dashboard-seed';
import type { WarningRecord } from '../../utils/db/types';

async function stopWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

test('the service worker stopped before and during checks: every check completes, each finding stored once', async ({ context, page, worker, extensionId, sites }) => {
  test.setTimeout(120_000);
  await configure(worker, sites);
  await signInMotcua(page, 'hotich01');
  const id = scenario(sites, 'wrong-field')[0]!;
  const outcomes: string[] = [];
  // Stopped while idle, then at several moments after navigation: during page load, while the
  // content script waits for the dossier, while the check message is in flight.
  for (const delayMs of [-1, 0, 100, 250, 400, 700]) {
    if (delayMs < 0) await stopWorkers(context, page);
    await page.goto(`${URLS.motcua}${detailPath(id)}`);
    if (delayMs >= 0) {
      await page.waitForTimeout(delayMs);
      await stopWorkers(context, page);
    }
    const state = await waitVerdict(page);
    outcomes.push(`${delayMs}:${state}`);
    expect(state, `stopped ${delayMs} ms after navigation`).toBe('done');
    await expect(finding(page, 'routing/field-not-assigned', 'error')).toHaveCount(1);
  }
  console.info(`[reliability] SW stopped mid-check: ${outcomes.join(', ')}`);

  const store = await context.newPage();
  await store.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const rows = (await readRows<WarningRecord>(store, 'warnings')).filter((r) => r.ruleId === 'routing/field-not-assigned');
  expect(rows).toHaveLength(1); // one record per dossier and rule, however often it was checked
  expect(rows[0]!.history.filter((h) => h.event === 'opened')).toHaveLength(1);
});

test('a dossier with 10,000 components and a 5 MB e-form: checked within budget, the panel answers', async ({ context, page, worker, sites }) => {
  test.setTimeout(120_000);
  await configure(worker, sites);
  const id = scenario(sites, 'clean-hkd-registration')[0]!;
  // The page and the content script both load the dossier from the API: serve an inflated copy.
  await context.route(`**/pa/dossier/${id}/--online`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: sites.urls.api + url.pathname + url.search });
    const dossier = await response.json();
    const file = dossier.dossierFormFile[0];
    dossier.dossierFormFile = Array.from({ length: 10_000 }, (_, i) => ({ ...file, id: `f${i}`, procedureForm: { ...file.procedureForm, name: `Giấy tờ số ${i}` } }));
    dossier.eForm.data.note = 'Ghi chú rất dài. '.repeat(320_000);
    await route.fulfill({ response, json: dossier });
  });
  await signInMotcua(page, 'hkd01');
  const started = Date.now();
  await page.goto(`${URLS.motcua}${detailPath(id)}`);
  await expect(page.locator(`app-dossier-detail[data-dossier-id="${id}"]`)).toBeVisible({ timeout: 60_000 });
  const shownMs = Date.now() - started;
  await expect(page.locator('motcua-assist [data-testid="check-status"]:not([data-state="checking"])')).toHaveCount(1, { timeout: 60_000 });
  const state = (await page.locator('motcua-assist [data-testid="check-status"]').getAttribute('data-state')) ?? '';
  const wallMs = Date.now() - started;
  console.info(`[reliability] big dossier shown by the page after ${shownMs} ms`);
  const timings = JSON.parse((await page.locator('motcua-assist').getAttribute('data-timings')) ?? '{}') as { readMs?: number; checkMs?: number };
  console.info(`[reliability] 10k components + 5 MB e-form in Chromium: verdict ${state} after ${wallMs} ms; read ${timings.readMs?.toFixed(0)} ms, check ${timings.checkMs?.toFixed(0)} ms`);
  expect(['done', 'all-clear']).toContain(state); // never "failed"
  expect(timings.readMs).toBeLessThan(2_000);
  expect(timings.checkMs).toBeLessThan(10_000);
  // The tab is not frozen: a round trip through its main thread comes back. (The replica itself
  // needs ~20 s to render 10,000 rows, so this bounds our share loosely; numbers in RELIABILITY.md.)
  const t0 = Date.now();
  await page.evaluate(() => 1);
  const roundTripMs = Date.now() - t0;
  console.info(`[reliability] big dossier: page round trip after the verdict ${roundTripMs} ms`);
  expect(roundTripMs).toBeLessThan(3_000);
});

test('two tabs on the same dossier: both show the findings, the store holds each once, one override', async ({ context, page, worker, sites, extensionId }) => {
  await configure(worker, sites);
  await signInMotcua(page, 'hotich01');
  const id = scenario(sites, 'wrong-field')[1]!;
  const second = await context.newPage();
  await Promise.all([page.goto(`${URLS.motcua}${detailPath(id)}`), second.goto(`${URLS.motcua}${detailPath(id)}`)]);
  expect(await waitVerdict(page)).toBe('done');
  expect(await waitVerdict(second)).toBe('done');
  for (const p of [page, second]) await expect(finding(p, 'routing/field-not-assigned', 'error')).toHaveCount(1);
  // Override in the first tab, then the second tab re-checks (reload): the record is overridden once.
  await page.click('button.btn-accept');
  await page.locator('motcua-assist [data-testid="override-reason"]').fill('Lãnh đạo phường đồng ý tiếp nhận thay');
  await page.locator('motcua-assist [data-testid="override-confirm"]').click();
  await second.reload();
  await waitVerdict(second);
  const store = await context.newPage();
  await store.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const rows = (await readRows<WarningRecord>(store, 'warnings')).filter((r) => r.ruleId === 'routing/field-not-assigned');
  expect(rows).toHaveLength(1);
  expect(rows[0]!.status).toBe('overridden');
  expect(rows[0]!.history.filter((h) => h.event === 'overridden')).toHaveLength(1);
  expect(rows[0]!.history.filter((h) => h.event === 'opened')).toHaveLength(1);
});
