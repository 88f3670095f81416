// The two row tables of the wizard: business lines (Ngành, nghề kinh doanh, with the main-line
// choice) and business locations (Địa điểm kinh doanh, on the tax page). Rows change through
// GridView-style postbacks: __doPostBack('…$grdLines', 'Main$0' | 'Delete$0').
import { esc } from './http.mjs';
import { button, dropDown, labelRow, linkButton, textBox } from './controls.mjs';
import { VSIC } from './reference-data.mjs';
import { parseDate } from './validate.mjs';

export const LINES = {
  grid: 'ctl00$C$BLINECtl$grdLines', add: 'ctl00$C$BLINECtl$btnAdd',
  code: 'ctl00$C$BLINECtl$NEW_CODEFld', name: 'ctl00$C$BLINECtl$NEW_NAMEFld',
};
export const LOCATIONS = {
  grid: 'ctl00$C$TAXCtl$grdLocations', add: 'ctl00$C$TAXCtl$btnAddLocation',
  name: 'ctl00$C$TAXCtl$LOC_NAMEFld', city: 'ctl00$C$TAXCtl$LOC_CITY_IDFld', ward: 'ctl00$C$TAXCtl$LOC_WARD_IDFld',
  street: 'ctl00$C$TAXCtl$LOC_STREETFld', start: 'ctl00$C$TAXCtl$LOC_START_DATEFld',
};
/** Inputs of the tables that are not saved themselves (kept across postbacks in the viewstate). */
export const PENDING_INPUTS = [LINES.code, LINES.name, LOCATIONS.name, LOCATIONS.city, LOCATIONS.ward, LOCATIONS.street, LOCATIONS.start];

const grid = (id, head, rows, cols) =>
  `<table class="grid" id="${id}" cellspacing="0" rules="all" border="1"><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr>${
    rows.length ? rows.join('') : `<tr><td colspan="${cols}" class="c">Không có dữ liệu.</td></tr>`}</table>`;

export function renderLines(rc, working) {
  const rows = working.rows.map((r, i) => {
    const actions = `${r.main ? '' : `${linkButton(rc, LINES.grid, `Main$${i}`, 'Chọn làm ngành chính')} | `}${linkButton(rc, LINES.grid, `Delete$${i}`, 'Xóa')}`;
    return `<tr><td class="c">${i + 1}</td><td>${esc(r.name)}</td><td class="c">${esc(r.code)}</td><td class="c main">${r.main ? 'X' : ''}</td><td class="c">${actions}</td></tr>`;
  });
  const head = ['STT', 'Tên ngành', 'Mã ngành', 'Ngành, nghề kinh doanh chính', 'Thao tác'];
  const p = working.pending ?? {};
  const form = [
    labelRow({ name: LINES.code, label: 'Mã ngành' }, textBox(LINES.code, p[LINES.code] ?? '', { maxLength: 7 })),
    labelRow({ name: LINES.name, label: 'Tên ngành' }, textBox(LINES.name, p[LINES.name] ?? '', { cls: 'txt wide' })),
    `<tr><td></td><td>${button(rc, LINES.add, 'Thêm ngành')}</td></tr>`,
  ].join('');
  return `<fieldset class="grp"><legend>Ngành, nghề kinh doanh</legend>${grid('ctl00_C_BLINECtl_grdLines', head, rows, 5)}
<div class="note">Ghi mã ngành cấp 4 theo Hệ thống ngành kinh tế Việt Nam đối với ngành, nghề kinh doanh chính.</div></fieldset>
<fieldset class="grp"><legend>Thêm ngành, nghề kinh doanh</legend><table class="form">${form}</table></fieldset>`;
}

