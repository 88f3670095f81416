/** Field operations of the HkdOnline data blocks, from the canonical record (pure). */
import type { HkdAddress, HouseholdBusinessRecord, Submitter } from '@/utils/hkd/record';
import type { FieldOp } from './types';
import { OWN, SUB, TAX } from './hkd-controls';

type Ops = FieldOp[];
const has = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';

export function text(name: string, label: string, value: string | undefined, equiv: 'exact' | 'digits' | 'upper' = 'exact', section?: string): Ops {
  return has(value) ? [{ kind: 'text', name, label, value: value.trim(), equiv, section }] : [];
}

export function select(name: string, label: string, value: string | undefined, postback = false, section?: string): Ops {
  return has(value) ? [{ kind: 'select', name, label, value: value.trim(), postback, section }] : [];
}

/** Province (AutoPostBack: reloads the ward list) → ward → street, under one naming container. */
export function addressOps(prefix: string, a: HkdAddress | undefined, section: string, streetName = 'STREET_NUMBERFld'): Ops {
  if (!a) return [];
  return [
    ...select(`${prefix}CITY_IDFld`, 'Tỉnh/Thành phố', a.province, true, section),
    ...select(`${prefix}WARD_IDFld`, 'Xã/Phường/Đặc khu', a.ward, false, section),
    ...text(`${prefix}${streetName}`, 'Số nhà, đường phố', a.street, 'exact', section),
  ];
}

export function seatOps(r: HouseholdBusinessRecord): Ops {
  const b = r.business;
  const s = 'Địa chỉ trụ sở hộ kinh doanh';
  return [
    ...select('ctl00$C$ADDRCtl$COUNTRY_IDFld', 'Quốc gia', 'Việt Nam', false, s),
    ...addressOps('ctl00$C$ADDRCtl$', b.seat, s),
    ...text('ctl00$C$DCONTClt$HO_PHONEFld', 'Điện thoại', b.phone, 'digits', 'Thông tin liên lạc'),
    ...text('ctl00$C$DCONTClt$HO_FAXFld', 'Fax', b.fax, 'digits', 'Thông tin liên lạc'),
    ...text('ctl00$C$DCONTClt$HO_EMAILFld', 'Email', b.email, 'exact', 'Thông tin liên lạc'),
    ...text('ctl00$C$DCONTClt$HO_WEBSITEFld', 'Website', b.website, 'exact', 'Thông tin liên lạc'),
  ];
}

const GENDER_TEXT = { male: 'Nam', female: 'Nữ' } as const;

export function ownerOps(r: HouseholdBusinessRecord): Ops {
  const o = r.owner;
  const s = 'Thông tin về chủ hộ kinh doanh';
  return [
    ...text(`${OWN}FULL_NAMEFld`, 'Họ và tên', o.fullName, 'exact', s),
    ...select(`${OWN}GENDERFld`, 'Giới tính', o.gender && GENDER_TEXT[o.gender], false, s),
    ...text(`${OWN}DATE_OF_BIRTHFld`, 'Sinh ngày', o.birthDate, 'exact', s),
    ...select(`${OWN}ETHNIC_IDFld`, 'Dân tộc', o.ethnicity, false, s),
    ...select(`${OWN}NATIONALITY_IDFld`, 'Quốc tịch', o.nationality, false, s),
    ...text(`${OWN}PHONEFld`, 'Điện thoại', o.phone, 'digits', s),
    ...text(`${OWN}EMAILFld`, 'Email', o.email, 'exact', s),
    ...select(`${OWN}DOC_TYPEFld`, 'Loại giấy tờ pháp lý', o.docType, false, 'Giấy tờ pháp lý của cá nhân'),
    ...text(`${OWN}PERS_DOC_NOFld`, 'Số giấy tờ pháp lý', o.docNumber, 'exact', 'Giấy tờ pháp lý của cá nhân'),
    ...text(`${OWN}DOC_ISSUE_DATEFld`, 'Ngày cấp', o.docDate, 'exact', 'Giấy tờ pháp lý của cá nhân'),
    ...text(`${OWN}DOC_ISSUE_PLACEFld`, 'Nơi cấp', o.docPlace, 'exact', 'Giấy tờ pháp lý của cá nhân'),
    ...addressOps(`${OWN}ADDRPCtl$`, o.permanentAddress, 'Địa chỉ thường trú'),
    ...addressOps(`${OWN}ADDRCCtl$`, o.contactAddress, 'Địa chỉ liên lạc'),
  ];
}

export function taxOps(r: HouseholdBusinessRecord): Ops {
  const b = r.business;
  const t = b.taxNoticeAddress;
  const differs = Boolean(t && (t.province || t.ward || t.street));
  const s = 'Địa chỉ nhận thông báo thuế';
  return [
    ...text(`${TAX}START_DATEFld`, 'Ngày bắt đầu hoạt động', b.startDate, 'exact', 'Thông tin đăng ký thuế'),
    ...text(`${TAX}EMPLOYEESFld`, 'Tổng số lao động', b.employees === undefined ? undefined : String(b.employees), 'digits', 'Thông tin đăng ký thuế'),
    { kind: 'checkboxes', name: `${TAX}DIFF_ADDRFld`, label: 'Khác địa chỉ trụ sở', values: differs ? ['on'] : [], postback: true, section: s },
    ...(differs ? [...addressOps(`${TAX}ADDRTCtl$`, t, s), ...text(`${TAX}PHONEFld`, 'Điện thoại', t?.phone, 'digits', s), ...text(`${TAX}EMAILFld`, 'Email', t?.email, 'exact', s)] : []),
  ];
}

/**
 * The submitter block. When the officer files as the submitter the page copies the account's
 * identity (copy button) and the officer is an authorised person; otherwise the dossier's own
 * submitter: the owner, or "Người được ủy quyền" with the submitter's data.
 */
export function submitterOps(r: HouseholdBusinessRecord, officerIsSubmitter: boolean): { ops: Ops; copyAccount: boolean } {
  const s = 'Người nộp hồ sơ';
  const radio = (value: 'OWNER' | 'AUTH', display: string): Ops => [{ kind: 'radio', name: `${SUB}SUBMITTER_TYPEFld`, label: 'Người nộp hồ sơ là', value, display, section: s }];
  if (officerIsSubmitter) return { ops: radio('AUTH', 'Người được ủy quyền'), copyAccount: true };
  const owner = r.submitter.kind === 'owner';
  const who: Submitter = owner ? { kind: 'owner', fullName: r.owner.fullName, docNumber: r.owner.docNumber, phone: r.owner.phone, email: r.owner.email } : r.submitter;
  const ops = [
    ...radio(owner ? 'OWNER' : 'AUTH', owner ? 'Chủ hộ kinh doanh' : 'Người được ủy quyền'),
    ...text(`${SUB}FULL_NAMEFld`, 'Họ và tên', who.fullName, 'exact', s),
    ...text(`${SUB}PERS_DOC_NOFld`, 'Số giấy tờ pháp lý', who.docNumber, 'exact', s),
    ...text(`${SUB}PHONEFld`, 'Điện thoại', who.phone, 'digits', s),
    ...text(`${SUB}EMAILFld`, 'Email', who.email, 'exact', s),
  ];
  return { ops, copyAccount: false };
}
