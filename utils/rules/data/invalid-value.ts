/**
 * data/invalid-value — a date, phone number, email or tax code that does not parse, a date of
 * birth or issue in the future, or a value Mẫu số 01 (household-business registration) requires
 * that is missing. Formats: RESEARCH-NOTES §3.3–3.5. Identity numbers have their own rule.
 */
import { defineRule, type RuleDraft } from '../define-rule';
import type { DossierData } from '@/utils/sites/snapshot';
import { compareDates, parseVnDate, vnDateOf } from '@/utils/vn/date';
import { isValidPhone } from '@/utils/vn/phone';
import { parseTaxCode } from '@/utils/vn/tax-code';

type Kind = 'date' | 'pastDate' | 'phone' | 'email' | 'taxCode' | 'required';

interface Check {
  path: string;
  label: Label;
  kind: Kind;
  value: string | number | undefined;
}

const KEYS = {
  date: 'rule_invalidValue_date',
  futureDate: 'rule_invalidValue_futureDate',
  phone: 'rule_invalidValue_phone',
  email: 'rule_invalidValue_email',
  taxCode: 'rule_invalidValue_taxCode',
  missing: 'rule_invalidValue_missing',
} as const;

const LABELS = [
  'applicantBirthDate', 'applicantPhone', 'applicantEmail', 'ownerBirthDate', 'ownerDocDate', 'ownerPhone',
  'ownerEmail', 'ownerTaxCode', 'businessPhone', 'businessEmail', 'businessStartDate', 'existingTaxCode',
  'ownerFullName', 'ownerDocNumber', 'businessName', 'seatProvince', 'seatWard', 'seatStreet', 'capital',
] as const;
type Label = (typeof LABELS)[number];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
const A = 'dossier.applicant';
const O = 'dossier.householdBusiness.owner';
const B = 'dossier.householdBusiness.business';

function checksFor(d: DossierData): Check[] {
  const a = d.applicant;
  const list: Check[] = [
    { path: `${A}.birthDate`, label: 'applicantBirthDate', kind: 'pastDate', value: a.birthDate },
    { path: `${A}.phone`, label: 'applicantPhone', kind: 'phone', value: a.phone },
    { path: `${A}.email`, label: 'applicantEmail', kind: 'email', value: a.email },
  ];
  const hkd = d.householdBusiness;
  if (!hkd) return list;
  const { owner, business } = hkd;
  list.push(
    { path: `${O}.birthDate`, label: 'ownerBirthDate', kind: 'pastDate', value: owner.birthDate },
    { path: `${O}.docDate`, label: 'ownerDocDate', kind: 'pastDate', value: owner.docDate },
    { path: `${O}.phone`, label: 'ownerPhone', kind: 'phone', value: owner.phone },
    { path: `${O}.email`, label: 'ownerEmail', kind: 'email', value: owner.email },
    { path: `${O}.taxCode`, label: 'ownerTaxCode', kind: 'taxCode', value: owner.taxCode },
    { path: `${B}.phone`, label: 'businessPhone', kind: 'phone', value: business.phone },
    { path: `${B}.email`, label: 'businessEmail', kind: 'email', value: business.email },
    { path: `${B}.startDate`, label: 'businessStartDate', kind: 'date', value: business.startDate },
    { path: 'dossier.householdBusiness.existing.taxCode', label: 'existingTaxCode', kind: 'taxCode', value: hkd.existing?.taxCode },
  );
  if (hkd.procedure === 'register') {
    // What Mẫu số 01 cannot be filed without (the main line has its own rule).
    list.push(
      { path: `${O}.fullName`, label: 'ownerFullName', kind: 'required', value: owner.fullName },
      { path: `${O}.docNumber`, label: 'ownerDocNumber', kind: 'required', value: owner.docNumber },
      { path: `${O}.birthDate`, label: 'ownerBirthDate', kind: 'required', value: owner.birthDate },
      { path: `${B}.name`, label: 'businessName', kind: 'required', value: business.name },
      { path: `${B}.seat.province`, label: 'seatProvince', kind: 'required', value: business.seat.province },
      { path: `${B}.seat.ward`, label: 'seatWard', kind: 'required', value: business.seat.ward },
      { path: `${B}.seat.street`, label: 'seatStreet', kind: 'required', value: business.seat.street },
      { path: `${B}.capital`, label: 'capital', kind: 'required', value: business.capital },
    );
  }
  return list;
}

function problemKey(c: Check, text: string, now: Date): string | null {
  switch (c.kind) {
    case 'required':
      return null;
    case 'date':
      return parseVnDate(text) ? null : KEYS.date;
    case 'pastDate': {
      const date = parseVnDate(text);
      if (!date) return KEYS.date;
      return compareDates(date, vnDateOf(now.getTime())) > 0 ? KEYS.futureDate : null;
    }
    case 'phone':
      return isValidPhone(text) ? null : KEYS.phone;
    case 'email':
      return EMAIL.test(text) ? null : KEYS.email;
    case 'taxCode':
      return parseTaxCode(text).kind === 'invalid' ? KEYS.taxCode : null;
  }
}

function judge(c: Check, now: Date): RuleDraft | null {
  const text = c.value === undefined ? '' : String(c.value).trim();
  const label = `@rule_label_${c.label}`;
  if (text === '') {
    if (c.kind !== 'required') return null; // optional values ("nếu có") may be empty
    return { messageKey: KEYS.missing, messageArgs: [label], facts: { path: c.path }, uses: [c.path], discriminator: `${c.path}:missing` };
  }
  const key = problemKey(c, text, now);
  if (!key) return null;
  return { messageKey: key, messageArgs: [label, text], facts: { path: c.path, value: text }, uses: [c.path], discriminator: c.path };
}

export default defineRule({
  id: 'data/invalid-value',
  defaultSeverity: 'warning',
  messageKeys: [...Object.values(KEYS), ...LABELS.map((l) => `rule_label_${l}`)],
  reads: ['applicant.birthDate, phone, email', 'householdBusiness (owner dates, phones, emails, tax codes; required Mẫu 01 values)'],
  check({ dossier, ctx }) {
    const drafts: RuleDraft[] = [];
    for (const c of checksFor(dossier)) {
      const d = judge(c, ctx.now);
      if (d) drafts.push(d);
    }
    return drafts;
  },
});
