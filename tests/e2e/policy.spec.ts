// Enterprise policy in real Chromium: a 3rdparty policy file under /etc/chromium/policies/managed
// configures the extension; changes apply while the browser runs; lockSettings makes settings
// read-only; a rejected value is listed on the options page while the other keys keep working;
// a system host added by policy gets the content script. Runs in the serial "policy" project.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { PASSWORD } from './helpers';
import { finding, openDossier, scenario, shownFindings } from './checks-helpers';
import { EXTENSION_ID, grantHostInProfile, launchWithPolicy, removePolicy, routeExtraHost, waitForConfig, writePolicy, type Launched } from './policy-helpers';

test.describe.configure({ mode: 'serial' });

declare const chrome: any;
let launched: Launched | undefined;

test.afterEach(async () => {
  removePolicy();
  await launched?.context.close();
  launched = undefined;
});
test.afterAll(() => removePolicy());

const signIn = async (page: Launched['page'], base: string, username: string, path: string) => {
  await page.goto(`${base}/vi/login?returnUrl=${encodeURIComponent(path)}`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', PASSWORD);
  await page.click('button.login-button');
  await page.waitForURL((url) => url.pathname === path);
};
const MOTCUA = 'https://motcua.tphcm.gov.vn';
const CHUNG_THUC = [{ account: 'hotich01', fields: ['Chứng thực'] }];

test('assignments, unit and rules from policy take effect, and a changed policy file applies within seconds', async ({ sites }) => {
  const hoTich = scenario(sites, 'clean-ho-tich')[0]!;
  writePolicy({ fieldAssignments: CHUNG_THUC, unit: sites.seed.unit });
  launched = await launchWithPolicy(sites);
  const { worker, page } = launched;
  await waitForConfig(worker, (m) => m.sources.fieldAssignments === 'policy' && m.sources.unit === 'policy');
  await signIn(page, MOTCUA, 'hotich01', '/vi/dossier/processing');
  await openDossier(page, hoTich);
  expect(await shownFindings(page)).toEqual(['routing/field-not-assigned/error']);

  // Re-grade the rule by policy while the browser runs.
  let changedAt = Date.now();
  writePolicy({ fieldAssignments: CHUNG_THUC, unit: sites.seed.unit, rules: { 'routing/field-not-assigned': { severity: 'warning' } } });
  await waitForConfig(worker, (m) => m.config.rules?.['routing/field-not-assigned']?.severity === 'warning');
  expect(Date.now() - changedAt).toBeLessThan(15_000);
  await openDossier(page, hoTich);
  await expect(finding(page, 'routing/field-not-assigned', 'warning')).toHaveCount(1);

  // Assign Hộ tịch instead: the same dossier is now in the account's field.
  changedAt = Date.now();
  writePolicy({ fieldAssignments: [{ account: 'hotich01', fields: ['Hộ tịch'] }], unit: sites.seed.unit });
  await waitForConfig(worker, (m) => m.config.fieldAssignments[0]?.fields[0] === 'Hộ tịch');
  expect(Date.now() - changedAt).toBeLessThan(15_000);
  expect(await openDossier(page, hoTich)).toBe('all-clear');
});

test('a unit from policy decides jurisdiction', async ({ sites }) => {
  const outside = scenario(sites, 'outside-jurisdiction')[0]!;
  const assign = [{ account: 'dat01', fields: ['Đất đai'] }];
  writePolicy({ fieldAssignments: assign, unit: sites.seed.unit });
  launched = await launchWithPolicy(sites);
  const { worker, page } = launched;
  await waitForConfig(worker, (m) => m.sources.unit === 'policy');
  await signIn(page, MOTCUA, 'dat01', '/vi/dossier/processing');
  await openDossier(page, outside);
  await expect(finding(page, 'routing/outside-jurisdiction')).not.toHaveCount(0);
  // Turning the rule off by policy removes the finding: the rules key has effect too.
  writePolicy({ fieldAssignments: assign, unit: sites.seed.unit, rules: { 'routing/outside-jurisdiction': { enabled: false } } });
  await waitForConfig(worker, (m) => m.config.rules?.['routing/outside-jurisdiction']?.enabled === false);
  expect(await openDossier(page, outside)).toBe('all-clear');
});

test('lockSettings: options page controls are disabled and a direct storage write is ignored', async ({ sites }) => {
  writePolicy({ lockSettings: true, fieldAssignments: CHUNG_THUC });
  launched = await launchWithPolicy(sites);
  const { worker, page } = launched;
  await waitForConfig(worker, (m) => m.locked.includes('fieldAssignments'));
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  const assignments = page.getByTestId('opt-setting-fieldAssignments');
  await expect(assignments).toHaveAttribute('data-source', 'policy');
  await expect(assignments).toHaveAttribute('data-locked', 'true');
  await expect(assignments.locator('input').first()).toBeDisabled();
  await expect(assignments.getByTestId('opt-assignment-add')).toBeDisabled();
  await expect(page.getByTestId('opt-setting-retentionDays').getByTestId('opt-retention')).toBeEnabled(); // not set by policy

  await worker.evaluate(() => chrome.storage.local.set({ options: { fieldAssignments: [{ account: 'hotich01', fields: ['Hộ tịch'] }], retentionDays: 45 } }));
  const merged = await waitForConfig(worker, (m) => m.sources.retentionDays === 'officer');
  expect(merged.config.fieldAssignments).toEqual(CHUNG_THUC);
  expect(merged.sources.fieldAssignments).toBe('policy');
  await signIn(page, MOTCUA, 'hotich01', '/vi/dossier/processing');
  await openDossier(page, scenario(sites, 'clean-ho-tich')[0]!);
  expect(await shownFindings(page)).toEqual(['routing/field-not-assigned/error']);
});

test('a rejected policy value is listed on the options page; the other keys keep working', async ({ sites }) => {
  // Chromium itself drops values of the wrong JSON type (they show in chrome://policy); a value of
  // the right type that the extension's schema rejects reaches the extension and is reported.
  writePolicy({ fieldAssignments: CHUNG_THUC, rules: { 'routing/field-not-assigned': { severity: 'blocker' } }, retentionDays: 'ba mươi' });
  launched = await launchWithPolicy(sites);
  const { worker, page } = launched;
  const merged = await waitForConfig(worker, (m) => m.sources.fieldAssignments === 'policy' && m.problems.some((p) => p.key === 'rules'));
  expect(merged.config.rules).toEqual({});
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  const problem = page.locator('[data-testid="opt-problem"][data-key="rules"]');
  await expect(problem).toHaveAttribute('data-from', 'policy');
  await expect(problem).toContainText('routing/field-not-assigned.severity');
  await expect(page.getByTestId('opt-setting-fieldAssignments')).toHaveAttribute('data-source', 'policy');
  await signIn(page, MOTCUA, 'hotich01', '/vi/dossier/processing');
  await openDossier(page, scenario(sites, 'clean-ho-tich')[0]!);
  expect(await shownFindings(page)).toEqual(['routing/field-not-assigned/error']); // default severity
});

test('a system host configured by policy gets the content script once access is granted', async ({ sites }) => {
  const host = 'motcua.hcm.test';
  const profile = mkdtempSync(join(tmpdir(), 'motcua-policy-'));
  try {
    const first = await launchWithPolicy(sites, profile); // install the extension into the profile
    await first.context.close();
    grantHostInProfile(profile, `https://${host}/*`);
    writePolicy({
      fieldAssignments: CHUNG_THUC,
      systems: [{ id: 'motcua-hcm-test', kind: 'processing', matches: [`https://${host}/*`] }],
    });
    launched = await launchWithPolicy(sites, profile);
    const { worker, page, context } = launched;
    await routeExtraHost(context, host, sites.urls.motcua);
    await waitForConfig(worker, (m) => m.sources.systems === 'policy');
    await expect
      .poll(async () => (await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).map((s: { id: string; matches: string[] }) => `${s.id} ${s.matches}`))
      .toEqual([`policy-system-motcua-hcm-test https://${host}/*`]);
    await signIn(page, `https://${host}`, 'hotich01', '/vi/dossier/processing');
    await expect(page.locator('motcua-assist')).toHaveCount(1);
    await page.goto(`https://${host}/vi/dossier/search/${scenario(sites, 'clean-ho-tich')[0]}`);
    await expect(finding(page, 'routing/field-not-assigned', 'error')).toHaveCount(1);
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await expect(page.locator(`[data-testid="opt-host"][data-origin="https://${host}/*"]`)).toHaveAttribute('data-granted', 'true');
  } finally {
    await launched?.context.close();
    launched = undefined;
    rmSync(profile, { recursive: true, force: true });
  }
});
