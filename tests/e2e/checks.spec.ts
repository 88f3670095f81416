// Every rule of the DESIGN table fires on the replica for a seed dossier that must fire it, as an
// account assigned to that dossier's field; clean dossiers get an all-clear; rule interplay holds.
// Each defective seed dossier has exactly one defect for its field's account, so each check
// asserts the stable hook AND that no other rule spoke.
import { test, expect, URLS } from './fixtures';
import { signInMotcua } from './helpers';
import { accountFor, dossierById, finding, openDossier, scenario, shownFindings, configure } from './checks-helpers';
import type { Page } from '@playwright/test';

type Sites = Parameters<typeof accountFor>[0];

/** Distinct rule ids shown, as "rule/severity". */
const distinct = async (page: Page) => [...new Set(await shownFindings(page))];

/** Open `id` and expect exactly `rule` with `severity` (once or more) and nothing else. */
async function expectOnly(page: Page, id: string, rule: string, severity: string) {
  expect(await openDossier(page, id), id).toBe('done');
  await expect(finding(page, rule, severity).first()).toBeAttached();
  expect(await distinct(page), id).toEqual([`${rule}/${severity}`]);
}

async function expectAllClear(page: Page, ids: string[]) {
  for (const id of ids) {
    expect(await openDossier(page, id), `${id} should be all-clear`).toBe('all-clear');
    expect(await shownFindings(page)).toEqual([]);
  }
}

/** Sign in as the account of the scenario's first dossier (sanity: the seed maps it). */
async function signInFor(page: Page, sites: Sites, id: string, expected: string) {
  expect(accountFor(sites, id)).toBe(expected);
  await signInMotcua(page, expected);
}

test('hộ tịch (hotich01): routing, completeness, identity numbers, values', async ({ page, worker, sites }) => {
  test.slow(); // many dossiers, each a full page load and check
  await configure(worker, sites);
  await signInFor(page, sites, scenario(sites, 'missing-paper-form')[0]!, 'hotich01');
  await expectOnly(page, scenario(sites, 'wrong-field')[0]!, 'routing/field-not-assigned', 'error');
  await expectOnly(page, scenario(sites, 'missing-paper-form')[0]!, 'completeness/missing-document', 'error');
  await expectOnly(page, scenario(sites, 'missing-eform')[0]!, 'completeness/missing-document', 'error');
  await expectOnly(page, scenario(sites, 'conditional-missing')[0]!, 'completeness/missing-document', 'error');
  await expectOnly(page, scenario(sites, 'bad-id-length')[0]!, 'data/invalid-id-number', 'error');
  await expectOnly(page, scenario(sites, 'bad-id-century')[0]!, 'data/invalid-id-number', 'error');
  await expectOnly(page, scenario(sites, 'bad-date')[0]!, 'data/invalid-value', 'warning');
  await expectOnly(page, scenario(sites, 'bad-email').find((id) => accountFor(sites, id) === 'hotich01')!, 'data/invalid-value', 'warning');
});

test('hộ tịch (hotich01): unknown procedure, late reception; clean dossiers are all-clear', async ({ page, worker, sites }) => {
  test.slow(); // many dossiers, each a full page load and check
  await configure(worker, sites);
  await signInMotcua(page, 'hotich01');
  await expectOnly(page, scenario(sites, 'unknown-procedure')[0]!, 'catalog/unknown-procedure', 'warning');
  for (const id of scenario(sites, 'late-overdue')) {
    await expectOnly(page, id, 'dossier/late-reception', 'warning');
    await expect(finding(page, 'dossier/late-reception')).toContainText('đã trễ');
  }
  // late-near: 19–20 h of weekday time. Office hours count fewer, so this is "sắp trễ" or
  // nothing; it must never be reported as already late.
  for (const id of scenario(sites, 'late-near')) {
    await openDossier(page, id);
    const texts = await finding(page, 'dossier/late-reception').allTextContents();
    test.info().annotations.push({ type: 'late-near', description: `${id}: ${texts.length ? texts.join(' | ') : 'no finding'}` });
    for (const text of texts) expect(text).toContain('sắp trễ');
  }
  await expectAllClear(page, scenario(sites, 'clean-ho-tich').slice(0, 4));
});

test('household business (hkd01): not-required document, names; clean registrations', async ({ page, worker, sites }) => {
  test.slow(); // many dossiers, each a full page load and check
  await configure(worker, sites);
  await signInFor(page, sites, scenario(sites, 'hkd')[0]!, 'hkd01');
  await expectOnly(page, scenario(sites, 'not-required-document')[0]!, 'completeness/not-required-document', 'review');
  await expectOnly(page, scenario(sites, 'hkd-name-company')[0]!, 'hkd/business-name', 'error');
  await expectOnly(page, scenario(sites, 'hkd-name-no-prefix')[0]!, 'hkd/business-name', 'error');
  // Same name as a household registered in another ward: not a duplicate.
  await expectAllClear(page, [...scenario(sites, 'clean-hkd-registration').slice(0, 2), ...scenario(sites, 'hkd-name-same-other-ward')]);
});

test('household business (hkd01): business lines, owner id, family minutes', async ({ page, worker, sites }) => {
  test.slow(); // many dossiers, each a full page load and check
  await configure(worker, sites);
  await signInMotcua(page, 'hkd01');
  for (const name of ['main-line-none', 'main-line-two', 'main-line-no-code']) {
    await expectOnly(page, scenario(sites, name)[0]!, 'hkd/main-business-line', 'error');
  }
  await expectOnly(page, scenario(sites, 'bad-id-hkd-owner')[0]!, 'data/invalid-id-number', 'error');
  for (const id of scenario(sites, 'conditional-missing').filter((x) => accountFor(sites, x) === 'hkd01')) {
    await expectOnly(page, id, 'completeness/missing-document', 'error');
  }
});

