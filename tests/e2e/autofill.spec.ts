// Auto-fill end to end: capture on System A through the real button, fill HkdOnline with its
// faults switched on (error pages, session expiry midway, slow responses), check every saved
// block against the source via the replica's state, nothing submitted, no block saved twice,
// then carry the result back into System A's "Kết quả giải quyết".
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, URLS, type Sites } from './fixtures';
import { inAssist, signInHkd, signInMotcua, PASSWORD } from './helpers';

type Draft = { blocks: Record<string, { values: Record<string, string>; rows: { code: string; name: string; main: boolean }[]; saves: number }> };
type ReplicaState = { drafts: Record<string, Draft>; submissions: unknown[]; counters: { errors: number; expiries: number } };

const FAULTS = 'error=0.25,expire=40,slow=120,seed=7';

async function replicaState(sites: Sites): Promise<ReplicaState> {
  return (await fetch(`${sites.urls.hkd}/HkdOnline/__replica/state`)).json() as Promise<ReplicaState>;
}

async function faults(context: BrowserContext, value: string) {
  await context.addCookies([{ name: 'replica-faults', value, domain: 'hokinhdoanh.dkkd.gov.vn', path: '/' }]);
}

function dossier(sites: Sites, scenario: string, pick: (eForm: Record<string, any>) => boolean = () => true) {
  const ids = sites.seed.scenarios[scenario] as string[];
  const d = (sites.seed.dossiers as any[]).find((x) => ids.includes(x.id) && pick(x.eForm.data));
  if (!d) throw new Error(`no dossier for ${scenario}`);
  return d as { id: string; code: string; eForm: { data: Record<string, any> } };
}

async function capture(page: Page, id: string) {
  await signInMotcua(page, 'hkd01', `/vi/dossier/search/${id}`);
  await page.goto(`${URLS.motcua}/vi/dossier/search/${id}`); // a fresh load of the dossier page
  await inAssist(page, '[data-testid="autofill-capture"]').click();
  await expect(inAssist(page, '[data-testid="capture-preview"]')).toBeVisible();
  await inAssist(page, '[data-testid="capture-confirm"]').click();
  await expect(inAssist(page, '[data-testid="capture-stored"]')).toBeVisible();
}

/** Start the fill for `code` on HkdOnline and drive it to "done", signing in again on expiry. */
async function fill(page: Page, code: string) {
  await signInHkd(page);
  await inAssist(page, `[data-testid="autofill-item"][data-dossier-code="${code}"]`).click();
  await inAssist(page, '[data-testid="autofill-start"]').click();
  await expect(inAssist(page, '[data-testid="fill-preview"]')).toBeVisible();
  await inAssist(page, '[data-testid="fill-confirm"]').click();
  const status = inAssist(page, '[data-testid="fill-status"]');
  const deadline = Date.now() + 150_000;
  for (;;) {
    expect(Date.now(), 'fill did not finish in time').toBeLessThan(deadline);
    if (await page.locator('input[type=password]').isVisible().catch(() => false)) {
      await page.fill('input[name="ctl00$C$txtUserName"]', 'hkd01');
      await page.fill('input[name="ctl00$C$txtPassword"]', PASSWORD);
      await page.click('[name="ctl00$C$btnLogin"]').catch(() => undefined);
      continue;
    }
    const state = await status.getAttribute('data-state', { timeout: 2000 }).catch(() => null);
    if (state === 'done') break;
    if (state === 'error' || state === 'stopped') throw new Error(`fill ${state}: ${await inAssist(page, '[data-testid="fill-message"]').textContent()}`);
    await page.waitForTimeout(300);
  }
  await expect(status).toHaveAttribute('data-step', /^(\d+)\/\1$/);
  return status;
}

