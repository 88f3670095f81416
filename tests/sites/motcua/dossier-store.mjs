// Mutable state of Replica A's API: a deep copy of the seed's dossiers, an action log per dossier,
// and benchmark clones. reset() returns everything to the seed.
import { fold } from './http-util.mjs';

const TRANSITIONS = {
  accept: { from: [0, 1], to: { id: 2, name: 'Đã tiếp nhận' }, task: 'Thụ lý hồ sơ' },
  'request-supplement': { from: [0], to: { id: 1, name: 'Yêu cầu bổ sung' }, task: 'Yêu cầu bổ sung giấy tờ' },
  reject: { from: [0, 1], to: { id: 3, name: 'Từ chối' }, task: null },
};
/** page sizes above this are benchmark requests: the page is padded with clones (README). */
export const BENCH_THRESHOLD = 100;
export const MAX_PAGE_SIZE = 500;

/** iGate timestamp of now: `YYYY-MM-DDTHH:mm:ss.SSS+0700`. */
function igateNow() {
  return `${new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 23)}+0700`;
}

/** The slice of a dossier the search API returns in `content[]`. */
function summary(d) {
  const { id, code, nationCode, procedure, applyMethod, appliedDate, acceptedDate, appointmentDate, dossierStatus, currentTask } = d;
  const { fullname, ownerFullname, identityNumber } = d.applicant.data;
  return {
    id, code, nationCode, procedure, applyMethod, appliedDate, acceptedDate, appointmentDate, dossierStatus, currentTask,
    applicant: { data: { fullname, ownerFullname, identityNumber } },
  };
}

function matches(d, q) {
  if (q.sectorId && d.procedure.sector.id !== q.sectorId) return false;
  if (q.statuses.length && !q.statuses.includes(d.dossierStatus.id)) return false;
  if (q.code && !d.code.toLowerCase().includes(q.code.toLowerCase())) return false;
  if (q.applicant && !fold(d.applicant.data.fullname).includes(fold(q.applicant))) return false;
  if (q.procedureCode && !d.procedure.code.startsWith(q.procedureCode)) return false;
  return true;
}

export function createDossierStore(seed) {
  let byId;
  let order;
  let actions;
  const reset = () => {
    const copies = structuredClone(seed.dossiers);
    byId = new Map(copies.map((d) => [d.id, d]));
    order = copies.map((d) => d.id);
    actions = new Map();
  };
  reset();

  /** Clone `source` as benchmark row `n` (ids stay 24-hex; codes get a 9xxx sequence). */
  const cloneOf = (source, n) => {
    const id = `c0${n.toString(16).padStart(4, '0')}${source.id.slice(6)}`;
    if (!byId.has(id)) {
      const copy = structuredClone(source);
      copy.id = id;
      copy.code = source.code.replace(/-\d{4}$/, `-${String(9000 + n).padStart(4, '0')}`);
      byId.set(id, copy);
    }
    return byId.get(id);
  };

  function search(q) {
    let rows = order.map((id) => byId.get(id)).filter((d) => matches(d, q));
    if (q.size > BENCH_THRESHOLD) {
      const base = rows.length ? rows : order.map((id) => byId.get(id));
      const padded = [...rows];
      for (let n = 0; padded.length < q.size * (q.page + 1); n += 1) padded.push(cloneOf(base[n % base.length], n));
      rows = padded;
    }
    const start = q.page * q.size;
    const content = rows.slice(start, start + q.size).map(summary);
    const totalPages = Math.max(1, Math.ceil(rows.length / q.size));
    return {
      content, totalElements: rows.length, totalPages, number: q.page, size: q.size,
      numberOfElements: content.length, first: q.page === 0, last: q.page >= totalPages - 1,
    };
  }

  function log(id, entry) {
    const list = actions.get(id) ?? [];
    list.push({ at: igateNow(), ...entry });
    actions.set(id, list);
  }

  /** Apply a status action; returns { status, body } for the HTTP layer. */
  function changeStatus(id, { action, note }, user) {
    const d = byId.get(id);
    if (!d) return { status: 404, body: { error: 'not_found', message: `Không tìm thấy hồ sơ ${id}` } };
    const t = TRANSITIONS[action];
    if (!t) return { status: 400, body: { error: 'bad_action', message: `Thao tác không hợp lệ: ${action}` } };
    const from = d.dossierStatus.id;
    const ok = t.from.includes(from);
    log(id, { action, ok, note: note ?? null, username: user.preferred_username, fromStatus: from, toStatus: ok ? t.to.id : from });
    if (!ok) return { status: 409, body: { error: 'conflict', message: `Hồ sơ đang ở trạng thái "${d.dossierStatus.name}"` } };
    d.dossierStatus = { ...t.to };
    d.currentTask = t.task ? [{ id: d.currentTask[0]?.id ?? d.id, name: t.task }] : [];
    if (action === 'accept') {
      d.acceptedDate = igateNow();
      d.accepter = { username: user.preferred_username, fullname: user.name };
    }
    if (action === 'request-supplement') d.supplementNote = note ?? '';
    return { status: 200, body: d };
  }

  function saveResult(id, body, user) {
    const d = byId.get(id);
    if (!d) return { status: 404, body: { error: 'not_found', message: `Không tìm thấy hồ sơ ${id}` } };
    if (!('result' in d)) return { status: 400, body: { error: 'no_result', message: 'Thủ tục không có kết quả hộ kinh doanh' } };
    const fields = ['code', 'certificateNumber', 'date'];
    if (!fields.every((f) => typeof body[f] === 'string' && body[f].trim())) {
      return { status: 400, body: { error: 'bad_result', message: 'Cần mã số hộ kinh doanh, số giấy chứng nhận và ngày cấp' } };
    }
    d.result = { code: body.code.trim(), certificateNumber: body.certificateNumber.trim(), date: body.date.trim() };
    log(id, { action: 'result', ok: true, note: null, username: user.preferred_username, result: d.result });
    return { status: 200, body: d };
  }

  return {
    reset, search, changeStatus, saveResult,
    get: (id) => byId.get(id),
    actionsOf: (id) => actions.get(id) ?? [],
  };
}
