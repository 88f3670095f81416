// The data blocks ("khối dữ liệu") of the wizard, as data: control names and labels of the real
// HkdOnline pages (RESEARCH-NOTES §2.3) and the labels of Mẫu số 01 (TT 68/2025/TT-BTC, §2.2).
// Field kinds: text, upper, date, phone, email, money, integer, select, radio, checkbox, country,
// province (AutoPostBack; reloads the ward list), ward (options of `province` field).
import {
  COUNTRIES, DOC_TYPES, ETHNICS, GENDERS, REISSUE_REASONS, SUBMITTER_TYPES, AMENDMENT_TYPES,
} from './reference-data.mjs';

const section = (title, showIf) => ({ section: title, showIf });

/** Province → ward → street controls under one naming container (e.g. `ctl00$C$ADDRCtl$`). */
function address(prefix, { country = false, required = true, showIf, streetLabel } = {}) {
  const city = `${prefix}CITY_IDFld`;
  return [
    ...(country ? [{ name: `${prefix}COUNTRY_IDFld`, label: 'Quốc gia', kind: 'country', required, showIf }] : []),
    { name: city, label: 'Tỉnh/Thành phố', kind: 'province', required, showIf },
    { name: `${prefix}WARD_IDFld`, label: 'Xã/Phường/Đặc khu', kind: 'ward', province: city, required, showIf },
    {
      name: `${prefix}STREET_NUMBERFld`,
      label: streetLabel ?? 'Số nhà, đường phố/tổ/xóm/ấp/thôn',
      kind: 'text', required, showIf,
    },
  ];
}

const OWN = 'ctl00$C$OWN_PCtl$PERSCtl$';
const TAX = 'ctl00$C$TAXCtl$';
const SUB = 'ctl00$C$PERSCtl$';
const taxAddressShown = (v) => v[`${TAX}DIFF_ADDRFld`] === 'on';

