// Server-side validation of a block on "Lưu", as the real system answers with a validation summary.
// Returns normalized values (HkdOnline strips non-digits from phone, fax and capital) and errors.
import { BLOCKS, PREFIX, visibleFields } from './blocks.mjs';
import { COUNTRIES, ID_CARD_DOC_TYPES } from './reference-data.mjs';

/** dd/MM/yyyy → Date (UTC midnight) or null. */
export function parseDate(text) {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(text ?? '').trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

export function formatDate(date) {
  const p = (n) => String(n).padStart(2, '0');
  return `${p(date.getDate())}/${p(date.getMonth() + 1)}/${date.getFullYear()}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkField(f, raw, values, geo) {
  let value = String(raw ?? '').trim();
  if (f.kind === 'phone' || f.kind === 'money') value = value.replace(/\D/g, '');
  const label = f.label;
  if (!value || (f.kind === 'checkbox' && value !== 'on')) {
    return { value, error: f.required ? `${label}: không được để trống.` : null };
  }
  const error = (() => {
    switch (f.kind) {
      case 'date': return parseDate(value) ? null : `${label}: không đúng định dạng ngày (dd/MM/yyyy).`;
      case 'email': return EMAIL.test(value) ? null : `${label}: địa chỉ email không hợp lệ.`;
      case 'phone': return /^\d{9,11}$/.test(value) ? null : `${label}: số điện thoại không hợp lệ.`;
      case 'money': return Number(value) > 0 ? null : `${label}: phải lớn hơn 0.`;
      case 'integer': return /^\d+$/.test(value) ? null : `${label}: phải là số nguyên.`;
      case 'upper': return value === value.toLocaleUpperCase('vi') ? null : `${label}: phải ghi bằng chữ in hoa.`;
      case 'country': return COUNTRIES.some((o) => o.value === value) ? null : `${label}: giá trị không hợp lệ.`;
      case 'select':
      case 'radio': return f.options.some((o) => o.value === value) ? null : `${label}: giá trị không hợp lệ.`;
      case 'province': return geo.province(value) ? null : `${label}: giá trị không hợp lệ.`;
      case 'ward': {
        const ward = geo.ward(value);
        return ward && ward.province.id === values[f.province] ? null : `${label}: không thuộc tỉnh/thành phố đã chọn.`;
      }
      default: return null;
    }
  })();
  return { value, error };
}

/** Block-specific rules that span fields or rows. */
function checkBlock(key, values, rows, ctx) {
  const errors = [];
  const today = ctx.now();
  if (key === 'OWNER') {
    const docType = values[`${PREFIX.OWN}DOC_TYPEFld`];
    const docNo = values[`${PREFIX.OWN}PERS_DOC_NOFld`];
    if (ID_CARD_DOC_TYPES.has(docType) && docNo && !/^\d{12}$/.test(docNo)) {
      errors.push('Số giấy tờ pháp lý của cá nhân: số định danh cá nhân phải gồm 12 chữ số.');
    }
    const dob = parseDate(values[`${PREFIX.OWN}DATE_OF_BIRTHFld`]);
    if (dob && dob > today) errors.push('Sinh ngày: không được lớn hơn ngày hiện tại.');
    const issued = parseDate(values[`${PREFIX.OWN}DOC_ISSUE_DATEFld`]);
    if (issued && (issued > today || (dob && issued < dob))) errors.push('Ngày cấp: không hợp lệ.');
  }
  if (key === 'BLINE') {
    if (rows.length === 0) errors.push('Ngành, nghề kinh doanh: phải kê khai ít nhất một ngành.');
    const main = rows.filter((r) => r.main);
    if (rows.length > 0 && main.length !== 1) errors.push('Phải chọn một ngành, nghề kinh doanh chính.');
    if (main.length === 1 && !/^\d{4}$/.test(main[0].code)) {
      errors.push('Ngành, nghề kinh doanh chính phải ghi mã ngành cấp 4 (4 chữ số).');
    }
  }
  if (key === 'SUSP') {
    const start = parseDate(values['ctl00$C$SUSPCtl$START_DATEFld']);
    const end = parseDate(values['ctl00$C$SUSPCtl$END_DATEFld']);
    if (start && end && end <= start) errors.push('Ngày kết thúc tạm ngừng phải sau ngày bắt đầu tạm ngừng.');
  }
  if (key === 'NAME') errors.push(...ctx.checkNameUnique(values['ctl00$C$NAMECtl$NAMEFld']));
  return errors;
}

/** Validate a block's working copy; `ctx` = { geo, now(), checkNameUnique(name) → string[] }. */
export function validateBlock(key, working, ctx) {
  const values = { ...working.values };
  const errors = [];
  for (const f of visibleFields(key, values)) {
    const { value, error } = checkField(f, values[f.name], values, ctx.geo);
    values[f.name] = value;
    if (error) errors.push(error);
  }
  // Hidden fields (an unticked "Khác địa chỉ trụ sở") are not kept.
  const shown = new Set(visibleFields(key, values).map((f) => f.name));
  for (const f of BLOCKS[key].fields) if (f.name && !shown.has(f.name)) delete values[f.name];
  errors.push(...checkBlock(key, values, working.rows ?? [], ctx));
  return { values, rows: working.rows ?? [], errors };
}