test.describe('auto-fill HkdOnline', () => {
  test.setTimeout(240_000);
  test.beforeEach(async ({ sites }) => {
    await fetch(`${sites.urls.hkd}/HkdOnline/__replica/reset`, { method: 'POST' });
  });

  test('registration: capture, fill through faults, submit by hand, result back into System A', async ({ page, context, sites }) => {
    const d = dossier(sites, 'clean-hkd-registration', (f) => f.foundingSubject === 'Cá nhân' && f.submitter?.isOwner);
    const f = d.eForm.data;
    await capture(page, d.id);
    await faults(context, FAULTS);
    const status = await fill(page, d.code);
    expect(Number(await status.getAttribute('data-chars'))).toBeGreaterThan(100);

    const draft = (await replicaState(sites)).drafts.hkd01!;
    const v = (block: string) => draft.blocks[block]!.values;
    expect(v('ADDR')['ctl00$C$ADDRCtl$STREET_NUMBERFld']).toBe(f.seatAddress.street);
    expect(v('ADDR')['ctl00$C$ADDRCtl$CITY_IDFld']).toBe('79');
    expect(v('ADDR')['ctl00$C$DCONTClt$HO_PHONEFld']).toBe(f.phone.replace(/\D/g, ''));
    expect(draft.blocks.BLINE!.rows.map((r) => [r.code, r.main])).toEqual(f.businessLines.map((l: any) => [l.code, l.main]));
    expect(v('NAME')['ctl00$C$NAMECtl$NAMEFld']).toBe(f.businessName.toLocaleUpperCase('vi'));
    const own = 'ctl00$C$OWN_PCtl$PERSCtl$';
    expect(v('OWNER')[`${own}FULL_NAMEFld`]).toBe(f.owner.fullName);
    expect(v('OWNER')[`${own}PERS_DOC_NOFld`]).toBe(f.owner.docNumber);
    expect(v('OWNER')[`${own}DATE_OF_BIRTHFld`]).toBe(f.owner.birthDate);
    expect(v('OWNER')[`${own}GENDERFld`]).toBe(f.owner.gender === 'Nam' ? '1' : '2');
    expect(v('OWNER')[`${own}DOC_ISSUE_PLACEFld`]).toBe(f.owner.docPlace);
    expect(v('OWNER')[`${own}ADDRCCtl$STREET_NUMBERFld`]).toBe(f.owner.contactAddress.street);
    expect(v('CAP')['ctl00$C$CAPCtl$CAPITALFld']).toBe(String(f.capital));
    expect(v('TAX')['ctl00$C$TAXCtl$START_DATEFld']).toBe(f.startDate);
    expect(v('TAX')['ctl00$C$TAXCtl$EMPLOYEESFld']).toBe(String(f.employees));
    expect(v('SUBMIT')['ctl00$C$PERSCtl$SUBMITTER_TYPEFld']).toBe('OWNER');
    expect(v('SUBMIT')['ctl00$C$PERSCtl$PERS_DOC_NOFld']).toBe(f.owner.docNumber);
    for (const [key, block] of Object.entries(draft.blocks)) expect(block.saves, `block ${key} saved once`).toBe(1);
    const after = await replicaState(sites);
    expect(after.submissions).toEqual([]);
    expect(after.counters.errors, 'error pages were injected').toBeGreaterThan(0);
    expect(after.counters.expiries, 'the session expired midway').toBeGreaterThan(0);

    // The officer submits by hand; the result page's values go back to System A.
    await faults(context, 'error=0,expire=0,slow=0');
    await page.goto(`${URLS.hkd}/Default.aspx`);
    await page.click('#ctl00_C_lnkContinue');
    await page.click('#ctl00_C_lnkOverview');
    await page.click('[name="ctl00$C$btnSubmit"]');
    await expect(page.locator('#ctl00_C_lblHouseholdCode')).toHaveText(f.owner.docNumber);
    const certificate = (await page.locator('#ctl00_C_lblCertificateNumber').textContent())!.trim();
    await inAssist(page, '[data-testid="fill-result-dossier"]').selectOption(d.code);
    await inAssist(page, '[data-testid="fill-result-send"]').click();
    await expect(inAssist(page, '[data-testid="fill-result-sent"]')).toBeVisible();

    await page.goto(`${URLS.motcua}/vi/dossier/search/${d.id}`);
    await inAssist(page, '[data-testid="result-fill"]').click();
    await expect(page.locator('input[name="resultCode"]')).toHaveValue(f.owner.docNumber);
    await expect(page.locator('input[name="certificateNumber"]')).toHaveValue(certificate);
    await expect(page.locator('input[name="resultDate"]')).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
    await expect(inAssist(page, '[data-testid="autofill-capture"]')).toBeVisible(); // personal data erased
  });

  test('change dossier: search step, amendment choice and the changed blocks, through faults', async ({ page, context, sites }) => {
    const d = dossier(sites, 'hkd-change', (f) => f.changes?.length === 2);
    await capture(page, d.id);
    await faults(context, FAULTS);
    await fill(page, d.code);
    const state = await replicaState(sites);
    const draft = state.drafts.hkd01!;
    expect(Object.keys(draft.blocks).sort()).toEqual(['ADDR', 'BLINE', 'SUBMIT']);
    expect(draft.blocks.ADDR!.values['ctl00$C$ADDRCtl$STREET_NUMBERFld']).toBe('45 Võ Văn Ngân, Khu phố 2');
    expect(draft.blocks.BLINE!.rows.map((r) => r.code)).toContain('4723');
    expect(draft.blocks.BLINE!.rows.filter((r) => r.main)).toHaveLength(1);
    for (const [key, block] of Object.entries(draft.blocks)) expect(block.saves, `block ${key} saved once`).toBe(1);
    expect(state.submissions).toEqual([]);
    expect(state.counters.errors + state.counters.expiries).toBeGreaterThan(0);
  });
});
