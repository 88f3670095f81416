// The toolbar badge counts the open errors of the tab; the popup (popup.html?tab=<id>) lists the
// tab's findings with their messages, the account, its assigned fields, and links onwards.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { signInMotcua } from './helpers';
import { badgeOf, configure, finding, openDossier, openPopup, scenario, tabIdOf } from './checks-helpers';

declare const chrome: any;


test('badge and popup follow the findings of the tab', async ({ context, page, worker, extensionId, sites }) => {
  await configure(worker, sites);
  await signInMotcua(page, 'hotich01');
  const wrong = scenario(sites, 'wrong-field')[0]!;
  expect(await openDossier(page, wrong)).toBe('done');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(() => badgeOf(worker, tabId)).toBe('1');
  const inPage = (await finding(page, 'routing/field-not-assigned').locator('.message').textContent())!;

  const popup = await openPopup(context, extensionId, tabId);
  const item = popup.locator('[data-rule="routing/field-not-assigned"][data-severity="error"]');
  await expect(item).toHaveCount(1);
  await expect(item.locator('.message')).toHaveText(inPage); // same message (messageFor) as in the page
  await expect(popup.locator('[data-testid="popup-account"]')).toHaveText('hotich01');
  await expect(popup.locator('[data-testid="popup-fields"] li')).toHaveText(['Hộ tịch']);
  await expect(popup.locator('[data-testid="popup-findings"]')).toHaveAttribute('data-open-errors', '1');
  await expect(popup.locator('[data-testid="popup-dashboard"]')).toHaveAttribute('href', `chrome-extension://${extensionId}/dashboard.html`);
  await expect(popup.locator('[data-testid="popup-options"]')).toHaveAttribute('href', `chrome-extension://${extensionId}/options.html`);
  await expect(popup.locator('html')).toHaveAttribute('lang', 'vi');
  await expectAccessible(popup);

  // The dashboard link opens the dashboard.
  const [dashboard] = await Promise.all([context.waitForEvent('page'), popup.locator('[data-testid="popup-dashboard"]').click()]);
  await expect(dashboard).toHaveURL(`chrome-extension://${extensionId}/dashboard.html`);
  await dashboard.close();

  // A clean dossier in the same tab: no badge, no findings.
  expect(await openDossier(page, scenario(sites, 'clean-ho-tich')[1]!)).toBe('all-clear');
  await expect.poll(() => badgeOf(worker, tabId)).toBe('');
  await popup.reload();
  await expect(popup.locator('[data-testid="popup-findings"]')).toHaveAttribute('data-open-errors', '0');
  await expect(popup.locator('[data-testid="popup-findings"] [data-rule]')).toHaveCount(0);
});

test('the badge counts every open error of the tab', async ({ page, worker, sites }) => {
  await configure(worker, sites);
  const twoErrors = scenario(sites, 'bad-id').find((id) => sites.seed.dossiers.find((d: { id: string }) => d.id === id)?.procedure.sector.name === 'Thành lập và hoạt động của hộ kinh doanh')!;
  await signInMotcua(page, 'hkd01');
  expect(await openDossier(page, twoErrors)).toBe('done');
  const tabId = await tabIdOf(worker, page);
  const errors = await page.locator('motcua-assist .finding[data-severity="error"]').count();
  expect(errors).toBeGreaterThan(1);
  await expect.poll(() => badgeOf(worker, tabId)).toBe(String(errors));
});

test('the popup of a tab that was never checked says so', async ({ context, worker, extensionId }) => {
  const blank = await context.newPage();
  await blank.goto('about:blank');
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === 'about:blank')?.id as number);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('[data-testid="popup-empty"]')).toBeVisible();
  await expect(popup.locator('[data-testid="popup-options"]')).toBeVisible();
});

/** axe-core on the popup (evaluated through the DevTools protocol, so the page CSP allows it). */
async function expectAccessible(page: Page) {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  expect(violations).toEqual([]);
}
