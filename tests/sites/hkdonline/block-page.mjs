// A data block page of Registration.aspx: left menu of blocks (#ctl00_C_BLCtl_CtlList), the
// block's controls, and Quay lại / Lưu / Tiếp tục. "Lưu" is rendered disabled until a change
// event (inline script) and the server refuses a save whose content equals what is stored.
import { esc } from './http.mjs';
import { button, linkButton, renderFields } from './controls.mjs';
import { BASE, message, panel, validationSummary } from './layout.mjs';
import { BLOCKS, PREFIX, blocksFor, visibleFields } from './blocks.mjs';
import { PENDING_INPUTS, LOCATIONS, renderLines, renderLocations, tableEvent } from './tables.mjs';
import { validateBlock } from './validate.mjs';
import { bareWard } from './geo.mjs';

export const DATA = { save: 'ctl00$C$btnSave', next: 'ctl00$C$btnNext', back: 'ctl00$C$btnBack', copy: 'ctl00$C$btnIS_SIGNER' };
const listTarget = (i) => `ctl00$C$BLCtl$CtlList$ctl${String(i).padStart(2, '0')}$lnkBlock`;
const LIST_RE = /^ctl00\$C\$BLCtl\$CtlList\$ctl(\d+)\$lnkBlock$/;

const clone = (x) => JSON.parse(JSON.stringify(x));

/** What the block holds on the server: its last save, else its initial (prefilled) values. */
export function baseline(draft, key) {
  const b = draft.blocks[key] ?? draft.initial[key] ?? { values: {}, rows: [] };
  return { values: clone(b.values ?? {}), rows: clone(b.rows ?? []), pending: {} };
}

function sameContent(key, a, b) {
  const norm = (v) => String(v ?? '').trim();
  const fieldsSame = BLOCKS[key].fields.every((f) => !f.name || norm(a.values[f.name]) === norm(b.values[f.name]));
  return fieldsSame && JSON.stringify(a.rows ?? []) === JSON.stringify(b.rows ?? []);
}

const SAVE_GATE = `<script type="text/javascript">
(function () {
  var form = document.getElementById('aspnetForm'), save = document.getElementById('ctl00_C_btnSave'),
      pnl = document.getElementById('ctl00_C_pnlBlock');
  if (!form || !save || !pnl) return;
  pnl.addEventListener('change', function () { save.disabled = false; save.className = 'btn'; });
})();
</script>`;

function sideMenu(rc, draft, keys, current) {
  const items = keys.map((k, i) => {
    const cls = [k === current ? 'cur' : '', draft.blocks[k] ? 'saved' : ''].filter(Boolean).join(' ');
    return `<li${cls ? ` class="${cls}"` : ''}>${linkButton(rc, listTarget(i), '', BLOCKS[k].menu, { id: `ctl00_C_BLCtl_CtlList_ctl${String(i).padStart(2, '0')}_lnkBlock` })}</li>`;
  });
  return `<div class="side"><div class="hd">Khối dữ liệu</div><ul id="ctl00_C_BLCtl_CtlList">${items.join('')}</ul>
<div style="padding:6px 8px"><a id="ctl00_C_lnkOverview" href="${BASE}/Forms/APP/DW_DOCUMENTEdit.aspx?h=${esc(draft.h)}">Xem tổng hợp khối dữ liệu</a></div></div>`;
}

/** Render the data block `draft.block`; view = { working?, errors?, message? }. */
export function renderBlock(ctx, rc, draft, view) {
  const key = draft.block;
  const keys = blocksFor(draft.type, draft.amendTypes);
  const working = view.working ?? baseline(draft, key);
  const dirty = !sameContent(key, working, baseline(draft, key));
  const spec = BLOCKS[key];
  const copy = spec.copyButton
    ? `<div class="btnbar" style="border:0;margin:0 0 6px">${button(rc, DATA.copy, 'Sao chép thông tin đăng ký tài khoản')}</div>` : '';
  const table = spec.table === 'lines' ? renderLines(rc, working) : spec.table === 'locations' ? renderLocations(rc, working) : '';
  const i = keys.indexOf(key);
  const bar = `<div class="btnbar">${button(rc, DATA.back, 'Quay lại', { disabled: i === 0 })}${button(rc, DATA.save, 'Lưu', { disabled: !dirty })}${button(rc, DATA.next, 'Tiếp tục')}</div>`;
  const inner = `${validationSummary(view.errors)}${message(view.message)}<div id="ctl00_C_pnlBlock">${copy}${renderFields(rc, spec.fields, working.values)}${table}</div>${bar}`;
  return { body: panel(spec.title, inner, sideMenu(rc, draft, keys, key)), working, script: SAVE_GATE };
}

