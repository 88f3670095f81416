// The supervisor's dashboard in real Chromium: opens on all records newest first, filters, sorts,
// detail by click and by keyboard, review, CSV of the filtered view, bundle round trip into a
// fresh profile, double import, and a tampered bundle.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { openDashboard, seedDashboard } from './dashboard-seed';
import { makeWarnings } from '../../utils/review/synthetic';
import { DEFAULT_SORT, sortRecords } from '../../utils/review/filters';
import type { Page } from '@playwright/test';
import { launchBrowser, extensionWorker, extensionIdOf } from '../../scripts/lib/browser.mjs';

const records = makeWarnings(500);
const newestFirst = sortRecords(records, DEFAULT_SORT);
const rows = (page: Page) => page.locator('.warnings-table .body [data-warning-id]');
const shown = (page: Page) => page.locator('[data-testid="row-count"]');

test('opens on every record newest first; filters, sorting, detail and review', async ({ context, extensionId }) => {
  const page = await openDashboard(context, extensionId);
  await seedDashboard(page, records);
  await expect(shown(page)).toHaveAttribute('data-shown', '500');
  const firstIds = await rows(page).evaluateAll((els) => els.slice(0, 5).map((e) => e.getAttribute('data-warning-id')));
  expect(firstIds).toEqual(newestFirst.slice(0, 5).map((r) => r.id));
  await expect(rows(page).first().locator('[data-testid="dossier-code"]')).toHaveText(newestFirst[0]!.dossierCode);
  expect(Number(await page.evaluate(() => document.body.dataset.renderMs))).toBeGreaterThan(0);

  // Filters combine; the count and the rows follow.
  const rule = 'completeness/missing-document';
  await page.selectOption('[data-testid="filter-rule"]', rule);
  await page.selectOption('[data-testid="filter-account"]', 'hkd01');
  const expected = newestFirst.filter((r) => r.ruleId === rule && r.account === 'hkd01');
  await expect(shown(page)).toHaveAttribute('data-shown', String(expected.length));
  await expect(page.locator(`.warnings-table .body [data-rule]:not([data-rule="${rule}"])`)).toHaveCount(0);
  expect(Number(await page.evaluate(() => document.body.dataset.filterMs))).toBeGreaterThanOrEqual(0);
  await page.click('[data-testid="filter-clear"]');
  const target = newestFirst[123]!;
  await page.fill('[data-testid="filter-code"]', target.dossierCode.slice(-6));
  await expect(shown(page)).toHaveAttribute('data-shown', '1');
  await page.fill('[data-testid="filter-code"]', '');

  // Sorting by severity puts errors first.
  await page.click('[data-sort="severity"]');
  await expect(rows(page).first()).toHaveAttribute('data-severity', 'error');
  await page.click('[data-sort="lastSeenAt"]');
  await expect(rows(page).first()).toHaveAttribute('data-warning-id', newestFirst[0]!.id);

  // The virtualised body holds only what is in view, yet scrolls to the last record.
  expect(await rows(page).count()).toBeLessThan(80);
  await page.locator('.warnings-table .body').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.locator(`[data-warning-id="${newestFirst.at(-1)!.id}"]`)).toBeVisible();
  await page.locator('.warnings-table .body').evaluate((el) => (el.scrollTop = 0));

  // Detail by click: facts, evidence, history; then by keyboard (Enter on a focused row).
  const overridden = newestFirst.find((r) => r.status === 'overridden')!;
  await page.fill('[data-testid="filter-code"]', overridden.dossierCode);
  await page.locator(`[data-warning-id="${overridden.id}"]`).click();
  const detail = page.locator('[data-testid="warning-detail"]');
  await expect(detail).toHaveAttribute('data-warning-id', overridden.id);
  await expect(detail.locator('[data-testid="detail-override"]')).toContainText(overridden.override!.reason);
  await expect(detail.locator('[data-testid="detail-evidence"]')).toContainText('procedure.sector.name');
  await expect(detail.locator('[data-testid="detail-history"] li')).toHaveCount(overridden.history.length);
  await page.click('[data-testid="detail-close"]');
  await expect(detail).toHaveCount(0);
  await page.fill('[data-testid="filter-code"]', '');
  await rows(page).first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(detail).toHaveAttribute('data-warning-id', newestFirst[1]!.id);

  // Review with a note: stored, shown, and filterable.
  await page.fill('[data-testid="review-note"]', 'Đã kiểm tra với cán bộ tiếp nhận');
  await page.click('[data-testid="review-submit"]');
  await expect(detail.locator('[data-testid="detail-review"]')).toContainText('Đã kiểm tra với cán bộ tiếp nhận');
  await page.selectOption('[data-testid="filter-review"]', 'reviewed');
  await expect(shown(page)).toHaveAttribute('data-shown', '1');
  await expect(rows(page)).toHaveAttribute('data-warning-id', newestFirst[1]!.id);
});

