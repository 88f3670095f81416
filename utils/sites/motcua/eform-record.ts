/**
 * iGate e-form payload (`eForm.data`) of a household-business dossier → the canonical record.
 * iGate e-forms are configured per province, so the keys below are alternatives (first present
 * wins), kept as data next to the mapping. Values pass the same normalisers as DOM reads, so
 * the JSON path and the DOM path give equal records for the same dossier.
 */
import type { HkdProcedureKind, HouseholdBusinessRecord } from '@/utils/hkd/record';
import { withRecordDefaults, type DraftRecord } from '@/utils/hkd/record-helpers';
import { setPath } from '@/utils/sites/labels/read-household-form';
import * as V from '@/utils/sites/values';
import { getPath } from '@/utils/sites/json-path';

type Kind = 'text' | 'date' | 'gender' | 'doc' | 'money' | 'int';
const PARSE: Record<Kind, (raw: unknown) => unknown> = {
  text: V.text, date: V.dateAsShown, gender: V.gender, doc: V.docNumber, money: V.money, int: V.integer,
};

/** Record path → [kind, alternative JSON paths in eForm.data]. */
const FIELDS: [string, Kind, string[]][] = [
  ['owner.fullName', 'text', ['owner.fullName', 'owner.fullname', 'chuHo.hoTen']],
  ['owner.birthDate', 'date', ['owner.birthDate', 'owner.birthday', 'chuHo.ngaySinh']],
  ['owner.gender', 'gender', ['owner.gender', 'chuHo.gioiTinh']],
  ['owner.ethnicity', 'text', ['owner.ethnicity', 'chuHo.danToc']],
  ['owner.nationality', 'text', ['owner.nationality', 'chuHo.quocTich']],
  ['owner.taxCode', 'doc', ['owner.taxCode']],
  ['owner.docType', 'text', ['owner.docType']],
  ['owner.docNumber', 'doc', ['owner.docNumber', 'owner.identityNumber', 'chuHo.soGiayTo']],
  ['owner.docDate', 'date', ['owner.docDate']],
  ['owner.docPlace', 'text', ['owner.docPlace']],
  ...address('owner.permanentAddress', 'owner.permanentAddress'),
  ...address('owner.contactAddress', 'owner.contactAddress'),
  ['owner.phone', 'text', ['owner.phone', 'owner.phoneNumber']],
  ['owner.email', 'text', ['owner.email']],
  ['business.name', 'text', ['businessName', 'household.name', 'tenHoKinhDoanh']],
  ...address('business.seat', 'seatAddress'),
  ...address('business.seat', 'household.seatAddress'),
  ['business.phone', 'text', ['phone']],
  ['business.email', 'text', ['email']],
  ['business.fax', 'text', ['fax']],
  ['business.website', 'text', ['website']],
  ['business.capital', 'money', ['capital', 'vonKinhDoanh']],
  ['business.employees', 'int', ['employees', 'soLaoDong']],
  ['business.startDate', 'date', ['startDate']],
  ...address('business.taxNoticeAddress', 'taxNoticeAddress'),
  ['existing.householdCode', 'doc', ['household.code']],
  ['existing.taxCode', 'doc', ['household.taxCode']],
  ['existing.certificateNumber', 'text', ['household.certificateNumber']],
];

function address(to: string, from: string): [string, Kind, string[]][] {
  return (['province', 'ward', 'street'] as const).map((p) => [`${to}.${p}`, 'text', [`${from}.${p}`]]);
}

/** National procedure code → kind of household-business procedure (catalog codes). */
export const HKD_PROCEDURES: Record<string, HkdProcedureKind> = {
  '1.001612': 'register',
  '2.000720': 'change',
  '1.001570': 'suspend',
  '1.001266': 'terminate',
  '2.000575': 'reissue',
};

export function hkdProcedureKind(procedureCode: string | undefined): HkdProcedureKind | undefined {
  return procedureCode ? HKD_PROCEDURES[procedureCode.slice(0, 8)] : undefined;
}

function lines(data: unknown): HouseholdBusinessRecord['business']['lines'] {
  const raw = getPath(data, 'businessLines') ?? getPath(data, 'nganhNghe');
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((l: Record<string, unknown>) => {
    const name = V.text(l?.name ?? l?.tenNganh);
    if (!name) return [];
    return [{ name, code: V.text(l.code ?? l.maNganh)?.replace(/\s/g, ''), main: l.main === true || l.main === 'x' }];
  });
}

function members(data: unknown): HouseholdBusinessRecord['members'] {
  const raw = getPath(data, 'members');
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((m: Record<string, unknown>) => {
    const fullName = V.text(m?.fullName);
    if (!fullName) return [];
    const addr = (a: unknown) => (typeof a === 'object' && a ? ['street', 'ward', 'province'].map((k) => V.text((a as Record<string, unknown>)[k])).filter(Boolean).join(', ') : V.text(a)) || undefined;
    const doc = [V.docNumber(m.docNumber), V.dateAsShown(m.docDate), V.text(m.docPlace)].filter(Boolean).join(', ');
    return [{
      fullName, birthDate: V.dateAsShown(m.birthDate), gender: V.gender(m.gender) as 'male' | 'female' | undefined,
      nationality: V.text(m.nationality), ethnicity: V.text(m.ethnicity),
      permanentAddress: addr(m.permanentAddress), contactAddress: addr(m.contactAddress), docInfo: doc || undefined,
    }];
  });
}

/** Map eForm.data; null when it carries no household-business content at all. */
export function recordFromEform(data: unknown): { record: HouseholdBusinessRecord; paths: Record<string, string> } | null {
  if (!data || typeof data !== 'object') return null;
  const draft: Record<string, unknown> = {};
  const paths: Record<string, string> = {};
  for (const [to, kind, from] of FIELDS) {
    if (paths[to]) continue;
    for (const p of from) {
      const v = PARSE[kind](getPath(data, p));
      if (v === undefined) continue;
      setPath(draft, to, v);
      paths[to] = `eForm.data.${p}`;
      break;
    }
  }
  const l = lines(data);
  if (l.length) {
    setPath(draft, 'business.lines', l);
    paths['business.lines'] = 'eForm.data.businessLines';
  }
  const m = members(data);
  if (m.length) {
    draft.members = m;
    paths.members = 'eForm.data.members';
  }
  const subject = V.text(getPath(data, 'foundingSubject'));
  if (subject) draft.foundingSubject = /thành viên|hộ gia đình/iu.test(subject) ? 'household' : 'individual';
  if (!Object.keys(paths).length) return null;
  return { record: withRecordDefaults(draft as DraftRecord), paths };
}
