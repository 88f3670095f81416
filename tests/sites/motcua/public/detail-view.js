// Dossier detail (/vi/dossier/search/{id}, /vi/dossier/processing/{id}?procedure=&task=): rendered
// only after the API data arrives; every value shown comes from the dossier JSON.
import { api } from './api.js';
import { actionBar, resultCard } from './detail-actions.js';
import { hkdSections } from './detail-hkd.js';
import { formatIgateDate, h, mount } from './dom.js';
import { card, formField, grid, infoRow, spinner, table } from './widgets.js';

function summaryCard(d) {
  return card('Thông tin hồ sơ', h('div', { class: 'dossier-info' },
    infoRow('Mã hồ sơ', d.code, 'code'),
    infoRow('Mã thủ tục', d.procedure.code, 'procedureCode'),
    infoRow('Tên thủ tục', d.procedure.translate[0]?.name, 'procedureName'),
    infoRow('Lĩnh vực', d.procedure.sector.name, 'sector'),
    infoRow('Hình thức nộp', d.applyMethod.name, 'applyMethod'),
    infoRow('Ngày nộp', formatIgateDate(d.appliedDate), 'appliedDate'),
    d.acceptedDate ? infoRow('Ngày tiếp nhận', formatIgateDate(d.acceptedDate), 'acceptedDate') : null,
    d.appointmentDate ? infoRow('Ngày hẹn trả', formatIgateDate(d.appointmentDate), 'appointmentDate') : null,
    infoRow('Trạng thái', d.dossierStatus.name, 'status')));
}

function applicantCard(d) {
  const a = d.applicant.data;
  const address = [a.address, a.ward, a.province].filter(Boolean).join(', ');
  const onBehalf = a.ownerFullname && a.ownerFullname !== a.fullname;
  return card('Thông tin người nộp', h('div', { class: 'applicant-info' },
    grid(
      formField('Họ và tên', a.fullname, { name: 'fullname' }),
      formField('Số CCCD', a.identityNumber, { name: 'identityNumber' }),
      formField('Ngày sinh', a.birthday, { name: 'birthday' }),
      formField('Giới tính', a.gender, { name: 'gender' }),
      formField('Số điện thoại', a.phoneNumber, { name: 'phoneNumber' }),
      formField('Email', a.email, { name: 'email' }),
      formField('Tỉnh/Thành phố', a.province, { name: 'province' }),
      formField('Xã/Phường/Đặc khu', a.ward, { name: 'ward' }),
      formField('Địa chỉ thường trú', address, { name: 'address', wide: true }),
      onBehalf ? formField('Nộp thay cho', a.ownerFullname, { name: 'ownerFullname' }) : null,
      onBehalf ? formField('Quan hệ', 'Người được ủy quyền', { name: 'relation' }) : null,
      formField('Nội dung yêu cầu giải quyết', a.noidungyeucaugiaiquyet, { name: 'noidungyeucaugiaiquyet', wide: true }))));
}

function componentsCard(d) {
  const rows = d.dossierFormFile.map((f, i) => [
    String(i + 1), f.procedureForm?.name ?? f.formName ?? '', f.requirement?.typeName ?? '', String(f.requirement?.quantity ?? ''),
    f.file.length
      ? h('div', { class: 'file-list' }, f.file.map((file) => h('a', {
        class: 'file-link', href: '#', dataset: { fileId: file.id }, title: `${Math.round(file.size / 1024)} KB`,
        onclick: (e) => e.preventDefault(),
      }, file.filename)))
      : h('span', { class: 'no-file', text: 'Chưa đính kèm' }),
  ]);
  return card('Thành phần hồ sơ', table(
    [['stt', 'STT'], ['name', 'Tên giấy tờ'], ['type', 'Loại bản'], ['quantity', 'Số lượng'], ['files', 'Tệp đính kèm']],
    rows, { className: 'dossier-files', rowProps: (i) => ({ dataset: { formId: d.dossierFormFile[i].procedureFormId ?? '' } }) }));
}

/** Build the detail for dossier `d`; `reload(d)` re-renders after an action. */
function detail(ctx, d, reload) {
  const back = `/vi/dossier/${ctx.kind}`;
  return h('app-dossier-detail', { class: 'dossier-detail', dataset: { dossierId: d.id } },
    h('div', { class: 'detail-header' },
      h('a', { class: 'back-link', href: back, text: '← Quay lại danh sách' }),
      h('h2', { class: 'page-title', text: 'Chi tiết hồ sơ' })),
    summaryCard(d), applicantCard(d), hkdSections(d), componentsCard(d),
    'result' in d ? resultCard(d, reload) : null,
    actionBar(d, reload));
}

export async function renderDetail(root, ctx) {
  mount(root, spinner());
  try {
    const dossier = await api(`/pa/dossier/${ctx.id}/--online`);
    if (!ctx.isCurrent()) return;
    const reload = (next) => { if (ctx.isCurrent()) mount(root, detail(ctx, next, reload)); };
    reload(dossier);
  } catch (err) {
    if (!ctx.isCurrent()) return;
    if (err.status === 401) return ctx.navigate('/vi/login', { replace: true });
    mount(root, h('div', { class: 'error-message', text: `Không tải được hồ sơ: ${err.message}` }));
  }
}