test('CSV export: UTF-8 with BOM, the filtered rows only, personal data masked unless asked', async ({ context, extensionId }) => {
  const page = await openDashboard(context, extensionId);
  await seedDashboard(page, records);
  const rule = 'data/invalid-id-number';
  await page.selectOption('[data-testid="filter-rule"]', rule);
  const expected = newestFirst.filter((r) => r.ruleId === rule);
  await expect(shown(page)).toHaveAttribute('data-shown', String(expected.length));
  const csv = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    return readFileSync((await download.path())!, 'utf8');
  };
  const masked = await csv();
  expect(masked.charCodeAt(0)).toBe(0xfeff);
  const lines = masked.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toContain('Mã hồ sơ');
  expect(lines).toHaveLength(expected.length + 1);
  expect(lines[1]).toContain(expected[0]!.dossierCode);
  for (const r of expected) expect(masked).not.toContain(r.facts.idNumber as string);
  await page.check('[data-testid="include-personal"]');
  expect(await csv()).toContain(expected[0]!.facts.idNumber as string);
});

test('bundle round trip into a fresh profile; importing twice changes nothing; a tampered file changes nothing', async ({ context, extensionId }) => {
  const page = await openDashboard(context, extensionId);
  await seedDashboard(page, records.slice(0, 200));
  await page.check('[data-testid="include-personal"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-bundle"]')]);
  const path = (await download.path())!;
  const bundle = JSON.parse(readFileSync(path, 'utf8'));
  expect(bundle).toMatchObject({ schemaVersion: 1, unit: 'Phường Thủ Đức', count: 200, personalData: true, checksum: { algorithm: 'SHA-256' } });
  const exportedIds = (await page.locator('.warnings-table .body [data-warning-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-warning-id')))).slice(0, 10);

  const fresh = await launchBrowser();
  try {
    const id = extensionIdOf(await extensionWorker(fresh));
    const other = await openDashboard(fresh, id, fresh.pages()[0]);
    await expect(shown(other)).toHaveAttribute('data-total', '0');
    const report = other.locator('[data-testid="import-report"]');

    // A tampered copy (one status changed, checksum kept) is rejected whole: nothing merged.
    const tampered = structuredClone(bundle);
    tampered.records[7].status = tampered.records[7].status === 'open' ? 'resolved' : 'open';
    await other.setInputFiles('[data-testid="import-bundle"]', [
      { name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) },
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "motcua') },
    ]);
    await expect(report.locator('[data-file="tampered.json"]')).toHaveAttribute('data-result', 'rejected');
    await expect(report.locator('[data-file="tampered.json"]')).toContainText('SHA-256');
    await expect(report.locator('[data-file="broken.json"]')).toHaveAttribute('data-result', 'rejected');
    await expect(shown(other)).toHaveAttribute('data-total', '0');

    // The real file: every record added, the same rows in the same order.
    await other.setInputFiles('[data-testid="import-bundle"]', path);
    await expect(report.locator('[data-result="merged"]')).toHaveAttribute('data-added', '200');
    await expect(shown(other)).toHaveAttribute('data-total', '200');
    const importedIds = await other.locator('.warnings-table .body [data-warning-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-warning-id')));
    expect(importedIds.slice(0, 10)).toEqual(exportedIds);

    // Again: all already present, nothing added or changed.
    await other.setInputFiles('[data-testid="import-bundle"]', path);
    await expect(report.locator('[data-result="merged"]')).toHaveAttribute('data-present', '200');
    await expect(report.locator('[data-result="merged"]')).toHaveAttribute('data-added', '0');
    await expect(report.locator('[data-result="merged"]')).toHaveAttribute('data-updated', '0');
    await expect(shown(other)).toHaveAttribute('data-total', '200');
  } finally {
    await fresh.close();
  }
});
