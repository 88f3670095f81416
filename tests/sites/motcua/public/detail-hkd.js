// Household-business e-form sections with the labels of Mẫu số 01, Phụ lục II, TT 68/2025/TT-BTC
// (and of the change / suspension / termination / re-issue notices). Labels repeat across
// sections on purpose, exactly as on the official form.
import { h } from './dom.js';
import { card, formField, grid, section, table } from './widgets.js';

const STREET = 'Số nhà, ngách, hẻm, ngõ, đường phố/tổ/xóm/ấp/thôn';
const money = (n) => (typeof n === 'number' ? n.toLocaleString('vi-VN') : n ?? '');
const joinAddress = (a) => (a ? [a.street, a.ward, a.province].filter(Boolean).join(', ') : '');

function address(title, key, a) {
  return section(title, key, grid(
    formField('Tỉnh/Thành phố', a?.province), formField('Xã/Phường/Đặc khu', a?.ward), formField(STREET, a?.street, { wide: true })));
}

function ownerSection(o = {}) {
  return section('Thông tin về chủ hộ kinh doanh', 'owner',
    grid(
      formField('Họ và tên', o.fullName), formField('Ngày sinh', o.birthDate), formField('Giới tính', o.gender),
      formField('Dân tộc', o.ethnicity), formField('Quốc tịch', o.nationality), formField('Mã số thuế cá nhân', o.taxCode),
      formField('Loại giấy tờ pháp lý', o.docType), formField('Số giấy tờ pháp lý', o.docNumber), formField('Ngày cấp', o.docDate),
      formField('Nơi cấp', o.docPlace), formField('Có giá trị đến ngày', o.docExpiry),
      formField('Điện thoại', o.phone), formField('Email', o.email)),
    address('Địa chỉ thường trú', 'owner-permanent', o.permanentAddress),
    address('Địa chỉ liên lạc', 'owner-contact', o.contactAddress));
}

function submitterSection(s = {}) {
  return section('Người nộp hồ sơ', 'submitter', grid(
    formField('Tư cách người nộp', s.relation), formField('Họ và tên', s.fullName), formField('Số giấy tờ pháp lý', s.docNumber),
    formField('Ngày sinh', s.birthDate), formField('Điện thoại', s.phone), formField('Email', s.email)));
}

function radioGroup(name, options, chosen) {
  return h('mat-radio-group', { class: 'mat-radio-group', role: 'radiogroup' }, options.map((label) => h('mat-radio-button',
    { class: `mat-radio-button${label === chosen ? ' mat-radio-checked' : ''}` },
    h('label', { class: 'mat-radio-label' }, h('input', { type: 'radio', name, value: label, checked: label === chosen, disabled: true }),
      h('span', { class: 'mat-radio-label-content', text: label })))));
}

