// The wizard's first steps on Registration.aspx: choose the registration type, find the
// household (changes, suspension, termination, re-issue), choose the kinds of change, confirm.
import { esc } from './http.mjs';
import { button, checkBoxList, radioList, textBox } from './controls.mjs';
import { panel, validationSummary } from './layout.mjs';
import { AMENDMENT_TYPES, DOCUMENT_TYPE_TITLES, REGISTRATION_TYPES } from './reference-data.mjs';
import { blocksFor } from './blocks.mjs';
import { initialBlocks } from './prefill.mjs';

const W = 'ctl00$C$myWizard$';
export const WIZ = {
  type: `${W}CtlType`,
  startNext: `${W}StartNavigationTemplateContainerID$StartNextButton`,
  stepNext: `${W}StepNavigationTemplateContainerID$StepNextButton`,
  stepPrev: `${W}StepNavigationTemplateContainerID$StepPreviousButton`,
  finish: `${W}FinishNavigationTemplateContainerID$FinishButton`,
  finishPrev: `${W}FinishNavigationTemplateContainerID$FinishPreviousButton`,
  search: 'ctl00$C$btnSearch', gdt: 'ctl00$C$GDT_CODEFld', gcn: 'ctl00$C$IMP_BUSINESS_REG_NUMBERFbl',
  doc: 'ctl00$C$PERS_DOC_NOFbl', amend: 'ctl00$C$CtlAmendmentType',
};

const clean = (v) => String(v ?? '').replace(/\s+/g, '');

/** The registered household matching the search, or an error message. */
export function findHousehold(households, { gdt, gcn, doc }) {
  if (!(gdt || gcn) || !doc) return { error: 'Nhập mã số thuế (hoặc số Giấy chứng nhận) và số giấy tờ pháp lý của chủ hộ.' };
  const found = households.find((h) =>
    ((gdt && clean(h.code) === gdt) || (gcn && clean(h.certificateNumber) === gcn)) && clean(h.ownerDocNumber) === doc);
  if (!found) return { error: 'Không tìm thấy hộ kinh doanh phù hợp với thông tin tìm kiếm.' };
  if (found.status === 'dissolved') return { error: 'Hộ kinh doanh đã chấm dứt hoạt động.' };
  return { household: found };
}

const row = (label, control) => `<tr><td class="lbl"><label>${esc(label)}:</label></td><td class="ctl">${control}</td></tr>`;

function householdTable(h) {
  if (!h) return '';
  return `<table class="grid" id="ctl00_C_grdHousehold"><tr><th>Mã số hộ kinh doanh</th><th>Tên hộ kinh doanh</th><th>Chủ hộ kinh doanh</th><th>Địa chỉ trụ sở</th></tr>
<tr><td>${esc(h.code)}</td><td>${esc(h.name)}</td><td>${esc(h.ownerName)}</td><td>${esc([h.ward, h.province].filter(Boolean).join(', '))}</td></tr></table>`;
}

/** Render one of the steps; `view` = { page, working, errors }. */
export function renderStep(ctx, rc, draft, view) {
  const errors = validationSummary(view.errors);
  const w = view.working ?? {};
  if (view.page === 'type') {
    const inner = `${errors}<table class="form">${row('Loại đăng ký', radioList(WIZ.type, REGISTRATION_TYPES, draft.type, { horizontal: false }))}</table>
<div class="btnbar">${button(rc, WIZ.startNext, 'Tiếp tục')}</div>`;
    return panel('Chọn loại đăng ký trực tuyến', inner);
  }
  if (view.page === 'search') {
    const found = ctx.store.households.find((h) => h.code === w.found);
    const inner = `${errors}<fieldset class="grp"><legend>Thông tin tìm kiếm</legend><table class="form">
${row('Mã số thuế/Mã số hộ kinh doanh', textBox(WIZ.gdt, w[WIZ.gdt] ?? ''))}
${row('Số Giấy chứng nhận đăng ký hộ kinh doanh', textBox(WIZ.gcn, w[WIZ.gcn] ?? ''))}
${row('Số giấy tờ pháp lý của chủ hộ kinh doanh', textBox(WIZ.doc, w[WIZ.doc] ?? ''))}
<tr><td></td><td>${button(rc, WIZ.search, 'Tìm kiếm')}</td></tr></table></fieldset>${householdTable(found)}
<div class="btnbar">${button(rc, WIZ.stepPrev, 'Quay lại')}${button(rc, WIZ.stepNext, 'Tiếp tục', { disabled: !found })}</div>`;
    return panel('Tìm kiếm hộ kinh doanh để tiến hành đăng ký thay đổi', inner);
  }
  if (view.page === 'amend') {
    const inner = `${errors}${householdTable(draft.household)}<table class="form">${row('Nội dung đăng ký thay đổi', checkBoxList(WIZ.amend, AMENDMENT_TYPES, draft.amendTypes))}</table>
<div class="btnbar">${button(rc, WIZ.stepPrev, 'Quay lại')}${button(rc, WIZ.stepNext, 'Tiếp tục')}</div>`;
    return panel('Chọn loại đăng ký thay đổi', inner);
  }
  const changes = draft.type === 'AMEND'
    ? row('Nội dung đăng ký thay đổi', AMENDMENT_TYPES.filter((a) => draft.amendTypes.includes(a.value)).map((a) => esc(a.text)).join('<br />'))
    : '';
  const inner = `${errors}<table class="form">${row('Loại đăng ký', esc(DOCUMENT_TYPE_TITLES[draft.type]))}${changes}</table>${householdTable(draft.household)}
<p>Sau khi xác nhận, hệ thống tạo hồ sơ và chuyển đến các khối dữ liệu cần kê khai.</p>
<div class="btnbar">${button(rc, WIZ.finishPrev, 'Quay lại')}${button(rc, WIZ.finish, 'Xác nhận')}</div>`;
  return panel('Xác nhận thông tin đăng ký', inner);
}

