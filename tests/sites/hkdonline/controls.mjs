// WebForms-like control markup: names `ctl00$C$…`, ids with `_`, AutoPostBack through
// `__doPostBack`, RadioButtonList tables, disabled controls with class "aspNetDisabled".
// Every helper that can cause a postback records its target in `rc.targets`, the page's
// __EVENTVALIDATION list.
import { esc, escJs } from './http.mjs';
import { COUNTRIES } from './reference-data.mjs';

export const ctlId = (name) => String(name).replace(/\$/g, '_');

/** A render context: postback targets (buttons among them) of the page and the geography. */
export const renderContext = (geo) => ({ geo, targets: new Set(), buttons: new Set() });

const postbackJs = (target, arg = '') => `__doPostBack('${escJs(target)}','${escJs(arg)}')`;
const autoPostBack = (target) => `javascript:setTimeout('${postbackJs(target).replace(/'/g, "\\'")}', 0)`;

export function textBox(name, value, { cls = 'txt', placeholder, maxLength } = {}) {
  const extra = `${placeholder ? ` placeholder="${esc(placeholder)}"` : ''}${maxLength ? ` maxlength="${maxLength}"` : ''}`;
  return `<input name="${esc(name)}" type="text" value="${esc(value)}" id="${ctlId(name)}" class="${cls}"${extra} />`;
}

export function dropDown(rc, name, options, value, { postback = false, empty = '-- Chọn --' } = {}) {
  if (postback) rc.targets.add(name);
  const change = postback ? ` onchange="${autoPostBack(name)}"` : '';
  const opts = [empty === null ? '' : `<option value="">${esc(empty)}</option>`]
    .concat(options.map((o) => {
      const selected = String(o.value) === String(value ?? '') ? ' selected="selected"' : '';
      return `<option${selected} value="${esc(o.value)}">${esc(o.text)}</option>`;
    }));
  return `<select name="${esc(name)}" id="${ctlId(name)}" class="ddl"${change}>${opts.join('')}</select>`;
}

export function radioList(name, options, value, { horizontal = true } = {}) {
  const id = ctlId(name);
  const cells = options.map((o, i) => {
    const checked = String(o.value) === String(value ?? '') ? ' checked="checked"' : '';
    return `<td><input id="${id}_${i}" type="radio" name="${esc(name)}" value="${esc(o.value)}"${checked} /><label for="${id}_${i}">${esc(o.text)}</label></td>`;
  });
  const rows = horizontal ? `<tr>${cells.join('')}</tr>` : cells.map((c) => `<tr>${c}</tr>`).join('');
  return `<table id="${id}" class="rbl">${rows}</table>`;
}

export function checkBoxList(name, options, values) {
  const id = ctlId(name);
  const rows = options.map((o, i) => {
    const checked = values.includes(o.value) ? ' checked="checked"' : '';
    return `<tr><td><input id="${id}_${i}" type="checkbox" name="${esc(name)}" value="${esc(o.value)}"${checked} /><label for="${id}_${i}">${esc(o.text)}</label></td></tr>`;
  });
  return `<table id="${id}" class="rbl">${rows.join('')}</table>`;
}

export function checkBox(rc, name, checked, text, { postback = false } = {}) {
  if (postback) rc.targets.add(name);
  const click = postback ? ` onclick="${autoPostBack(name)}"` : '';
  const id = ctlId(name);
  return `<span class="chk"><input id="${id}" type="checkbox" name="${esc(name)}" value="on"${checked ? ' checked="checked"' : ''}${click} /><label for="${id}">${esc(text)}</label></span>`;
}

export function button(rc, name, text, { disabled = false, cls = 'btn' } = {}) {
  rc.targets.add(name);
  rc.buttons.add(name);
  const state = disabled ? ` disabled="disabled" class="aspNetDisabled ${cls}"` : ` class="${cls}"`;
  return `<input type="submit" name="${esc(name)}" value="${esc(text)}" id="${ctlId(name)}"${state} />`;
}

export function linkButton(rc, target, arg, text, { id, cls } = {}) {
  rc.targets.add(target);
  const attrs = `${id ? ` id="${esc(id)}"` : ''}${cls ? ` class="${esc(cls)}"` : ''}`;
  return `<a${attrs} href="javascript:${postbackJs(target, arg)}">${esc(text)}</a>`;
}

/** The control for one field spec of blocks.mjs. */
export function fieldControl(rc, f, values) {
  const value = values[f.name] ?? '';
  switch (f.kind) {
    case 'date': return textBox(f.name, value, { cls: 'txt date', placeholder: 'dd/MM/yyyy', maxLength: 10 });
    case 'select': return dropDown(rc, f.name, f.options, value);
    case 'country': return dropDown(rc, f.name, COUNTRIES, value);
    case 'radio': return radioList(f.name, f.options, value);
    case 'checkbox': return checkBox(rc, f.name, value === 'on', f.text, { postback: f.postback });
    case 'province': {
      const options = rc.geo.provinces.map((p) => ({ value: p.id, text: p.bare }));
      return dropDown(rc, f.name, options, value, { postback: true, empty: '-- Chọn Tỉnh/Thành phố --' });
    }
    case 'ward': {
      const wards = rc.geo.province(values[f.province])?.wards ?? [];
      const options = wards.map((w) => ({ value: w.id, text: w.bare }));
      return dropDown(rc, f.name, options, value, { empty: '-- Chọn Xã/Phường/Đặc khu --' });
    }
    case 'money': return `${textBox(f.name, value, { cls: 'txt money' })} <span class="unit">VNĐ</span>`;
    case 'upper': return textBox(f.name, value, { cls: 'txt wide' });
    default: return textBox(f.name, value, { cls: f.kind === 'text' ? 'txt wide' : 'txt' });
  }
}

export function labelRow(f, controlHtml) {
  const forId = f.kind === 'radio' ? '' : ` for="${ctlId(f.name)}"`;
  const cls = f.required ? 'lbl required' : 'lbl';
  return `<tr><td class="${cls}"><label${forId}>${esc(f.label)}:</label></td><td class="ctl">${controlHtml}</td></tr>`;
}

/** Field specs (with section entries) → fieldsets, each a `<table class="form">`. */
export function renderFields(rc, fields, values) {
  const groups = [];
  for (const f of fields) {
    if (f.showIf && !f.showIf(values)) continue;
    if (f.section) groups.push({ title: f.section, rows: [] });
    else groups.at(-1).rows.push(labelRow(f, fieldControl(rc, f, values)));
  }
  return groups
    .map((g) => `<fieldset class="grp"><legend>${esc(g.title)}</legend><table class="form">${g.rows.join('')}</table></fieldset>`)
    .join('');
}
