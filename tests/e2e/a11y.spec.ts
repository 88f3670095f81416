// Accessibility in real Chromium: axe-core on each extension page (popup, options, dashboard with
// records and a detail open) and on the in-page UI (<motcua-assist>'s open shadow root: the
// panel expanded and the receive-guard dialog open). Fails on any serious or critical violation.
// Keyboard: the guard dialog takes focus and can be answered without a mouse.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { inAssist, signInMotcua } from './helpers';
import { configure, openDossier, scenario } from './checks-helpers';
import { openDashboard, seedDashboard } from './dashboard-seed';
import { makeWarnings } from '../../utils/review/synthetic';

// Evaluated through the DevTools protocol: the extension's CSP (script-src 'self') rightly refuses
// an injected <script> tag, which is itself a check that the CSP is in force.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** "rule-id [impact] ×nodes: first target" for every serious/critical violation inside `include`. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (scope) => {
    type Result = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }> };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const context = scope ? { include: [[scope]] } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} [${v.impact}] ×${v.nodes.length}: ${JSON.stringify(v.nodes[0]?.target)}`);
  }, include);
}

test('extension pages have no serious accessibility violations', async ({ context, extensionId }) => {
  const page = await context.newPage();
  for (const name of ['popup', 'options']) {
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    await page.locator('main, [data-testid]').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), name).toEqual([]);
  }
  // "Erase all citizen data": keyboard only — the confirmation takes focus, Escape backs out,
  // Enter on "Xóa vĩnh viễn" erases through the background and reports what was erased.
  await page.locator('[data-testid="rel-erase-all"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="rel-erase-confirm"]')).toBeFocused();
  expect(await seriousViolations(page), 'options erase confirmation').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid="rel-erase-dialog"]')).toHaveCount(0);
  await page.locator('[data-testid="rel-erase-all"]').click();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="rel-erase-done"]')).toBeVisible();
  await expect(page.locator('[data-testid="rel-erase-error"]')).toHaveCount(0);

  const dashboard = await openDashboard(context, extensionId, page);
  await seedDashboard(dashboard, makeWarnings(40));
  await expect(dashboard.locator('[data-testid="row-count"]')).toHaveAttribute('data-shown', '40');
  expect(await seriousViolations(dashboard), 'dashboard').toEqual([]);
  // The detail, opened by keyboard as a supervisor without a mouse would.
  const row = dashboard.locator('.warnings-table .body [data-warning-id]').first();
  await row.focus();
  await dashboard.keyboard.press('Enter');
  await dashboard.waitForTimeout(300);
  expect(await seriousViolations(dashboard), 'dashboard detail').toEqual([]);
});

test('the in-page panel and the receive guard are accessible and keyboard-operable', async ({ page, worker, sites }) => {
  await configure(worker, sites);
  await signInMotcua(page, 'hotich01');
  expect(await openDossier(page, scenario(sites, 'wrong-field')[0]!)).toBe('done');
  const toggle = inAssist(page, '[aria-expanded="false"]').first();
  if (await toggle.count()) await toggle.click();
  expect(await seriousViolations(page, 'motcua-assist'), 'panel').toEqual([]);

  // The guard, opened from the keyboard: it is a dialog, takes focus, and Escape or cancel closes it.
  await page.locator('button.btn-accept').focus();
  await page.keyboard.press('Enter');
  const guard = inAssist(page, '[data-testid="receive-guard"]');
  await expect(guard).toBeVisible();
  await expect(guard).toHaveAttribute('role', /dialog|alertdialog/);
  expect(await seriousViolations(page, 'motcua-assist'), 'guard').toEqual([]);
  const focusedInside = await page.evaluate(() => {
    const root = document.querySelector('motcua-assist')?.shadowRoot;
    return !!root?.activeElement && !!root.querySelector('[data-testid="receive-guard"]')?.contains(root.activeElement);
  });
  expect(focusedInside).toBe(true);
  await page.keyboard.press('Tab');
  await inAssist(page, '[data-testid="override-cancel"]').focus();
  await page.keyboard.press('Enter');
  await expect(guard).toHaveCount(0);

  // The scoped run does look inside the shadow root: an unlabelled image put there is caught.
  await page.evaluate(() => {
    const probe = document.createElement('img');
    probe.id = 'rel-axe-probe';
    probe.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('motcua-assist')!.shadowRoot!.append(probe);
  });
  expect((await seriousViolations(page, 'motcua-assist')).join()).toContain('image-alt');
  await page.evaluate(() => document.querySelector('motcua-assist')!.shadowRoot!.getElementById('rel-axe-probe')!.remove());
});
