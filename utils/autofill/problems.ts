/**
 * What the capture preview flags, by the same domain rules the checks use (rule ids of
 * DESIGN's vocabulary): identity number, household-business name, main business line,
 * malformed dates / phone numbers, missing values the wizard needs. The officer decides.
 */
import type { HouseholdBusinessRecord } from '@/utils/hkd/record';
import { mainLines } from '@/utils/hkd/record-helpers';
import { checkIdConsistency, parseIdNumber } from '@/utils/vn/identity';
import { checkHkdName } from '@/utils/vn/hkd-name';
import { checkMainLineCode } from '@/utils/vn/vsic';
import { isValidPhone } from '@/utils/vn/phone';
import { parseVnDate } from '@/utils/vn/date';

export interface Problem {
  ruleId: 'data/invalid-id-number' | 'hkd/business-name' | 'hkd/main-business-line' | 'data/invalid-value';
  /** i18n key and substitutions. */
  key: string;
  args: string[];
}

function idProblems(r: HouseholdBusinessRecord): Problem[] {
  const o = r.owner;
  if (!o.docNumber) return [{ ruleId: 'data/invalid-value', key: 'autofill_problemMissing', args: ['Số giấy tờ pháp lý của chủ hộ'] }];
  const parsed = parseIdNumber(o.docNumber);
  const codes = parsed.kind === 'personal'
    ? checkIdConsistency(parsed, { birthDate: o.birthDate ? parseVnDate(o.birthDate) : null, gender: o.gender ?? null })
    : parsed.problems;
  return codes.length ? [{ ruleId: 'data/invalid-id-number', key: 'autofill_problemIdNumber', args: [o.docNumber, codes.join(', ')] }] : [];
}

function lineProblems(r: HouseholdBusinessRecord): Problem[] {
  const main = mainLines(r);
  if (main.length !== 1) return [{ ruleId: 'hkd/main-business-line', key: 'autofill_problemMainLineCount', args: [String(main.length)] }];
  const check = checkMainLineCode(main[0]!.code ?? '');
  return check.problems.length ? [{ ruleId: 'hkd/main-business-line', key: 'autofill_problemMainLineCode', args: [main[0]!.name, check.problems.join(', ')] }] : [];
}

function valueProblems(r: HouseholdBusinessRecord): Problem[] {
  const out: Problem[] = [];
  const dates: [string, string | undefined][] = [['Sinh ngày', r.owner.birthDate], ['Ngày cấp', r.owner.docDate], ['Ngày bắt đầu hoạt động', r.business.startDate]];
  for (const [label, v] of dates) if (v && !parseVnDate(v)) out.push({ ruleId: 'data/invalid-value', key: 'autofill_problemDate', args: [label, v] });
  const phones: [string, string | undefined][] = [['Điện thoại chủ hộ', r.owner.phone], ['Điện thoại hộ kinh doanh', r.business.phone]];
  for (const [label, v] of phones) if (v && !isValidPhone(v)) out.push({ ruleId: 'data/invalid-value', key: 'autofill_problemPhone', args: [label, v] });
  const needed: [string, unknown][] = [['Họ và tên chủ hộ', r.owner.fullName], ['Tỉnh/Thành phố trụ sở', r.business.seat.province], ['Xã/Phường/Đặc khu trụ sở', r.business.seat.ward]];
  for (const [label, v] of needed) if (!v) out.push({ ruleId: 'data/invalid-value', key: 'autofill_problemMissing', args: [label] });
  return out;
}

export function captureProblems(r: HouseholdBusinessRecord): Problem[] {
  const out = idProblems(r);
  if (r.procedure === 'register') {
    const nameProblems = checkHkdName(r.business.name ?? '');
    if (nameProblems.length) out.push({ ruleId: 'hkd/business-name', key: 'autofill_problemName', args: [r.business.name ?? '', nameProblems.join(', ')] });
    out.push(...lineProblems(r), ...valueProblems(r));
  } else if (!r.existing?.householdCode && !r.existing?.taxCode && !r.existing?.certificateNumber) {
    out.push({ ruleId: 'data/invalid-value', key: 'autofill_problemMissing', args: ['Mã số hộ kinh doanh'] });
  }
  return out;
}
