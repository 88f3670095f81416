// Dossier-list flags on "Tra cứu hồ sơ": rows of other fields carry a <motcua-flag> for
// routing/field-not-assigned (with a tooltip and an accessible label), rows of the account's own
// field carry none; paging and filtering in the app re-flag; late online rows are flagged too.
import type { Page } from '@playwright/test';
import { test, expect, URLS } from './fixtures';
import { signInMotcua } from './helpers';
import { scenario, configure } from './checks-helpers';

interface RowFlags {
  id: string;
  code: string;
  sector: string;
  flags: Array<{ rule: string; title: string; label: string }>;
}

/** Every row of the table with the flags inside it. */
function rowsOf(page: Page): Promise<RowFlags[]> {
  return page.locator('tr.mat-row[data-dossier-id]').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: (tr as HTMLElement).dataset.dossierId ?? '',
      code: (tr as HTMLElement).dataset.dossierCode ?? '',
      sector: tr.querySelector('td.mat-column-sector')?.textContent?.trim() ?? '',
      flags: [...tr.querySelectorAll('motcua-flag')].map((f) => ({
        rule: (f as HTMLElement).dataset.rule ?? '',
        title: f.getAttribute('title') ?? '',
        label: f.getAttribute('aria-label') ?? '',
      })),
    })),
  );
}

const OWN_FIELD = 'Hộ tịch';
const NOT_ASSIGNED = 'routing/field-not-assigned';

/** Rows whose flags do not (yet) match the rule: other fields flagged, own field not. */
function misflagged(rows: RowFlags[]): string[] {
  return rows
    .filter((r) => r.flags.some((f) => f.rule === NOT_ASSIGNED) !== (r.sector !== OWN_FIELD))
    .map((r) => `${r.code} (${r.sector}): ${r.flags.map((f) => f.rule).join(',') || 'no flag'}`);
}

/** Wait until the visible rows are the expected ones (`ready`) and correctly flagged. */
async function expectFlagged(page: Page, ready: (rows: RowFlags[]) => boolean = () => true): Promise<RowFlags[]> {
  await expect
    .poll(async () => {
      const rows = await rowsOf(page);
      return rows.length && ready(rows) ? misflagged(rows) : ['(rows not shown yet)'];
    })
    .toEqual([]);
  const rows = await rowsOf(page);
  for (const flag of rows.flatMap((r) => r.flags.filter((f) => f.rule === NOT_ASSIGNED))) {
    expect(flag.title.length).toBeGreaterThan(10);
    expect(flag.label).toBe(flag.title);
  }
  return rows;
}

test('rows of other fields are flagged, own-field rows are not; paging and filtering re-flag', async ({ page, worker, sites }) => {
  await configure(worker, sites);
  await signInMotcua(page, 'hotich01', '/vi/dossier/search');
  const first = await expectFlagged(page);
  expect(first.some((r) => r.sector === OWN_FIELD)).toBe(true);
  expect(first.some((r) => r.sector !== OWN_FIELD)).toBe(true);

  // Next page, in the app (no reload): new rows, flagged again.
  await page.click('.mat-paginator-navigation-next');
  await expect(page).toHaveURL(/page=2/);
  const second = await expectFlagged(page, (rows) => !rows.some((r) => first.some((f) => f.code === r.code)));
  expect(second.length).toBeGreaterThan(0);

  // Filter by a field nobody here is assigned: every row is flagged.
  await page.locator('select[name="sector"]').selectOption({ label: 'Bảo trợ xã hội' });
  await page.click('button.searchBtn');
  const filtered = await expectFlagged(page, (rows) => rows.every((r) => r.sector === 'Bảo trợ xã hội'));
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.every((r) => r.sector === 'Bảo trợ xã hội' && r.flags.some((f) => f.rule === NOT_ASSIGNED))).toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
});

test('late online rows carry dossier/late-reception', async ({ page, worker, sites }) => {
  await configure(worker, sites);
  await signInMotcua(page, 'hotich01', '/vi/dossier/search');
  await page.goto(`${URLS.motcua}/vi/dossier/search?size=100`);
  await expectFlagged(page);
  const rows = await rowsOf(page);
  expect(rows.length).toBe(sites.seed.dossiers.length);
  for (const id of scenario(sites, 'late-overdue')) {
    const row = rows.find((r) => r.id === id)!;
    expect(row.flags.map((f) => f.rule), row.code).toContain('dossier/late-reception');
  }
  // Received dossiers are never late.
  for (const id of scenario(sites, 'accepted')) {
    expect(rows.find((r) => r.id === id)!.flags.map((f) => f.rule)).not.toContain('dossier/late-reception');
  }
});
