// In-app navigation (no reloads): list → dossier A → back → dossier B shows B's findings and
// never A's. Every change of the panel is recorded together with the dossier the page shows.
import type { Page } from '@playwright/test';
import { test, expect, URLS } from './fixtures';
import { signInMotcua } from './helpers';
import { configure, finding, scenario, waitVerdict } from './checks-helpers';

/** Record, on every change of the panel, which dossier the page shows and which rules are shown. */
async function recordPanel(page: Page) {
  await page.evaluate(() => {
    const log: Array<{ shown: string | null; rules: string[] }> = [];
    (window as unknown as { __panelLog: typeof log }).__panelLog = log;
    const root = document.querySelector('motcua-assist')!.shadowRoot!;
    const take = () =>
      log.push({
        shown: document.querySelector('app-dossier-detail')?.getAttribute('data-dossier-id') ?? null,
        rules: [...root.querySelectorAll('.finding[data-rule]')].map((e) => (e as HTMLElement).dataset.rule!),
      });
    new MutationObserver(take).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    // The host page changes too (its detail view replaces the list): sample on those changes as well.
    new MutationObserver(take).observe(document.body, { subtree: true, childList: true });
  });
}

const panelLog = (page: Page) => page.evaluate(() => (window as unknown as { __panelLog: Array<{ shown: string | null; rules: string[] }> }).__panelLog);

test('list → A → back → B shows B\'s findings, never A\'s', async ({ page, worker, sites }) => {
  await configure(worker, sites);
  const a = scenario(sites, 'wrong-field')[0]!; // routing/field-not-assigned for hotich01
  const b = scenario(sites, 'late-overdue')[0]!; // dossier/late-reception only
  await signInMotcua(page, 'hotich01', '/vi/dossier/search');
  await page.goto(`${URLS.motcua}/vi/dossier/search?size=100`);
  await expect(page.locator(`tr.mat-row[data-dossier-id="${b}"]`)).toBeVisible();
  await recordPanel(page);

  await page.locator(`tr.mat-row[data-dossier-id="${a}"] .mat-column-code a`).click();
  await expect(page.locator(`app-dossier-detail[data-dossier-id="${a}"]`)).toBeVisible();
  expect(await waitVerdict(page)).toBe('done');
  await expect(finding(page, 'routing/field-not-assigned', 'error')).toBeAttached();

  await page.goBack();
  await expect(page.locator(`tr.mat-row[data-dossier-id="${b}"]`)).toBeVisible();
  await page.locator(`tr.mat-row[data-dossier-id="${b}"] .mat-column-code a`).click();
  await expect(page.locator(`app-dossier-detail[data-dossier-id="${b}"]`)).toBeVisible();
  await expect(finding(page, 'dossier/late-reception', 'warning')).toBeAttached();
  expect(await waitVerdict(page)).toBe('done');
  await expect(finding(page, 'routing/field-not-assigned')).toHaveCount(0);

  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1); // no reload
  const log = await panelLog(page);
  expect(log.some((e) => e.shown === a && e.rules.includes('routing/field-not-assigned'))).toBe(true); // the recorder works
  const stale = log.filter((e) => e.shown === b && e.rules.includes('routing/field-not-assigned'));
  expect(stale, 'A\'s finding shown while the page showed B').toEqual([]);
});
