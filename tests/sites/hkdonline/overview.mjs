// DW_DOCUMENTEdit.aspx ("Khối dữ liệu" overview with "Nộp hồ sơ") and the result page that shows
// the household-business code (= the owner's 12-digit number for a new registration), the
// certificate number and the issue date.
import { esc } from './http.mjs';
import { button, linkButton } from './controls.mjs';
import { BASE, panel, validationSummary } from './layout.mjs';
import { BLOCKS, PREFIX, blocksFor } from './blocks.mjs';
import { DOCUMENT_TYPE_TITLES } from './reference-data.mjs';
import { formatDate } from './validate.mjs';

export const OVERVIEW = { grid: 'ctl00$C$grdBlocks', submit: 'ctl00$C$btnSubmit' };
const value = (draft, key, name) => (draft.blocks[key] ?? draft.initial[key])?.values?.[name] ?? '';

export function renderOverview(ctx, rc, draft, view = {}) {
  const keys = blocksFor(draft.type, draft.amendTypes);
  const rows = keys.map((k, i) => {
    const b = draft.blocks[k];
    const status = b ? `<span class="ok">Đã lưu</span>` : '<span class="no">Chưa lưu</span>';
    return `<tr><td class="c">${i + 1}</td><td>${esc(BLOCKS[k].title)}</td><td class="c">${status}</td><td class="c">${b?.saves ?? 0}</td><td class="c">${linkButton(rc, OVERVIEW.grid, `Edit$${k}`, 'Cập nhật')}</td></tr>`;
  });
  const inner = `${validationSummary(view.errors)}
<table class="grid" id="ctl00_C_grdBlocks"><tr><th>STT</th><th>Khối dữ liệu</th><th>Trạng thái</th><th>Số lần lưu</th><th>Thao tác</th></tr>${rows.join('')}</table>
<div class="btnbar"><a class="btn" style="text-decoration:none;color:#222" href="${BASE}/Forms/APP/Registration.aspx?h=${esc(draft.h)}">Quay lại</a> ${button(rc, OVERVIEW.submit, 'Nộp hồ sơ')}</div>`;
  return panel('Khối dữ liệu', inner);
}

/** Reasons the draft cannot be submitted yet. */
function submitErrors(ctx, draft) {
  const errors = blocksFor(draft.type, draft.amendTypes)
    .filter((k) => !draft.blocks[k])
    .map((k) => `Khối dữ liệu "${BLOCKS[k].title}" chưa được lưu.`);
  if (errors.length) return errors;
  const ownerDoc = value(draft, 'OWNER', `${PREFIX.OWN}PERS_DOC_NOFld`) || draft.household?.ownerDocNumber;
  const sub = draft.blocks.SUBMIT.values;
  if (sub[`${PREFIX.SUB}SUBMITTER_TYPEFld`] === 'OWNER' && sub[`${PREFIX.SUB}PERS_DOC_NOFld`] !== ownerDoc) {
    errors.push('Người nộp hồ sơ không phải là chủ hộ kinh doanh: chọn "Người được ủy quyền".');
  }
  if (draft.type === 'NEW') {
    const other = ctx.store.households.find((h) => h.status !== 'dissolved' && h.ownerDocNumber === ownerDoc);
    if (other) errors.push(`Chủ hộ đã là chủ hộ kinh doanh khác (mã số ${other.code}); mỗi cá nhân chỉ được đăng ký một hộ kinh doanh.`);
  }
  return errors;
}

/** Issue the registration and update the registered households. */
function issue(ctx, draft) {
  const wardId = value(draft, 'ADDR', 'ctl00$C$ADDRCtl$WARD_IDFld');
  const ward = ctx.geo.ward(wardId) ?? ctx.geo.findWard(ctx.geo.findProvince(draft.household?.province), draft.household?.ward);
  const provinceCode = String(ward?.province.id ?? '0').padStart(2, '0');
  const certificateNumber = `${provinceCode}K8${String(ctx.store.nextCertificateSeq()).padStart(6, '0')}`;
  const name = value(draft, 'NAME', 'ctl00$C$NAMECtl$NAMEFld') || draft.household?.name || '';
  const ownerName = value(draft, 'OWNER', `${PREFIX.OWN}FULL_NAMEFld`) || draft.household?.ownerName || '';
  const ownerDocNumber = value(draft, 'OWNER', `${PREFIX.OWN}PERS_DOC_NOFld`) || draft.household?.ownerDocNumber || '';
  const code = draft.type === 'NEW' ? ownerDocNumber : draft.household.code;
  const result = { code, certificateNumber, issuedOn: formatDate(ctx.now()), householdName: name, submittedAt: ctx.now().toISOString() };
  const place = ward ? { ward: ward.name, province: ward.province.name } : {};
  if (draft.type === 'NEW') ctx.store.addHousehold({ code, name, ownerName, ownerDocNumber, certificateNumber, ...place });
  const registered = ctx.store.households.find((h) => h.code === code);
  if (registered && draft.type !== 'NEW') {
    const status = { DISSOL: 'dissolved', SUSPEN: 'suspended' }[draft.type] ?? registered.status;
    Object.assign(registered, { name, ownerName, ownerDocNumber, certificateNumber, status, ...place });
  }
  return ctx.store.submit(draft, result);
}

export function overviewEvent(ctx, draft, ev) {
  if (ev.target === OVERVIEW.grid) {
    const key = String(ev.arg ?? '').replace(/^Edit\$/, '');
    if (blocksFor(draft.type, draft.amendTypes).includes(key)) Object.assign(draft, { step: 'data', block: key });
    return { redirect: `${BASE}/Forms/APP/Registration.aspx?h=${draft.h}` };
  }
  if (ev.target !== OVERVIEW.submit) return { view: {} };
  const errors = submitErrors(ctx, draft);
  if (errors.length) return { view: { errors } };
  issue(ctx, draft);
  return { redirect: `${BASE}/Forms/APP/RegistrationResult.aspx?h=${draft.h}` };
}

export function renderResult(submission) {
  const row = (label, id, text) => `<tr><td class="lbl"><label for="${id}">${esc(label)}:</label></td><td class="val"><span id="${id}">${esc(text)}</span></td></tr>`;
  const inner = `<div class="msg">Hồ sơ đã được nộp thành công.</div>
<table class="form result">${row('Loại đăng ký', 'ctl00_C_lblDocumentType', DOCUMENT_TYPE_TITLES[submission.type])}
${row('Tên hộ kinh doanh', 'ctl00_C_lblHouseholdName', submission.householdName)}
${row('Mã số hộ kinh doanh', 'ctl00_C_lblHouseholdCode', submission.code)}
${row('Số Giấy chứng nhận đăng ký hộ kinh doanh', 'ctl00_C_lblCertificateNumber', submission.certificateNumber)}
${row('Ngày cấp', 'ctl00_C_lblIssueDate', submission.issuedOn)}</table>
<div class="btnbar"><a href="${BASE}/Default.aspx">Về trang chủ</a></div>`;
  return panel('Kết quả đăng ký hộ kinh doanh', inner);
}
