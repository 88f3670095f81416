// /vi/dossier/search and /vi/dossier/processing: filters, a mat-table of dossiers and a paginator.
// State lives in the URL (?page=&size=&sector=&status=&code=&applicant=) so back/forward work.
import { api } from './api.js';
import { formatIgateDate, h, mount } from './dom.js';
import { button, editField, spinner, table } from './widgets.js';

const STATUSES = [['', 'Tất cả'], ['0', 'Mới đăng ký'], ['1', 'Yêu cầu bổ sung'], ['2', 'Đã tiếp nhận'], ['3', 'Từ chối']];
const PAGE_SIZES = [10, 20, 50];
const COLUMNS = [['stt', 'STT'], ['code', 'Mã hồ sơ'], ['procedure', 'Thủ tục'], ['sector', 'Lĩnh vực'], ['applicant', 'Người nộp'],
  ['appliedDate', 'Ngày nộp'], ['applyMethod', 'Hình thức nộp'], ['status', 'Trạng thái']];
let sectorCache = null;

function readState(ctx) {
  const p = ctx.params;
  const num = (name, fallback) => Math.max(1, Number.parseInt(p.get(name) ?? '', 10) || fallback);
  return {
    page: num('page', 1), size: Math.min(num('size', 10), 500),
    sector: p.get('sector') ?? '', code: p.get('code') ?? '', applicant: p.get('applicant') ?? '',
    status: p.has('status') ? p.get('status') : ctx.kind === 'processing' ? '0' : '',
  };
}

function toUrl(kind, s) {
  const q = new URLSearchParams({ page: String(s.page), size: String(s.size), status: s.status });
  for (const key of ['sector', 'code', 'applicant']) if (s[key]) q.set(key, s[key]);
  return `/vi/dossier/${kind}?${q}`;
}

function select(name, options, value) {
  return h('select', { name }, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

function filters(ctx, state, sectors) {
  const code = h('input', { name: 'code', value: state.code, placeholder: '000.00.12.H29-…' });
  const applicant = h('input', { name: 'applicant', value: state.applicant });
  const sector = select('sector', [['', 'Tất cả'], ...sectors.map((s) => [s.id, s.name])], state.sector);
  const status = select('status', STATUSES, state.status);
  const form = h('form', { class: 'search-form' },
    editField('Mã hồ sơ', code), editField('Người nộp', applicant), editField('Lĩnh vực', sector), editField('Trạng thái', status),
    button('Tìm kiếm', { color: 'primary', type: 'submit', className: 'searchBtn' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.navigate(toUrl(ctx.kind, { ...state, page: 1, code: code.value.trim(), applicant: applicant.value.trim(), sector: sector.value, status: status.value }));
  });
  return form;
}

function rows(ctx, content, offset) {
  return content.map((d, i) => {
    const href = ctx.kind === 'processing'
      ? `/vi/dossier/processing/${d.id}?procedure=${d.procedure.id}&task=${d.currentTask[0]?.id ?? ''}`
      : `/vi/dossier/search/${d.id}`;
    return [String(offset + i + 1), h('a', { class: 'dossier-code-link', href }, d.code),
      h('span', { class: 'clamp-2', title: d.procedure.translate[0]?.name ?? '', text: d.procedure.translate[0]?.name ?? '' }), d.procedure.sector.name, d.applicant.data.fullname,
      formatIgateDate(d.appliedDate), d.applyMethod.name,
      h('span', { class: `status-chip status-${d.dossierStatus.id}`, text: d.dossierStatus.name })];
  });
}

function paginator(ctx, state, page) {
  const pages = Math.max(1, page.totalPages);
  const from = page.totalElements ? (state.page - 1) * state.size + 1 : 0;
  const to = Math.min(state.page * state.size, page.totalElements);
  const sizes = PAGE_SIZES.includes(state.size) ? PAGE_SIZES : [...PAGE_SIZES, state.size].sort((a, b) => a - b);
  const sizeSelect = select('pageSize', sizes.map((s) => [String(s), String(s)]), String(state.size));
  sizeSelect.classList.add('page-size-select');
  sizeSelect.addEventListener('change', () => ctx.navigate(toUrl(ctx.kind, { ...state, page: 1, size: Number(sizeSelect.value) })));
  const go = (n) => () => ctx.navigate(toUrl(ctx.kind, { ...state, page: n }));
  return h('mat-paginator', { class: 'mat-paginator' },
    h('div', { class: 'mat-paginator-container' },
      h('div', { class: 'mat-paginator-page-size' }, h('span', { class: 'mat-paginator-page-size-label', text: 'Số dòng mỗi trang:' }), sizeSelect),
      h('div', { class: 'mat-paginator-range-label', text: `${from} – ${to} của ${page.totalElements}` }),
      h('span', { class: 'page-indicator', text: `Trang ${state.page} / ${pages}` }),
      h('button', { class: 'mat-icon-button mat-paginator-navigation-previous', type: 'button', 'aria-label': 'Trang trước', disabled: state.page <= 1, onclick: go(state.page - 1) }, '‹'),
      h('button', { class: 'mat-icon-button mat-paginator-navigation-next', type: 'button', 'aria-label': 'Trang sau', disabled: state.page >= pages, onclick: go(state.page + 1) }, '›')));
}

export async function renderList(root, ctx) {
  const state = readState(ctx);
  const title = ctx.kind === 'processing' ? 'Hồ sơ chờ tiếp nhận' : 'Tra cứu hồ sơ';
  const results = h('div', { class: 'searchtbl' }, spinner());
  const filterCard = h('mat-card', { class: 'mat-card filter-card' }, h('h2', { class: 'page-title', text: title }));
  mount(root, h('app-list-search', { class: 'list-search', dataset: { kind: ctx.kind } }, filterCard, h('mat-card', { class: 'mat-card table-card' }, results)));
  try {
    sectorCache ??= (await api('/sectors')).content;
    if (!ctx.isCurrent()) return;
    filterCard.append(filters(ctx, state, sectorCache));
    const q = new URLSearchParams({ page: String(state.page - 1), size: String(state.size), spec: 'slice' });
    if (state.sector) q.set('sector-id', state.sector);
    if (state.status !== '') q.set('dossier-status', state.status);
    if (state.code) q.set('code', state.code);
    if (state.applicant) q.set('applicant-name', state.applicant);
    const page = await api(`/pa/dossier/search?${q}`);
    if (!ctx.isCurrent()) return;
    const tbl = table(COLUMNS, rows(ctx, page.content, (state.page - 1) * state.size), {
      empty: 'Không có kết quả tìm kiếm',
      rowProps: (i) => ({ dataset: { dossierId: page.content[i].id, dossierCode: page.content[i].code } }),
    });
    mount(results, tbl, paginator(ctx, state, page));
  } catch (err) {
    if (!ctx.isCurrent()) return;
    if (err.status === 401) return ctx.navigate('/vi/login', { replace: true });
    mount(results, h('div', { class: 'error-message', text: `Không tải được danh sách hồ sơ: ${err.message}` }));
  }
}
