// The HkdOnline replica (tests/sites/hkdonline) behaves like the real WebForms system: sign-in,
// __VIEWSTATE round trip, AutoPostBack province → wards, Save gated on change, business lines,
// a full registration to the result page, change flows and the state endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HkdClient, type HkdPage } from '../sites/hkdonline/client.mjs';
import { startHkd } from '../sites/hkdonline/fixture.mjs';

const OWN = 'ctl00$C$OWN_PCtl$PERSCtl$';
const SAVE = 'ctl00$C$btnSave';
const NEXT = 'ctl00$C$btnNext';
const WIZ = {
  type: 'ctl00$C$myWizard$CtlType',
  start: 'ctl00$C$myWizard$StartNavigationTemplateContainerID$StartNextButton',
  next: 'ctl00$C$myWizard$StepNavigationTemplateContainerID$StepNextButton',
  finish: 'ctl00$C$myWizard$FinishNavigationTemplateContainerID$FinishButton',
};

let site: { origin: string; close: () => Promise<void> };
beforeAll(async () => { site = await startHkd({ now: () => new Date(2026, 2, 15, 9, 0) }); });
afterAll(() => site.close());

async function state(): Promise<any> {
  return (await fetch(`${site.origin}/HkdOnline/__replica/state`)).json();
}

async function freshClient(user = 'hkd01', password = '123456') {
  await fetch(`${site.origin}/HkdOnline/__replica/reset`, { method: 'POST' });
  const client = new HkdClient(site.origin);
  await client.login(user, password);
  return client;
}

/** Menu → type → (search → amendment types) → confirm → first data block. */
async function openWizard(client: HkdClient, type = 'NEW', search?: Record<string, string>, amend?: string[]) {
  let p = await client.postBack(await client.get('/HkdOnline/Default.aspx'), { target: 'ctl00$MainMenu', arg: 'REG' });
  p = await client.postBack(p, { set: { [WIZ.type]: type }, click: WIZ.start });
  if (search) {
    p = await client.postBack(p, { set: search, click: 'ctl00$C$btnSearch' });
    p = await client.postBack(p, { click: WIZ.next });
  }
  if (amend) p = await client.postBack(p, { set: { 'ctl00$C$CtlAmendmentType': amend }, click: WIZ.next });
  expect(p.text('.ptitle')).toBe('Xác nhận thông tin đăng ký');
  return client.postBack(p, { click: WIZ.finish });
}

const optionTexts = (p: HkdPage, id: string) =>
  [...p.doc.querySelectorAll(`#${id} option`)].map((o) => `${o.getAttribute('value')}=${o.textContent}`);

async function saveBlock(client: HkdClient, p: HkdPage, set: Record<string, string>) {
  const saved = await client.postBack(p, { set, click: SAVE });
  expect(saved.text('#ctl00_C_ValidationSummary1')).toBeNull();
  expect(saved.text('#ctl00_C_lblMessage')).toBe('Lưu thông tin thành công.');
  return client.postBack(saved, { click: NEXT });
}

async function choose(client: HkdClient, p: HkdPage, select: string, value: string) {
  return client.postBack(p, { set: { [select]: value }, target: select });
}