function registration(f) {
  const lines = table([['stt', 'STT'], ['lineName', 'Tên ngành'], ['lineCode', 'Mã ngành'], ['main', 'Ngành, nghề kinh doanh chính']],
    (f.businessLines ?? []).map((l, i) => [String(i + 1), l.name, l.code, l.main ? 'x' : '']), { className: 'business-lines' });
  const locations = table([['stt', 'STT'], ['locName', 'Tên địa điểm kinh doanh'], ['locAddress', 'Địa chỉ'], ['locStart', 'Ngày bắt đầu hoạt động']],
    (f.businessLocations ?? []).map((l, i) => [String(i + 1), l.name, joinAddress(l.address), l.startDate]));
  const members = table([['stt', 'STT'], ['mName', 'Họ và tên'], ['mBirth', 'Ngày, tháng, năm sinh'], ['mGender', 'Giới tính'],
    ['mNation', 'Quốc tịch'], ['mEthnic', 'Dân tộc'], ['mPerm', 'Địa chỉ thường trú'], ['mContact', 'Địa chỉ liên lạc'], ['mDoc', 'Số, ngày cấp, cơ quan cấp giấy tờ pháp lý']],
  (f.members ?? []).map((m, i) => [String(i + 1), m.fullName, m.birthDate, m.gender, m.nationality, m.ethnicity,
    joinAddress(m.permanentAddress), joinAddress(m.contactAddress), [m.docNumber, m.docDate, m.docPlace].filter(Boolean).join(', ')]));
  return [
    ownerSection(f.owner),
    section('Tên hộ kinh doanh', 'name', grid(formField('Tên hộ kinh doanh', f.businessName, { wide: true }))),
    section('Địa chỉ trụ sở', 'seat',
      grid(formField('Tỉnh/Thành phố', f.seatAddress?.province), formField('Xã/Phường/Đặc khu', f.seatAddress?.ward),
        formField(STREET, f.seatAddress?.street, { wide: true }), formField('Điện thoại', f.phone), formField('Fax', f.fax),
        formField('Email', f.email), formField('Website', f.website))),
    section('Ngành, nghề kinh doanh', 'business-lines', lines),
    section('Vốn kinh doanh', 'capital', grid(formField('Tổng số (VNĐ)', money(f.capital)), formField('Bằng chữ', f.capitalInWords, { wide: true }))),
    section('Thông tin đăng ký thuế', 'tax',
      address('Địa chỉ nhận thông báo thuế', 'tax-notice', f.taxNoticeAddress),
      grid(formField('Ngày bắt đầu hoạt động', f.startDate), formField('Tổng số lao động', f.employees)),
      section('Địa điểm kinh doanh', 'locations', locations)),
    section('Chủ thể thành lập hộ kinh doanh', 'founding', radioGroup('foundingSubject', ['Cá nhân', 'Các thành viên hộ gia đình'], f.foundingSubject)),
    (f.members ?? []).length ? section('Thông tin về các thành viên hộ gia đình tham gia thành lập hộ kinh doanh', 'members', members) : null,
    submitterSection(f.submitter),
  ];
}

function householdSection(hh = {}) {
  return section('Thông tin hộ kinh doanh', 'household',
    grid(formField('Tên hộ kinh doanh', hh.name, { wide: true }), formField('Mã số hộ kinh doanh', hh.code), formField('Mã số thuế', hh.taxCode),
      formField('Số giấy chứng nhận đăng ký hộ kinh doanh', hh.certificateNumber)),
    address('Địa chỉ trụ sở', 'seat', hh.seatAddress));
}

function notice(f) {
  const body = [];
  if (f.changes) {
    body.push(section('Nội dung đăng ký thay đổi', 'changes', table([['stt', 'STT'], ['item', 'Nội dung thay đổi'], ['old', 'Thông tin đã đăng ký'], ['new', 'Thông tin đăng ký thay đổi']],
      f.changes.map((c, i) => [String(i + 1), c.item, c.oldValue, c.newValue]))));
  }
  if (f.suspension) {
    body.push(section('Thông tin tạm ngừng kinh doanh', 'suspension', grid(formField('Ngày bắt đầu tạm ngừng', f.suspension.fromDate),
      formField('Ngày kết thúc tạm ngừng', f.suspension.toDate), formField('Lý do tạm ngừng', f.suspension.reason, { wide: true }))));
  }
  if (f.termination) {
    body.push(section('Thông tin chấm dứt hoạt động', 'termination', grid(formField('Ngày chấm dứt hoạt động', f.termination.date),
      formField('Lý do chấm dứt', f.termination.reason, { wide: true }))));
  }
  if (f.reissue) body.push(section('Thông tin đề nghị cấp lại', 'reissue', grid(formField('Lý do đề nghị cấp lại', f.reissue.reason, { wide: true }))));
  return [householdSection(f.household), ownerSection(f.owner), ...body, submitterSection(f.submitter)];
}

/** The household-business card, or null for other procedures. */
export function hkdSections(d) {
  const f = d.eForm?.data ?? {};
  if (!f.formCode?.startsWith('HKD_')) return null;
  const title = f.formCode === 'HKD_MAU01' ? 'Giấy đề nghị đăng ký hộ kinh doanh' : f.formName;
  return h('div', { class: 'hkd-form', dataset: { formCode: f.formCode } },
    card(title, ...(f.formCode === 'HKD_MAU01' ? registration(f) : notice(f))));
}