test('chứng thực by full name, land, and an account without assignment', async ({ page, worker, sites }) => {
  test.slow(); // many dossiers, each a full page load and check
  await configure(worker, sites);
  // chungthuc01 is assigned by full name ("Trần Văn Minh").
  await signInFor(page, sites, scenario(sites, 'clean-chung-thuc')[0]!, 'chungthuc01');
  await expectOnly(page, scenario(sites, 'bad-id-prefix')[0]!, 'data/invalid-id-number', 'error');
  await expectOnly(page, scenario(sites, 'unknown-procedure')[1]!, 'catalog/unknown-procedure', 'warning');
  await expectAllClear(page, scenario(sites, 'clean-chung-thuc').slice(0, 2));

  await signInFor(page, sites, scenario(sites, 'outside-jurisdiction')[0]!, 'dat01');
  for (const id of scenario(sites, 'outside-jurisdiction')) await expectOnly(page, id, 'routing/outside-jurisdiction', 'warning');
  await expectAllClear(page, scenario(sites, 'clean-land'));

  // moi01 has no assignment: "not configured", never "not your field" (even for a wrong-field dossier).
  await signInMotcua(page, 'moi01');
  for (const id of [scenario(sites, 'wrong-field')[0]!, scenario(sites, 'clean-ho-tich')[0]!]) {
    await expectOnly(page, id, 'routing/account-not-configured', 'warning');
    await expect(finding(page, 'routing/field-not-assigned')).toHaveCount(0);
  }
});

test('dossier/duplicate fires once the original is in local history', async ({ page, worker, sites }) => {
  await configure(worker, sites);
  await signInMotcua(page, 'hotich01');
  const [original, duplicate] = [scenario(sites, 'duplicate-original')[0]!, scenario(sites, 'duplicate')[0]!];
  // Without its original in history, a duplicate is not recognised (the other pair's).
  expect(await openDossier(page, scenario(sites, 'duplicate')[1]!)).toBe('all-clear');
  expect(await openDossier(page, original)).toBe('all-clear');
  await expectOnly(page, duplicate, 'dossier/duplicate', 'warning');
  await expect(finding(page, 'dossier/duplicate')).toContainText(dossierById(sites, original).code);
});

/** The dossier as another layout would show it: same data, "Lĩnh vực" and "Số CCCD" renamed. */
function changedLayout(d: ReturnType<typeof dossierById>): string {
  const a = d.applicant.data;
  // iGate's "2026-11-30T09:10:00.000+0700" → "30/11/2026 09:10", as pages print it.
  const [, y, m, day, hm] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(d.appliedDate)!;
  const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
  const files = d.dossierFormFile
    .map((f: { procedureForm: { name: string }; file: { filename: string }[] }) => row(f.procedureForm.name, f.file.map((x) => `<a href="#">${x.filename}</a>`).join(' ') || 'Chưa đính kèm'))
    .join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hồ sơ</title></head><body>
    <header>Tài khoản: hotich01</header>
    <h2>Thông tin hồ sơ</h2><table>
    ${row('Mã hồ sơ', d.code)}${row('Mã thủ tục', d.procedure.code)}${row('Tên thủ tục', d.procedure.translate[0]!.name)}
    ${row('Nhóm nghiệp vụ', d.procedure.sector.name)}${row('Hình thức nộp', d.applyMethod.name)}
    ${row('Ngày nộp', `${day}/${m}/${y} ${hm}`)}${row('Trạng thái', d.dossierStatus.name)}</table>
    <h2>Thông tin người nộp</h2><table>
    ${row('Họ và tên', a.fullname)}${row('Giấy tờ', a.identityNumber)}${row('Ngày sinh', a.birthday)}${row('Giới tính', a.gender)}
    ${row('Số điện thoại', a.phoneNumber)}${row('Email', a.email)}${row('Địa chỉ thường trú', `${a.address}, ${a.ward}, ${a.province}`)}</table>
    <h2>Thành phần hồ sơ</h2><table>${files}</table>
    <button class="btn-accept" type="button">Tiếp nhận</button></body></html>`;
}

test('a changed layout gives adapter/unreadable and no verdict that depends on it, never an all-clear', async ({ page, worker, sites }) => {
  await configure(worker, sites);
  const d = dossierById(sites, scenario(sites, 'wrong-field')[0]!);
  // Not signed in: no token, so no JSON; only the page itself can be read.
  await page.route(`${URLS.motcua}/vi/dossier/search/${d.id}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: changedLayout(d) }));
  await page.goto(`${URLS.motcua}/vi/dossier/search/${d.id}`);
  const state = await page.locator('motcua-assist [data-testid="check-status"]:not([data-state="checking"])').getAttribute('data-state');
  expect(state).not.toBe('all-clear');
  await expect(finding(page, 'adapter/unreadable', 'review').first()).toBeAttached();
  const unreadable = (await finding(page, 'adapter/unreadable').allTextContents()).join('\n');
  expect(unreadable).toContain('lĩnh vực');
  // The field is unreadable, so the wrong-field dossier gets no routing verdict.
  await expect(finding(page, 'routing/field-not-assigned')).toHaveCount(0);
  expect(await page.locator('motcua-assist [data-testid="check-status"]').getAttribute('data-state')).not.toBe('all-clear');
});