describe('HkdOnline replica: sign-in and page machinery', () => {
  it('refuses a wrong password and signs an account in with a session cookie', async () => {
    const client = new HkdClient(site.origin);
    const redirected = await client.get('/HkdOnline/Default.aspx');
    expect(redirected.url).toContain('/HkdOnline/Login.aspx?ReturnUrl=');
    const bad = await client.login('hkd01', 'wrong');
    expect(bad.text('#ctl00_C_lblError')).toContain('không đúng');
    const home = await client.login('hkd01', '123456');
    expect(client.cookies.get('ASP.NET_SessionId')).toMatch(/^[a-z0-9]{10,}$/);
    expect(home.url).toMatch(/\/HkdOnline\/Default\.aspx$/);
    expect(home.text('#userbox')).toContain('Xin chào, Nguyễn Thị Thu Hà');
    expect(home.text('#ctl00_lblUserName')).toBe('hkd01');
    const seedAccount = await new HkdClient(site.origin).login('motcua.td01', 'abc123');
    expect(seedAccount.text('#ctl00_lblFullName')).toBe('Phạm Thị Lan');
  });

  it('emits a real __doPostBack and links the menu through it', async () => {
    const client = await freshClient();
    const home = await client.get('/HkdOnline/Default.aspx');
    expect(home.html).toContain('theForm.__EVENTTARGET.value = eventTarget;');
    const link = [...home.doc.querySelectorAll('#topmenu a')].find((a) => a.textContent === 'Đăng ký hộ kinh doanh');
    expect(link?.getAttribute('href')).toBe("javascript:__doPostBack('ctl00$MainMenu','REG')");
    const wizard = await client.postBack(home, { target: 'ctl00$MainMenu', arg: 'REG' });
    expect(wizard.url).toMatch(/\/Forms\/APP\/Registration\.aspx\?h=[0-9a-f]+$/);
    expect(wizard.doc.querySelector('form#aspnetForm')?.getAttribute('action')).toMatch(/^\.\/Registration\.aspx\?h=/);
    expect(wizard.doc.querySelectorAll(`input[name="${WIZ.type}"]`)).toHaveLength(5);
  });

  it('round-trips __VIEWSTATE and refuses a tampered or missing one', async () => {
    const client = await freshClient();
    const p = await openWizard(client);
    const street = 'ctl00$C$ADDRCtl$STREET_NUMBERFld';
    // Unsaved input survives an AutoPostBack because it travels in the posted form and viewstate.
    const after = await client.postBack(p, { set: { [street]: '12 Võ Văn Ngân', 'ctl00$C$ADDRCtl$CITY_IDFld': '79' }, target: 'ctl00$C$ADDRCtl$CITY_IDFld' });
    expect(after.doc.querySelector<HTMLInputElement>('#ctl00_C_ADDRCtl_STREET_NUMBERFld')?.value).toBe('12 Võ Văn Ngân');
    const vs = p.doc.querySelector<HTMLInputElement>('#__VIEWSTATE')!.value;
    const tampered = `${vs.slice(0, 10)}${vs[10] === 'A' ? 'B' : 'A'}${vs.slice(11)}`;
    const bad = await client.postBack(p, { set: { __VIEWSTATE: tampered }, click: SAVE });
    expect(bad.status).toBe(500);
    expect(bad.text('h1')).toBe('Lỗi hệ thống');
    const missing = await client.postBack(p, { set: { __VIEWSTATE: null }, click: SAVE });
    expect(missing.text('h1')).toBe('Lỗi hệ thống');
    const unknownEvent = await client.postBack(p, { target: 'ctl00$C$Nope' });
    expect(unknownEvent.text('.detail')).toContain('Invalid postback');
  });

  it('reloads the ward list of the chosen province with bare names and numeric ids', async () => {
    const client = await freshClient();
    const p = await openWizard(client);
    expect(optionTexts(p, 'ctl00_C_ADDRCtl_CITY_IDFld')).toContain('79=Hồ Chí Minh');
    expect(optionTexts(p, 'ctl00_C_ADDRCtl_WARD_IDFld')).toHaveLength(1);
    const onchange = p.doc.getElementById('ctl00_C_ADDRCtl_CITY_IDFld')?.getAttribute('onchange');
    expect(onchange).toContain("__doPostBack(\\'ctl00$C$ADDRCtl$CITY_IDFld\\',\\'\\')");
    const hcm = await choose(client, p, 'ctl00$C$ADDRCtl$CITY_IDFld', '79');
    expect(optionTexts(hcm, 'ctl00_C_ADDRCtl_WARD_IDFld').slice(1)).toEqual(['79001=Thủ Đức', '79002=Sài Gòn', '79003=Bình Chánh', '79004=Côn Đảo']);
    const dn = await choose(client, await client.postBack(hcm, { set: { 'ctl00$C$ADDRCtl$WARD_IDFld': '79001' } }), 'ctl00$C$ADDRCtl$CITY_IDFld', '48');
    expect(optionTexts(dn, 'ctl00_C_ADDRCtl_WARD_IDFld').slice(1)).toEqual(['48001=Thanh Khê', '48002=Hải Châu']);
    expect(dn.doc.querySelector<HTMLSelectElement>('#ctl00_C_ADDRCtl_WARD_IDFld')?.value).toBe('');
  });

  it('renders Save disabled until a change and refuses an unchanged save', async () => {
    const client = await freshClient();
    const p = await openWizard(client);
    const save = p.doc.getElementById('ctl00_C_btnSave') as HTMLInputElement;
    expect(save.disabled).toBe(true);
    expect(p.html).toMatch(/addEventListener\('change'/);
    // A script that enables the button and posts without changing anything is refused.
    const refused = await client.postBack(p, { click: SAVE });
    expect(refused.text('#ctl00_C_ValidationSummary1')).toContain('Không có thay đổi nào để lưu.');
    const s = await state();
    expect(s.drafts.hkd01.blocks.ADDR).toBeUndefined();
    expect(s.counters.refusedSaves).toBe(1);
  });

  it('adds business lines, chooses the main line and validates it on save', async () => {
    const client = await freshClient();
    let p = await client.postBack(await openWizard(client), { click: NEXT });
    expect(p.text('.ptitle')).toBe('Ngành, nghề kinh doanh');
    p = await client.postBack(p, { set: { 'ctl00$C$BLINECtl$NEW_CODEFld': '5610' }, click: 'ctl00$C$BLINECtl$btnAdd' });
    p = await client.postBack(p, { set: { 'ctl00$C$BLINECtl$NEW_CODEFld': '47', 'ctl00$C$BLINECtl$NEW_NAMEFld': 'Bán lẻ tạp hóa' }, click: 'ctl00$C$BLINECtl$btnAdd' });
    const rows = () => [...p.doc.querySelectorAll('#ctl00_C_BLINECtl_grdLines tr')].slice(1).map((r) => r.textContent);
    expect(rows()).toHaveLength(2);
    expect(rows()[0]).toContain('Nhà hàng và các dịch vụ ăn uống phục vụ lưu động');
    p = await client.postBack(p, { click: SAVE });
    expect(p.text('#ctl00_C_ValidationSummary1')).toContain('Phải chọn một ngành, nghề kinh doanh chính.');
    p = await client.postBack(p, { target: 'ctl00$C$BLINECtl$grdLines', arg: 'Main$1' });
    p = await client.postBack(p, { click: SAVE });
    expect(p.text('#ctl00_C_ValidationSummary1')).toContain('mã ngành cấp 4');
    p = await client.postBack(p, { target: 'ctl00$C$BLINECtl$grdLines', arg: 'Main$0' });
    p = await client.postBack(p, { target: 'ctl00$C$BLINECtl$grdLines', arg: 'Delete$1' });
    p = await client.postBack(p, { click: SAVE });
    expect(p.text('#ctl00_C_lblMessage')).toBe('Lưu thông tin thành công.');
    expect((await state()).drafts.hkd01.blocks.BLINE.rows).toEqual([{ code: '5610', name: 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động', main: true }]);
  });
});

const OWNER_DOC = '079190001122';

/** Fill and save every block of a new registration; returns the overview page. */
async function fillNewRegistration(client: HkdClient): Promise<HkdPage> {
  let p = await openWizard(client);
  p = await choose(client, p, 'ctl00$C$ADDRCtl$CITY_IDFld', '79');
  p = await saveBlock(client, p, { 'ctl00$C$ADDRCtl$WARD_IDFld': '79001', 'ctl00$C$ADDRCtl$STREET_NUMBERFld': '15 Đường số 8', 'ctl00$C$DCONTClt$HO_PHONEFld': '0903.123.456' });
  p = await client.postBack(p, { set: { 'ctl00$C$BLINECtl$NEW_CODEFld': '5610' }, click: 'ctl00$C$BLINECtl$btnAdd' });
  p = await saveBlock(client, await client.postBack(p, { target: 'ctl00$C$BLINECtl$grdLines', arg: 'Main$0' }), {});
  const lower = await client.postBack(p, { set: { 'ctl00$C$NAMECtl$NAMEFld': 'Hộ kinh doanh Cơm Tấm Sáu' }, click: SAVE });
  expect(lower.text('#ctl00_C_ValidationSummary1')).toContain('chữ in hoa');
  p = await saveBlock(client, lower, { 'ctl00$C$NAMECtl$NAMEFld': 'HỘ KINH DOANH CƠM TẤM SÁU' });
  p = await choose(client, p, `${OWN}ADDRPCtl$CITY_IDFld`, '79');
  p = await choose(client, p, `${OWN}ADDRCCtl$CITY_IDFld`, '75');
  p = await saveBlock(client, p, {
    [`${OWN}FULL_NAMEFld`]: 'NGUYỄN VĂN SÁU', [`${OWN}GENDERFld`]: '1', [`${OWN}DATE_OF_BIRTHFld`]: '02/03/1990',
    [`${OWN}ETHNIC_IDFld`]: '1', [`${OWN}DOC_TYPEFld`]: '1', [`${OWN}PERS_DOC_NOFld`]: OWNER_DOC,
    [`${OWN}DOC_ISSUE_DATEFld`]: '10/05/2021', [`${OWN}DOC_ISSUE_PLACEFld`]: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
    [`${OWN}ADDRPCtl$WARD_IDFld`]: '79002', [`${OWN}ADDRPCtl$STREET_NUMBERFld`]: '3 Lê Lợi',
    [`${OWN}ADDRCCtl$WARD_IDFld`]: '75001', [`${OWN}ADDRCCtl$STREET_NUMBERFld`]: '9 Phạm Văn Thuận',
  });
  p = await saveBlock(client, p, { 'ctl00$C$CAPCtl$CAPITALFld': '50.000.000' });
  expect(p.doc.getElementById('ctl00_C_TAXCtl_ADDRTCtl_CITY_IDFld')).toBeNull();
  p = await client.postBack(p, { set: { 'ctl00$C$TAXCtl$DIFF_ADDRFld': 'on' }, target: 'ctl00$C$TAXCtl$DIFF_ADDRFld' });
  expect(p.doc.getElementById('ctl00_C_TAXCtl_ADDRTCtl_CITY_IDFld')).not.toBeNull();
  p = await choose(client, p, 'ctl00$C$TAXCtl$ADDRTCtl$CITY_IDFld', '79');
  p = await saveBlock(client, p, {
    'ctl00$C$TAXCtl$START_DATEFld': '01/04/2026', 'ctl00$C$TAXCtl$EMPLOYEESFld': '3',
    'ctl00$C$TAXCtl$ADDRTCtl$WARD_IDFld': '79001', 'ctl00$C$TAXCtl$ADDRTCtl$STREET_NUMBERFld': '15 Đường số 8',
  });
  p = await client.postBack(p, { click: 'ctl00$C$btnIS_SIGNER' });
  expect(p.doc.querySelector<HTMLInputElement>('#ctl00_C_PERSCtl_FULL_NAMEFld')?.value).toBe('Nguyễn Thị Thu Hà');
  expect((p.doc.getElementById('ctl00_C_btnSave') as HTMLInputElement).disabled).toBe(false);
  return saveBlock(client, p, { 'ctl00$C$PERSCtl$SUBMITTER_TYPEFld': 'AUTH' });
}

describe('HkdOnline replica: registrations', () => {
  it('takes a new registration through every block to the result page', async () => {
    const client = await freshClient();
    const overview = await fillNewRegistration(client);
    expect(overview.url).toContain('/Forms/APP/DW_DOCUMENTEdit.aspx?h=');
    expect(overview.text('#ctl00_C_grdBlocks')).not.toContain('Chưa lưu');
    const s = await state();
    const blocks = s.drafts.hkd01.blocks;
    expect(Object.keys(blocks)).toEqual(['ADDR', 'BLINE', 'NAME', 'OWNER', 'CAP', 'TAX', 'SUBMIT']);
    expect(blocks.CAP.values['ctl00$C$CAPCtl$CAPITALFld']).toBe('50000000');
    expect(blocks.ADDR.values['ctl00$C$DCONTClt$HO_PHONEFld']).toBe('0903123456');
    expect(blocks.NAME.saves).toBe(1);
    expect(s.submissions).toEqual([]);
    const result = await client.postBack(overview, { click: 'ctl00$C$btnSubmit' });
    expect(result.url).toContain('/Forms/APP/RegistrationResult.aspx?h=');
    expect(result.text('#ctl00_C_lblHouseholdCode')).toBe(OWNER_DOC);
    expect(result.text('#ctl00_C_lblCertificateNumber')).toMatch(/^79K8\d{6}$/);
    expect(result.text('#ctl00_C_lblIssueDate')).toBe('15/03/2026');
    expect(result.html).toContain('Số Giấy chứng nhận đăng ký hộ kinh doanh');
    const after = await state();
    expect(after.submissions).toHaveLength(1);
    expect(after.submissions[0]).toMatchObject({ account: 'hkd01', type: 'NEW', code: OWNER_DOC });
    expect(after.drafts.hkd01).toBeUndefined();
  });

  it('refuses to submit while a block is unsaved or the owner submitter is someone else', async () => {
    const client = await freshClient();
    await openWizard(client);
    let p = await client.get(`/HkdOnline/Forms/APP/DW_DOCUMENTEdit.aspx?h=${(await state()).drafts.hkd01.h}`);
    p = await client.postBack(p, { click: 'ctl00$C$btnSubmit' });
    expect(p.text('#ctl00_C_ValidationSummary1')).toContain('Khối dữ liệu "Địa chỉ trụ sở" chưa được lưu.');
    await fetch(`${site.origin}/HkdOnline/__replica/reset`, { method: 'POST' });
    p = await fillNewRegistration(client);
    p = await client.postBack(p, { target: 'ctl00$C$grdBlocks', arg: 'Edit$SUBMIT' });
    expect(p.text('.ptitle')).toBe('Người nộp hồ sơ');
    p = await saveBlock(client, p, { 'ctl00$C$PERSCtl$SUBMITTER_TYPEFld': 'OWNER' });
    p = await client.postBack(p, { click: 'ctl00$C$btnSubmit' });
    expect(p.text('#ctl00_C_ValidationSummary1')).toContain('chọn "Người được ủy quyền"');
    expect((await state()).submissions).toHaveLength(0);
  });

  it('finds a registered household and prefills the change pages with its current values', async () => {
    const client = await freshClient();
    const wrong = await client.postBack(
      await client.postBack(await client.postBack(await client.get('/HkdOnline/Default.aspx'), { target: 'ctl00$MainMenu', arg: 'REG' }),
        { set: { [WIZ.type]: 'AMEND' }, click: WIZ.start }),
      { set: { 'ctl00$C$GDT_CODEFld': '079085001234', 'ctl00$C$PERS_DOC_NOFbl': '000000000000' }, click: 'ctl00$C$btnSearch' });
    expect(wrong.text('#ctl00_C_ValidationSummary1')).toContain('Không tìm thấy');
    await fetch(`${site.origin}/HkdOnline/__replica/reset`, { method: 'POST' });
    let p = await openWizard(client, 'AMEND', { 'ctl00$C$GDT_CODEFld': '079085001234', 'ctl00$C$PERS_DOC_NOFbl': '079085001234' }, ['NAME']);
    expect(p.text('#ctl00_C_INFOCtl_DOCUMENT_TYPE_IDFld')).toBe('Thay đổi nội dung đăng ký hộ kinh doanh');
    expect([...p.doc.querySelectorAll('#ctl00_C_BLCtl_CtlList a')].map((a) => a.textContent)).toEqual(['Tên hộ kinh doanh', 'Người nộp hồ sơ']);
    expect(p.doc.querySelector<HTMLInputElement>('#ctl00_C_NAMECtl_NAMEFld')?.value).toBe('HỘ KINH DOANH PHỞ HÀ');
    p = await saveBlock(client, p, { 'ctl00$C$NAMECtl$NAMEFld': 'HỘ KINH DOANH PHỞ HÀ NỘI' });
    p = await saveBlock(client, p, { 'ctl00$C$PERSCtl$FULL_NAMEFld': 'LÊ VĂN HÀ', 'ctl00$C$PERSCtl$PERS_DOC_NOFld': '079085001234' });
    const result = await client.postBack(p, { click: 'ctl00$C$btnSubmit' });
    expect(result.text('#ctl00_C_ValidationSummary1')).toBeNull();
    expect(result.text('#ctl00_C_lblHouseholdCode')).toBe('079085001234');
    expect(result.text('#ctl00_C_lblHouseholdName')).toBe('HỘ KINH DOANH PHỞ HÀ NỘI');
  });

  it('offers the suspension page with dates checked on save', async () => {
    const client = await freshClient();
    let p = await openWizard(client, 'SUSPEN', { 'ctl00$C$GDT_CODEFld': '079085001234', 'ctl00$C$PERS_DOC_NOFbl': '079085001234' });
    expect(p.text('.ptitle')).toBe('Tạm ngừng kinh doanh');
    p = await client.postBack(p, { set: { 'ctl00$C$SUSPCtl$START_DATEFld': '01/05/2026', 'ctl00$C$SUSPCtl$END_DATEFld': '01/04/2026' }, click: SAVE });
    expect(p.text('#ctl00_C_ValidationSummary1')).toContain('phải sau ngày bắt đầu');
    await saveBlock(client, p, { 'ctl00$C$SUSPCtl$END_DATEFld': '31/10/2026', 'ctl00$C$SUSPCtl$REASONFld': 'Sửa chữa mặt bằng' });
    expect((await state()).drafts.hkd01.blocks.SUSP.values['ctl00$C$SUSPCtl$REASONFld']).toBe('Sửa chữa mặt bằng');
  });

  it('escapes saved data in the page and resets through the state endpoint', async () => {
    const client = await freshClient();
    let p = await choose(client, await openWizard(client), 'ctl00$C$ADDRCtl$CITY_IDFld', '48');
    p = await client.postBack(p, { set: { 'ctl00$C$ADDRCtl$WARD_IDFld': '48001', 'ctl00$C$ADDRCtl$STREET_NUMBERFld': '<img src=x onerror=alert(1)> "Kiệt" 5' }, click: SAVE });
    expect(p.html).not.toContain('<img src=x');
    expect(p.doc.querySelector<HTMLInputElement>('#ctl00_C_ADDRCtl_STREET_NUMBERFld')?.value).toBe('<img src=x onerror=alert(1)> "Kiệt" 5');
    expect((await state()).drafts.hkd01.blocks.ADDR.saves).toBe(1);
    const reset = await fetch(`${site.origin}/HkdOnline/__replica/reset`, { method: 'POST' });
    expect(await reset.json()).toEqual({ ok: true });
    expect((await state()).drafts).toEqual({});
  });
});
