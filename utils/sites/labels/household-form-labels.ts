/**
 * The labels of Mẫu số 01 (Phụ lục II, TT 68/2025/TT-BTC, RESEARCH-NOTES §2.2) per record path.
 * Data, not code: add a wording here when a system prints a label differently. `section`
 * names the heading a repeated label must sit under (any one of them, nearest wins).
 */
export type FieldKind = 'text' | 'date' | 'gender' | 'doc' | 'money' | 'int';

export interface FormField {
  path: string;
  labels: string[];
  section?: string[];
  kind: FieldKind;
}

export const OWNER_SECTION = ['Thông tin về chủ hộ kinh doanh', 'Thông tin chủ hộ kinh doanh', 'Chủ hộ kinh doanh', 'Thông tin chủ hộ', 'Chủ hộ'];
const PERMANENT = ['Địa chỉ thường trú', 'Nơi thường trú'];
const CONTACT = ['Địa chỉ liên lạc', 'Nơi ở hiện tại', 'Chỗ ở hiện tại'];
const SEAT = ['Địa chỉ trụ sở hộ kinh doanh', 'Địa chỉ trụ sở', 'Trụ sở'];
const TAX_NOTICE = ['Địa chỉ nhận thông báo thuế'];
const EXISTING = ['Thông tin hộ kinh doanh', 'Hộ kinh doanh đã đăng ký'];

export const PROVINCE = ['Tỉnh/Thành phố', 'Tỉnh/TP', 'Tỉnh, thành phố', 'Tỉnh / Thành phố', 'Tỉnh thành'];
export const WARD = ['Xã/Phường/Đặc khu', 'Phường/Xã/Đặc khu', 'Xã/Phường', 'Phường/Xã', 'Xã, phường, đặc khu', 'Phường, xã'];
export const STREET = [
  'Số nhà, đường phố/tổ/xóm/ấp/thôn',
  'Số nhà, ngách, hẻm, ngõ, đường phố/tổ/xóm/ấp/thôn',
  'Số nhà, ngách, hẻm, ngõ, đường phố',
  'Số nhà, đường phố',
  'Số nhà, tên đường',
  'Địa chỉ chi tiết',
];

function address(prefix: string, section: string[]): FormField[] {
  return [
    { path: `${prefix}.province`, labels: PROVINCE, section, kind: 'text' },
    { path: `${prefix}.ward`, labels: WARD, section, kind: 'text' },
    { path: `${prefix}.street`, labels: STREET, section, kind: 'text' },
  ];
}

const own = (path: string, labels: string[], kind: FieldKind = 'text'): FormField => ({ path: `owner.${path}`, labels, section: OWNER_SECTION, kind });

