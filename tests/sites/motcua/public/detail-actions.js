// Action buttons of the detail (Tiếp nhận / Yêu cầu bổ sung / Từ chối) and the household-business
// result card. Handlers are plain bubbling-phase click listeners, as Angular's (click) bindings are.
import { api } from './api.js';
import { h } from './dom.js';
import { snackbar, textDialog } from './overlay.js';
import { button, card, editField, grid } from './widgets.js';

const DONE = {
  accept: 'Tiếp nhận hồ sơ thành công',
  'request-supplement': 'Đã gửi yêu cầu bổ sung hồ sơ',
  reject: 'Đã từ chối hồ sơ',
};

async function changeStatus(d, action, note, reload, bar) {
  bar.querySelectorAll('button').forEach((b) => { b.disabled = true; });
  try {
    const next = await api(`/pa/dossier/${d.id}/status`, { method: 'PUT', body: note == null ? { action } : { action, note } });
    reload(next);
    snackbar(DONE[action]);
  } catch (err) {
    bar.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    snackbar(err.message, 'error');
  }
}

export function actionBar(d, reload) {
  const status = d.dossierStatus.id;
  const bar = h('div', { class: 'action-bar' });
  if (status !== 0 && status !== 1) {
    bar.append(h('span', { class: 'action-note', text: `Hồ sơ đang ở trạng thái: ${d.dossierStatus.name}` }));
    return bar;
  }
  const accept = button('Tiếp nhận', { color: 'primary', className: 'btn-accept' });
  accept.addEventListener('click', () => changeStatus(d, 'accept', null, reload, bar));
  bar.append(accept);
  if (status === 0) {
    const supplement = button('Yêu cầu bổ sung', { color: 'accent', className: 'btn-supplement' });
    supplement.addEventListener('click', async () => {
      const note = await textDialog({ title: 'Yêu cầu bổ sung hồ sơ', label: 'Nội dung yêu cầu bổ sung', confirm: 'Gửi yêu cầu', className: 'supplement-dialog' });
      if (note) await changeStatus(d, 'request-supplement', note, reload, bar);
    });
    bar.append(supplement);
  }
  const reject = button('Từ chối', { color: 'warn', className: 'btn-reject' });
  reject.addEventListener('click', async () => {
    const note = await textDialog({ title: 'Từ chối tiếp nhận hồ sơ', label: 'Lý do từ chối', confirm: 'Từ chối', className: 'reject-dialog' });
    if (note) await changeStatus(d, 'reject', note, reload, bar);
  });
  bar.append(reject);
  return bar;
}

/** "Kết quả giải quyết": household-business code, certificate number, date of issue. */
export function resultCard(d, reload) {
  const r = d.result ?? {};
  const input = (name, value, placeholder) => h('input', { name, value: value ?? '', placeholder, autocomplete: 'off' });
  const code = input('resultCode', r.code, '12 chữ số');
  const cert = input('certificateNumber', r.certificateNumber, '');
  const date = input('resultDate', r.date, 'dd/MM/yyyy');
  const save = button('Lưu kết quả', { color: 'primary', className: 'btn-save-result' });
  save.addEventListener('click', async () => {
    const body = { code: code.value.trim(), certificateNumber: cert.value.trim(), date: date.value.trim() };
    if (!body.code || !body.certificateNumber || !body.date) return snackbar('Vui lòng nhập đủ mã số hộ kinh doanh, số giấy chứng nhận và ngày cấp', 'error');
    save.disabled = true;
    try {
      reload(await api(`/pa/dossier/${d.id}/result`, { method: 'PUT', body }));
      snackbar('Đã lưu kết quả giải quyết');
    } catch (err) {
      save.disabled = false;
      snackbar(err.message, 'error');
    }
  });
  return h('div', { class: 'result-card-wrapper' }, card('Kết quả giải quyết',
    grid(editField('Mã số hộ kinh doanh', code), editField('Số giấy chứng nhận', cert), editField('Ngày cấp', date)),
    h('div', { class: 'card-actions' }, save)));
}