function chooseType(draft, form) {
  const type = form.get(WIZ.type)?.[0];
  if (!REGISTRATION_TYPES.some((t) => t.value === type)) return { view: { page: 'type', errors: ['Vui lòng chọn loại đăng ký.'] } };
  if (draft.type !== type) Object.assign(draft, { type, household: null, amendTypes: [], blocks: {}, initial: {} });
  draft.step = type === 'NEW' ? 'confirm' : 'search';
  return { view: { page: draft.step } };
}

function search(ctx, draft, ev, form, vs) {
  const w = { [WIZ.gdt]: clean(form.get(WIZ.gdt)?.[0]), [WIZ.gcn]: clean(form.get(WIZ.gcn)?.[0]), [WIZ.doc]: clean(form.get(WIZ.doc)?.[0]) };
  if (ev.target === WIZ.stepPrev) return { view: { page: (draft.step = 'type') } };
  if (ev.target === WIZ.stepNext) {
    const found = ctx.store.households.find((h) => h.code === vs.w?.found);
    if (!found) return { view: { page: 'search', working: w, errors: ['Chưa chọn hộ kinh doanh.'] } };
    if (draft.household?.code !== found.code) Object.assign(draft, { blocks: {}, initial: {} });
    draft.household = { ...found };
    draft.step = draft.type === 'AMEND' ? 'amend' : 'confirm';
    return { view: { page: draft.step } };
  }
  if (ev.target !== WIZ.search) return { view: { page: 'search', working: { ...w, found: vs.w?.found } } };
  const result = findHousehold(ctx.store.households, { gdt: w[WIZ.gdt], gcn: w[WIZ.gcn], doc: w[WIZ.doc] });
  return { view: { page: 'search', working: { ...w, found: result.household?.code }, errors: result.error ? [result.error] : [] } };
}

function chooseAmendments(draft, ev, form) {
  if (ev.target === WIZ.stepPrev) return { view: { page: (draft.step = 'search') } };
  const chosen = (form.get(WIZ.amend) ?? []).filter((v) => AMENDMENT_TYPES.some((a) => a.value === v));
  if (ev.target !== WIZ.stepNext) return { view: { page: 'amend' } };
  if (chosen.length === 0) return { view: { page: 'amend', errors: ['Vui lòng chọn ít nhất một nội dung đăng ký thay đổi.'] } };
  draft.amendTypes = chosen;
  draft.step = 'confirm';
  return { view: { page: 'confirm' } };
}

function confirm(ctx, draft, ev) {
  if (ev.target === WIZ.finishPrev) {
    draft.step = draft.type === 'NEW' ? 'type' : draft.type === 'AMEND' ? 'amend' : 'search';
    return { view: { page: draft.step } };
  }
  if (ev.target !== WIZ.finish) return { view: { page: 'confirm' } };
  const keys = blocksFor(draft.type, draft.amendTypes);
  draft.initial = initialBlocks(ctx.geo, draft);
  draft.step = 'data';
  if (!keys.includes(draft.block)) draft.block = keys[0];
  return { view: { page: 'data' } };
}

/** Handle a postback of a step page; returns { view } to render. */
export function stepEvent(ctx, draft, vs, ev, form) {
  if (vs.page === 'type') return ev.target === WIZ.startNext ? chooseType(draft, form) : { view: { page: 'type' } };
  if (vs.page === 'search') return search(ctx, draft, ev, form, vs);
  if (vs.page === 'amend') return chooseAmendments(draft, ev, form);
  return confirm(ctx, draft, ev);
}