function applyPost(key, working, form, geo) {
  for (const f of visibleFields(key, working.values)) {
    working.values[f.name] = f.kind === 'checkbox' ? (form.has(f.name) ? 'on' : '') : (form.get(f.name)?.[0] ?? '');
  }
  for (const name of PENDING_INPUTS) if (form.has(name)) working.pending[name] = form.get(name)[0];
  // A province change reloads the ward list: a ward of another province is dropped.
  for (const f of BLOCKS[key].fields) {
    if (f.kind === 'ward' && geo.ward(working.values[f.name])?.province.id !== working.values[f.province]) working.values[f.name] = '';
  }
  if (geo.ward(working.pending[LOCATIONS.ward])?.province.id !== working.pending[LOCATIONS.city]) working.pending[LOCATIONS.ward] = '';
}

function validationContext(ctx, draft) {
  const wardId = (draft.blocks.ADDR ?? draft.initial.ADDR)?.values['ctl00$C$ADDRCtl$WARD_IDFld'];
  const ward = ctx.geo.ward(wardId);
  const same = (a, b) => String(a ?? '').trim().toLocaleUpperCase('vi') === String(b ?? '').trim().toLocaleUpperCase('vi');
  return {
    geo: ctx.geo,
    now: ctx.now,
    checkNameUnique(name) {
      if (!ward || !name) return [];
      const clash = ctx.store.households.find((h) => h.status !== 'dissolved' && h.code !== draft.household?.code &&
        same(h.name, name) && same(bareWard(h.ward ?? ''), ward.bare));
      return clash ? [`Tên hộ kinh doanh đã được đăng ký tại ${ward.name} (mã số ${clash.code}).`] : [];
    },
  };
}

function save(ctx, draft, key, working) {
  if (sameContent(key, working, baseline(draft, key))) {
    ctx.store.counters.refusedSaves += 1;
    return { view: { page: 'data', working, errors: ['Không có thay đổi nào để lưu.'] } };
  }
  const result = validateBlock(key, working, validationContext(ctx, draft));
  if (result.errors.length) return { view: { page: 'data', working, errors: result.errors } };
  ctx.store.saveBlock(draft, key, result.values, result.rows);
  return { view: { page: 'data', message: 'Lưu thông tin thành công.' } };
}

/** Handle a postback of the block page `vs.page` = "data:KEY". */
export function blockEvent(ctx, user, draft, vs, ev, form) {
  const key = vs.page.slice(5);
  const keys = blocksFor(draft.type, draft.amendTypes);
  if (draft.step !== 'data' || !keys.includes(key)) return { redirect: `${BASE}/Forms/APP/Registration.aspx?h=${draft.h}` };
  draft.block = key;
  const working = { values: {}, rows: [], pending: {}, ...clone(vs.w ?? {}) };
  applyPost(key, working, form, ctx.geo);
  const i = keys.indexOf(key);
  const goTo = (k) => { draft.block = k; return { view: { page: 'data' } }; };
  const list = LIST_RE.exec(ev.target);
  if (list && keys[Number(list[1])]) return goTo(keys[Number(list[1])]);
  if (ev.target === DATA.next) return i + 1 < keys.length ? goTo(keys[i + 1]) : { redirect: `${BASE}/Forms/APP/DW_DOCUMENTEdit.aspx?h=${draft.h}` };
  if (ev.target === DATA.back) return goTo(keys[Math.max(0, i - 1)]);
  if (ev.target === DATA.save) return save(ctx, draft, key, working);
  if (ev.target === DATA.copy) {
    Object.assign(working.values, {
      [`${PREFIX.SUB}FULL_NAMEFld`]: user.fullName, [`${PREFIX.SUB}PERS_DOC_NOFld`]: user.docNumber,
      [`${PREFIX.SUB}PHONEFld`]: user.phone, [`${PREFIX.SUB}EMAILFld`]: user.email,
    });
    return { view: { page: 'data', working } };
  }
  if (/(grdLines|grdLocations|btnAdd|btnAddLocation)$/.test(ev.target)) {
    return { view: { page: 'data', working, errors: tableEvent(working, ev.target, ev.arg, ctx.geo) } };
  }
  return { view: { page: 'data', working } };
}
