// Dossier factory: turns a scenario spec into an iGate-shaped dossier (RESEARCH-NOTES §6.1, §8.1).
// Only what the specs say varies; ids and file names come from the seeded PRNG, dates from `now`.
import { WARD_AGENCY_CODE } from './accounts.mjs';
import { addWorkingDays, minutesBefore, toIgateIso, workingDayBefore, workingHoursBefore, yymmdd } from './dates.mjs';
import { asciiSlug } from './people.mjs';
import { HKD_CODES, SECTOR_CODES, procedureByCode } from './procedures.mjs';

export const STATUSES = [
  { id: 0, name: 'Mới đăng ký' },
  { id: 1, name: 'Yêu cầu bổ sung' },
  { id: 2, name: 'Đã tiếp nhận' },
  { id: 3, name: 'Từ chối' },
];
export const APPLY_METHODS = {
  online: { id: 0, name: 'Trực tuyến' },
  direct: { id: 1, name: 'Trực tiếp' },
  post: { id: 2, name: 'Bưu chính' },
};
const TASK_NAMES = { 0: 'Tiếp nhận hồ sơ', 1: 'Yêu cầu bổ sung giấy tờ', 2: 'Thụ lý hồ sơ' };
const COPY = 'Bản sao (Scan/Chụp ảnh Bản sao có chứng thực hoặc Bản sao kèm bản chính để đối chiếu)';

/** 24-hex id derived from text (FNV-1a, three seeds): stable for catalog objects. */
export function stableId(text) {
  const part = (seed) => {
    let h = seed >>> 0;
    for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return part(2166136261) + part(84696351) + part(3735928559);
}

/** procedure{} as iGate returns it (local code + national code + sector). */
export function procedureObject(code) {
  const p = procedureByCode(code);
  return {
    id: stableId(`procedure:${code}`), code: `${code}.000.00.00.H29`, nationCode: code,
    translate: [{ languageId: 228, name: p.name }],
    sector: { id: stableId(`sector:${p.field}`), code: SECTOR_CODES[p.field], name: p.field },
  };
}

function resolveWhen(now, when) {
  if (when.minutes != null) return minutesBefore(now, when.minutes);
  if (when.workingHours != null) return workingHoursBefore(now, when.workingHours);
  return workingDayBefore(now, when.day, when.hour, when.minute ?? 0);
}

/** Should this catalog component carry a file, and be listed at all? */
function componentState(doc, spec) {
  const listed = { paper: true, eform: true, required: true, authorization: true, 'family-minutes': true }[doc.kind]
    ?? (spec.extra ?? []).includes(doc.kind);
  const attached = {
    paper: spec.channel !== 'online', eform: spec.channel === 'online', required: true,
    authorization: Boolean(spec.owner), 'family-minutes': Boolean(spec.family),
  }[doc.kind] ?? listed;
  const missing = (spec.missing ?? []).some((m) => m === doc.kind || doc.name.startsWith(m));
  return { listed, attached: attached && !missing };
}

function componentRows(rand, code, spec) {
  const rows = [];
  for (const doc of procedureByCode(code).documents) {
    const { listed, attached } = componentState(doc, spec);
    if (!listed) continue;
    const formId = stableId(`form:${code}:${doc.name}`);
    const typeName = doc.kind === 'eform' ? 'Bản điện tử' : doc.name.startsWith('Bản sao') ? COPY : 'Bản chính';
    const words = doc.name.split(/[ ,;(]+/).slice(0, 6).join(' ');
    rows.push({
      id: `6${rand.hex(23)}`, procedureFormId: formId, formName: doc.name,
      procedureForm: { id: formId, name: doc.name },
      requirement: { typeId: typeName === 'Bản chính' ? 1 : typeName === COPY ? 2 : 3, typeName, quantity: 1 },
      file: attached ? [{ id: `6${rand.hex(23)}`, uuid: rand.hex(32), filename: `${asciiSlug(words, '_')}.pdf`, size: rand.int(40, 900) * 1024 }] : [],
    });
  }
  return rows;
}

/** Build a dossier from a spec: { procedure, channel, status, when, applicant, owner?, eForm?, missing?, extra?, family?, content? } */
export function createDossierFactory({ rand, now }) {
  const seqByDay = new Map();
  return function makeDossier(spec) {
    const id = `6${rand.hex(23)}`;
    const taskId = `6${rand.hex(23)}`;
    const files = componentRows(rand, spec.procedure, spec);
    const nationSuffix = rand.digits(6);
    const applied = resolveWhen(now, spec.when);
    const day = yymmdd(applied);
    const seq = (seqByDay.get(day) ?? 0) + 1;
    seqByDay.set(day, seq);
    const status = spec.status ?? 0;
    const accepted = status === 2 ? new Date(Math.min(applied.getTime() + 25 * 60 * 1000, now.getTime())) : null;
    const procedure = procedureObject(spec.procedure);
    const { processingDays } = procedureByCode(spec.procedure);
    const a = spec.applicant;
    const dossier = {
      id, code: `${WARD_AGENCY_CODE}-${day}-${String(seq).padStart(4, '0')}`,
      nationCode: spec.channel === 'online' ? `G22.99-${day}-${nationSuffix}` : null,
      procedure,
      agency: { code: WARD_AGENCY_CODE, name: 'UBND Phường Thủ Đức' },
      applyMethod: { ...APPLY_METHODS[spec.channel] },
      appliedDate: toIgateIso(applied),
      acceptedDate: accepted ? toIgateIso(accepted) : null,
      appointmentDate: accepted ? toIgateIso(addWorkingDays(accepted, processingDays ?? 3)) : null,
      dossierStatus: { ...STATUSES.find((s) => s.id === status) },
      currentTask: TASK_NAMES[status] ? [{ id: taskId, name: TASK_NAMES[status] }] : [],
      applicant: {
        eformId: stableId('eform:applicant'),
        data: {
          fullname: a.fullname, ownerFullname: spec.owner ? spec.owner.fullname : a.fullname,
          identityNumber: a.identityNumber, birthday: a.birthday, gender: a.gender, nationality: a.nationality,
          province: a.province, ward: a.ward, address: a.address, phoneNumber: a.phoneNumber, email: a.email,
          noidungyeucaugiaiquyet: spec.content ?? procedureByCode(spec.procedure).name,
        },
      },
      eForm: { id: stableId(`eform:${spec.procedure}`), data: spec.eForm ?? {} },
      dossierFormFile: files,
    };
    if (HKD_CODES.includes(spec.procedure)) dossier.result = null;
    return dossier;
  };
}