export const BLOCKS = {
  ADDR: {
    title: 'Địa chỉ trụ sở', menu: 'Địa chỉ',
    fields: [
      section('Địa chỉ trụ sở hộ kinh doanh'),
      ...address('ctl00$C$ADDRCtl$', { country: true, streetLabel: 'Số nhà, ngách, hẻm, ngõ, đường phố/tổ/xóm/ấp/thôn' }),
      section('Thông tin liên lạc'),
      { name: 'ctl00$C$DCONTClt$HO_PHONEFld', label: 'Điện thoại', kind: 'phone' },
      { name: 'ctl00$C$DCONTClt$HO_FAXFld', label: 'Fax', kind: 'phone' },
      { name: 'ctl00$C$DCONTClt$HO_EMAILFld', label: 'Email', kind: 'email' },
      { name: 'ctl00$C$DCONTClt$HO_WEBSITEFld', label: 'Website', kind: 'text' },
    ],
  },
  BLINE: { title: 'Ngành, nghề kinh doanh', menu: 'Ngành nghề kinh doanh', table: 'lines', fields: [] },
  NAME: {
    title: 'Tên hộ kinh doanh', menu: 'Tên hộ kinh doanh',
    fields: [
      section('Tên hộ kinh doanh'),
      { name: 'ctl00$C$NAMECtl$NAMEFld', label: 'Tên hộ kinh doanh (ghi bằng chữ in hoa)', kind: 'upper', required: true },
    ],
  },
  OWNER: {
    title: 'Thông tin về chủ hộ kinh doanh', menu: 'Thông tin về chủ hộ kinh doanh',
    fields: [
      section('Thông tin về chủ hộ kinh doanh'),
      { name: `${OWN}FULL_NAMEFld`, label: 'Họ và tên (ghi bằng chữ in hoa)', kind: 'text', required: true },
      { name: `${OWN}GENDERFld`, label: 'Giới tính', kind: 'select', options: GENDERS, required: true },
      { name: `${OWN}DATE_OF_BIRTHFld`, label: 'Sinh ngày', kind: 'date', required: true },
      { name: `${OWN}ETHNIC_IDFld`, label: 'Dân tộc', kind: 'select', options: ETHNICS, required: true },
      { name: `${OWN}NATIONALITY_IDFld`, label: 'Quốc tịch', kind: 'country', required: true },
      { name: `${OWN}PHONEFld`, label: 'Điện thoại', kind: 'phone' },
      { name: `${OWN}EMAILFld`, label: 'Email', kind: 'email' },
      section('Giấy tờ pháp lý của cá nhân'),
      { name: `${OWN}DOC_TYPEFld`, label: 'Loại giấy tờ pháp lý của cá nhân', kind: 'select', options: DOC_TYPES, required: true },
      { name: `${OWN}PERS_DOC_NOFld`, label: 'Số giấy tờ pháp lý của cá nhân', kind: 'text', required: true },
      { name: `${OWN}DOC_ISSUE_DATEFld`, label: 'Ngày cấp', kind: 'date', required: true },
      { name: `${OWN}DOC_ISSUE_PLACEFld`, label: 'Nơi cấp', kind: 'text', required: true },
      section('Địa chỉ thường trú'),
      ...address(`${OWN}ADDRPCtl$`),
      section('Địa chỉ liên lạc'),
      ...address(`${OWN}ADDRCCtl$`),
    ],
  },
  CAP: {
    title: 'Thông tin về vốn', menu: 'Thông tin về vốn',
    fields: [
      section('Vốn kinh doanh'),
      { name: 'ctl00$C$CAPCtl$CAPITALFld', label: 'Tổng số (bằng số, VNĐ)', kind: 'money', required: true },
    ],
  },
  TAX: {
    title: 'Thông tin về thuế', menu: 'Thông tin về thuế', table: 'locations',
    fields: [
      section('Thông tin đăng ký thuế'),
      { name: `${TAX}START_DATEFld`, label: 'Ngày bắt đầu hoạt động', kind: 'date' },
      { name: `${TAX}EMPLOYEESFld`, label: 'Tổng số lao động (dự kiến)', kind: 'integer' },
      { name: `${TAX}DIFF_ADDRFld`, label: 'Địa chỉ nhận thông báo thuế', kind: 'checkbox', text: 'Khác địa chỉ trụ sở', postback: true },
      section('Địa chỉ nhận thông báo thuế', taxAddressShown),
      ...address(`${TAX}ADDRTCtl$`, { showIf: taxAddressShown }),
      { name: `${TAX}PHONEFld`, label: 'Điện thoại', kind: 'phone', showIf: taxAddressShown },
      { name: `${TAX}EMAILFld`, label: 'Email', kind: 'email', showIf: taxAddressShown },
    ],
  },
  SUBMIT: {
    title: 'Người nộp hồ sơ', menu: 'Người nộp hồ sơ', copyButton: true,
    fields: [
      section('Người nộp hồ sơ'),
      { name: `${SUB}SUBMITTER_TYPEFld`, label: 'Người nộp hồ sơ là', kind: 'radio', options: SUBMITTER_TYPES, required: true },
      { name: `${SUB}FULL_NAMEFld`, label: 'Họ và tên', kind: 'text', required: true },
      { name: `${SUB}PERS_DOC_NOFld`, label: 'Số giấy tờ pháp lý của cá nhân', kind: 'text', required: true },
      { name: `${SUB}PHONEFld`, label: 'Điện thoại', kind: 'phone' },
      { name: `${SUB}EMAILFld`, label: 'Email', kind: 'email' },
    ],
  },
  SUSP: {
    title: 'Tạm ngừng kinh doanh', menu: 'Tạm ngừng kinh doanh',
    fields: [
      section('Thời gian tạm ngừng kinh doanh'),
      { name: 'ctl00$C$SUSPCtl$START_DATEFld', label: 'Ngày bắt đầu tạm ngừng', kind: 'date', required: true },
      { name: 'ctl00$C$SUSPCtl$END_DATEFld', label: 'Ngày kết thúc tạm ngừng', kind: 'date', required: true },
      { name: 'ctl00$C$SUSPCtl$REASONFld', label: 'Lý do tạm ngừng', kind: 'text' },
    ],
  },
  DISS: {
    title: 'Chấm dứt hoạt động', menu: 'Chấm dứt hoạt động',
    fields: [
      section('Chấm dứt hoạt động hộ kinh doanh'),
      { name: 'ctl00$C$DISSCtl$DISSOLUTION_DATEFld', label: 'Ngày chấm dứt hoạt động', kind: 'date', required: true },
      { name: 'ctl00$C$DISSCtl$REASONFld', label: 'Lý do chấm dứt', kind: 'text' },
    ],
  },
  REI: {
    title: 'Thông tin đề nghị cấp lại', menu: 'Thông tin đề nghị cấp lại',
    fields: [
      section('Thông tin đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh'),
      { name: 'ctl00$C$REICtl$REASONFld', label: 'Lý do đề nghị cấp lại', kind: 'select', options: REISSUE_REASONS, required: true },
      { name: 'ctl00$C$REICtl$DETAILFld', label: 'Ghi chú', kind: 'text' },
    ],
  },
};

const NEW_ORDER = ['ADDR', 'BLINE', 'NAME', 'OWNER', 'CAP', 'TAX', 'SUBMIT'];

/** Ordered block keys of a draft's workflow. */
export function blocksFor(type, amendTypes = []) {
  if (type === 'NEW') return NEW_ORDER;
  if (type === 'SUSPEN') return ['SUSP', 'SUBMIT'];
  if (type === 'DISSOL') return ['DISS', 'SUBMIT'];
  if (type === 'REISSUE') return ['REI', 'SUBMIT'];
  const chosen = new Set(AMENDMENT_TYPES.filter((a) => amendTypes.includes(a.value)).map((a) => a.block));
  return [...NEW_ORDER.filter((k) => chosen.has(k) && k !== 'SUBMIT'), 'SUBMIT'];
}

/** Input fields (no section headers) of a block that are shown for the given values. */
export function visibleFields(key, values) {
  return BLOCKS[key].fields.filter((f) => f.name && (!f.showIf || f.showIf(values)));
}

export const PREFIX = { OWN, TAX, SUB };
