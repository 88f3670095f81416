// The foundation: the extension loads in real Chromium, its content scripts run on both systems
// under their real hostnames, follow in-app navigation and postbacks, and the replicas behave.
import { test, expect, URLS } from './fixtures';
import { signInMotcua, signInHkd, inAssist } from './helpers';

test('the extension and its service worker load with the stable id', async ({ worker, extensionId }) => {
  expect(worker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  expect(extensionId).toBe('egjglbnfmocnkelafdenielcmankokij');
  // Least privilege in the extension as Chromium loaded it (the config is checked by a unit test).
  const manifest = await worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
  expect([...manifest.permissions].sort()).toEqual(['alarms', 'scripting', 'storage', 'tabs']);
  expect([...manifest.host_permissions].sort()).toEqual(['https://hokinhdoanh.dkkd.gov.vn/HkdOnline/*', 'https://motcua.tphcm.gov.vn/*']);
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
});

test('System A: page kind and account follow in-app navigation', async ({ page }) => {
  await signInMotcua(page, 'hotich01');
  await expect(page.locator('motcua-assist')).toHaveCount(1);
  await expect(inAssist(page, '[data-testid="page-kind"]')).toHaveText('Danh sách hồ sơ');
  await expect(inAssist(page, '[data-testid="account"]')).toHaveText('hotich01');
  const navigations: string[] = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));
  await page.locator('.mat-column-code a').first().click();
  await expect(page).toHaveURL(/\/vi\/dossier\/processing\/[0-9a-f]+/);
  await expect(inAssist(page, '[data-testid="page-kind"]')).toHaveText('Chi tiết hồ sơ');
  await page.goBack();
  await expect(inAssist(page, '[data-testid="page-kind"]')).toHaveText('Danh sách hồ sơ');
  await expect(page.locator('motcua-assist')).toHaveCount(1);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1); // no reload
});

test('System B: wizard step and account survive postbacks', async ({ page, sites }) => {
  // Drafts live per account on the replica server that other tests share: start from none.
  await fetch(`${sites.urls.hkd}/HkdOnline/__replica/reset`, { method: 'POST' });
  await signInHkd(page);
  await expect(inAssist(page, '[data-testid="account"]')).toHaveText('hkd01');
  await Promise.all([page.waitForURL(/Registration\.aspx\?h=/), page.getByRole('link', { name: 'Đăng ký hộ kinh doanh', exact: true }).first().click()]);
  await expect(inAssist(page, '[data-testid="page-kind"]')).toContainText('type');
  await page.check('input[name="ctl00$C$myWizard$CtlType"][value="NEW"]');
  const before = await page.evaluate(() => performance.timeOrigin);
  await Promise.all([page.waitForLoadState('load'), page.click('[name$="StartNextButton"]')]);
  expect(await page.evaluate(() => performance.timeOrigin)).not.toBe(before); // a real postback
  await expect(page.locator('motcua-assist')).toHaveCount(1);
  await expect(inAssist(page, '[data-testid="account"]')).toHaveText('hkd01');
});