export const HOUSEHOLD_FORM_FIELDS: FormField[] = [
  own('fullName', ['Tôi là', 'Họ và tên', 'Họ tên', 'Họ và tên chủ hộ', 'Họ tên chủ hộ']),
  own('birthDate', ['Sinh ngày', 'Ngày sinh', 'Ngày, tháng, năm sinh', 'Ngày tháng năm sinh'], 'date'),
  own('gender', ['Giới tính'], 'gender'),
  own('ethnicity', ['Dân tộc']),
  own('nationality', ['Quốc tịch']),
  own('taxCode', ['Mã số thuế cá nhân', 'Mã số thuế'], 'doc'),
  own('docType', ['Loại giấy tờ pháp lý của cá nhân', 'Loại giấy tờ pháp lý', 'Loại giấy tờ']),
  own('docNumber', ['Số giấy tờ pháp lý của cá nhân', 'Số giấy tờ pháp lý', 'Số giấy tờ', 'Số định danh cá nhân', 'Số CCCD'], 'doc'),
  own('docDate', ['Ngày cấp'], 'date'),
  own('docPlace', ['Nơi cấp', 'Cơ quan cấp']),
  ...address('owner.permanentAddress', PERMANENT),
  ...address('owner.contactAddress', CONTACT),
  // On the form the owner's phone/email follow the contact address lines.
  { path: 'owner.phone', labels: ['Điện thoại', 'Số điện thoại'], section: [...OWNER_SECTION, ...CONTACT], kind: 'text' },
  { path: 'owner.email', labels: ['Email', 'Thư điện tử'], section: [...OWNER_SECTION, ...CONTACT], kind: 'text' },
  { path: 'business.name', labels: ['Tên hộ kinh doanh'], kind: 'text' },
  ...address('business.seat', SEAT),
  { path: 'business.phone', labels: ['Điện thoại', 'Số điện thoại'], section: SEAT, kind: 'text' },
  { path: 'business.email', labels: ['Email', 'Thư điện tử'], section: SEAT, kind: 'text' },
  { path: 'business.fax', labels: ['Fax'], section: SEAT, kind: 'text' },
  { path: 'business.website', labels: ['Website', 'Trang thông tin điện tử'], section: SEAT, kind: 'text' },
  { path: 'business.capital', labels: ['Vốn kinh doanh', 'Tổng số vốn'], kind: 'money' },
  { path: 'business.capital', labels: ['Tổng số', 'Tổng số vốn kinh doanh'], section: ['Vốn kinh doanh'], kind: 'money' },
  { path: 'business.employees', labels: ['Tổng số lao động', 'Số lao động'], kind: 'int' },
  { path: 'business.startDate', labels: ['Ngày bắt đầu hoạt động'], kind: 'date' },
  ...address('business.taxNoticeAddress', TAX_NOTICE),
  // Change / suspension / termination / re-issue notices name the registration acted on.
  { path: 'existing.householdCode', labels: ['Mã số hộ kinh doanh', 'Mã hộ kinh doanh'], kind: 'doc' },
  { path: 'existing.taxCode', labels: ['Mã số thuế', 'Mã số thuế hộ kinh doanh'], section: EXISTING, kind: 'doc' },
  { path: 'existing.certificateNumber', labels: ['Số Giấy chứng nhận đăng ký hộ kinh doanh', 'Số Giấy chứng nhận', 'Số GCN'], kind: 'text' },
  { path: 'business.taxNoticeAddress.phone', labels: ['Điện thoại', 'Số điện thoại'], section: TAX_NOTICE, kind: 'text' },
  { path: 'business.taxNoticeAddress.email', labels: ['Email', 'Thư điện tử'], section: TAX_NOTICE, kind: 'text' },
];

export const LINE_COLUMNS = {
  name: ['Tên ngành', 'Tên ngành, nghề', 'Ngành, nghề kinh doanh', 'Tên ngành nghề'],
  code: ['Mã ngành', 'Mã ngành, nghề', 'Mã ngành VSIC'],
  main: ['Ngành, nghề kinh doanh chính', 'Ngành chính', 'Ngành nghề chính', 'Chính'],
};

export const MEMBER_COLUMNS = {
  fullName: ['Họ và tên', 'Họ tên'],
  birthDate: ['Ngày, tháng, năm sinh', 'Ngày sinh', 'Ngày tháng năm sinh'],
  gender: ['Giới tính'],
  nationality: ['Quốc tịch'],
  ethnicity: ['Dân tộc'],
  permanentAddress: ['Địa chỉ thường trú', 'Nơi thường trú'],
  contactAddress: ['Địa chỉ liên lạc'],
  docInfo: ['Số, ngày cấp, cơ quan cấp CCCD/CMND', 'Số, ngày cấp, cơ quan cấp giấy tờ pháp lý', 'Giấy tờ pháp lý', 'Số giấy tờ pháp lý'],
};

export const LOCATION_COLUMNS = {
  name: ['Tên địa điểm kinh doanh', 'Tên địa điểm'],
  address: ['Địa chỉ', 'Địa chỉ địa điểm kinh doanh'],
  startDate: ['Ngày bắt đầu hoạt động'],
};

export const FOUNDING_SUBJECT = ['Chủ thể thành lập hộ kinh doanh', 'Chủ thể thành lập'];