export function renderLocations(rc, working) {
  const rows = working.rows.map((r, i) => {
    const address = rc.geo.describe(r.street, r.wardId);
    return `<tr><td class="c">${i + 1}</td><td>${esc(r.name)}</td><td>${esc(address)}</td><td class="c">${esc(r.startDate)}</td><td class="c">${linkButton(rc, LOCATIONS.grid, `Delete$${i}`, 'Xóa')}</td></tr>`;
  });
  const head = ['STT', 'Tên địa điểm kinh doanh', 'Địa chỉ', 'Ngày bắt đầu hoạt động', 'Thao tác'];
  const p = working.pending ?? {};
  const provinces = rc.geo.provinces.map((x) => ({ value: x.id, text: x.bare }));
  const wards = (rc.geo.province(p[LOCATIONS.city])?.wards ?? []).map((w) => ({ value: w.id, text: w.bare }));
  const form = [
    labelRow({ name: LOCATIONS.name, label: 'Tên địa điểm kinh doanh' }, textBox(LOCATIONS.name, p[LOCATIONS.name] ?? '', { cls: 'txt wide' })),
    labelRow({ name: LOCATIONS.city, label: 'Tỉnh/Thành phố' }, dropDown(rc, LOCATIONS.city, provinces, p[LOCATIONS.city], { postback: true, empty: '-- Chọn Tỉnh/Thành phố --' })),
    labelRow({ name: LOCATIONS.ward, label: 'Xã/Phường/Đặc khu' }, dropDown(rc, LOCATIONS.ward, wards, p[LOCATIONS.ward], { empty: '-- Chọn Xã/Phường/Đặc khu --' })),
    labelRow({ name: LOCATIONS.street, label: 'Số nhà, đường phố/tổ/xóm/ấp/thôn' }, textBox(LOCATIONS.street, p[LOCATIONS.street] ?? '', { cls: 'txt wide' })),
    labelRow({ name: LOCATIONS.start, label: 'Ngày bắt đầu hoạt động' }, textBox(LOCATIONS.start, p[LOCATIONS.start] ?? '', { cls: 'txt date', placeholder: 'dd/MM/yyyy', maxLength: 10 })),
    `<tr><td></td><td>${button(rc, LOCATIONS.add, 'Thêm địa điểm')}</td></tr>`,
  ].join('');
  return `<fieldset class="grp"><legend>Địa điểm kinh doanh (nếu khác địa chỉ trụ sở)</legend>${grid('ctl00_C_TAXCtl_grdLocations', head, rows, 5)}<table class="form">${form}</table></fieldset>`;
}

function addLine(working) {
  const p = working.pending;
  const code = String(p[LINES.code] ?? '').trim();
  const name = String(p[LINES.name] ?? '').trim() || VSIC.get(code) || '';
  if (code && !/^\d{1,7}$/.test(code)) return ['Mã ngành chỉ gồm chữ số.'];
  if (!name) return ['Nhập tên ngành hoặc mã ngành có trong danh mục.'];
  if (code && working.rows.some((r) => r.code === code)) return [`Mã ngành ${code} đã có trong danh sách.`];
  working.rows.push({ code, name, main: false });
  p[LINES.code] = '';
  p[LINES.name] = '';
  return [];
}

function addLocation(working, geo) {
  const p = working.pending;
  const ward = geo.ward(p[LOCATIONS.ward]);
  const row = { name: String(p[LOCATIONS.name] ?? '').trim(), street: String(p[LOCATIONS.street] ?? '').trim() };
  const start = String(p[LOCATIONS.start] ?? '').trim();
  const errors = [];
  if (!row.name) errors.push('Tên địa điểm kinh doanh: không được để trống.');
  if (!ward || ward.province.id !== p[LOCATIONS.city]) errors.push('Địa điểm kinh doanh: chọn Tỉnh/Thành phố và Xã/Phường/Đặc khu.');
  if (!row.street) errors.push('Địa điểm kinh doanh: nhập số nhà, đường phố.');
  if (start && !parseDate(start)) errors.push('Ngày bắt đầu hoạt động: không đúng định dạng ngày (dd/MM/yyyy).');
  if (errors.length) return errors;
  working.rows.push({ ...row, provinceId: ward.province.id, wardId: ward.id, startDate: start });
  for (const key of Object.values(LOCATIONS).slice(2)) p[key] = '';
  return [];
}

/** Apply a table event to the working copy; returns validation errors (empty = applied). */
export function tableEvent(working, target, arg, geo) {
  const [command, index] = String(arg ?? '').split('$');
  const i = Number(index);
  if (target === LINES.add) return addLine(working);
  if (target === LOCATIONS.add) return addLocation(working, geo);
  if (!Number.isInteger(i) || i < 0 || i >= working.rows.length) return ['Dòng không tồn tại.'];
  if (command === 'Delete') working.rows.splice(i, 1);
  if (command === 'Main' && target === LINES.grid) working.rows.forEach((r, j) => { r.main = j === i; });
  return [];
}
