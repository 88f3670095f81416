/**
 * routing/outside-jurisdiction — the applicant lives in another ward/province and the procedure
 * is not non-geographic for this unit (catalog flag, or config.nonGeographicProcedures).
 * Household business: the seat decides, and any seat in the unit's province is acceptable
 * (NĐ 168/2025: any commune registrar of the province, RESEARCH-NOTES §2.1, §5).
 */
import { defineRule, type RuleResult } from '../define-rule';
import type { RuleInput } from '../context';
import { nationalCodeOf } from '@/utils/catalog/codes';
import { findProvince, parseAddress, sameCommune } from '@/utils/vn/address';
import { foldKey } from '@/utils/vn/text';

const KEYS = { applicant: 'rule_outsideJurisdiction_applicant', seat: 'rule_outsideJurisdiction_seat' } as const;
const HKD_FIELD = 'thanh-lap-va-hoat-dong-cua-ho-kinh-doanh';
const SEAT = 'dossier.householdBusiness.business.seat';
const ADDRESS = 'dossier.applicant.address';

export function sameProvince(a: string, b: string): boolean {
  const pa = findProvince(a);
  const pb = findProvince(b);
  if (pa && pb) return pa.code === pb.code;
  const strip = (s: string) => foldKey(s).replace(/^(?:tinh|thanh pho|tp\.?)\s*/, '');
  return strip(a) === strip(b);
}

function listedNonGeographic({ ctx, procedure, dossier }: RuleInput): boolean {
  const national = procedure?.code ?? nationalCodeOf(dossier.procedureCode ?? '');
  return !!national && (ctx.config.nonGeographicProcedures ?? []).some((c) => nationalCodeOf(c) === national);
}

function seatOutsideProvince(input: RuleInput, unitProvince: string): RuleResult[] {
  const seat = input.dossier.householdBusiness?.business.seat;
  if (!seat?.province || sameProvince(seat.province, unitProvince)) return [];
  return [
    {
      messageKey: KEYS.seat,
      messageArgs: [seat.ward ?? '', seat.province, unitProvince],
      facts: { seatWard: seat.ward, seatProvince: seat.province, unitProvince },
      uses: [`${SEAT}.province`],
      discriminator: 'seat',
    },
  ];
}

export default defineRule({
  id: 'routing/outside-jurisdiction',
  defaultSeverity: 'warning',
  messageKeys: Object.values(KEYS),
  reads: ['applicant.address (ward, province, or a one-line street)', 'householdBusiness.business.seat', 'catalog nonGeographic', 'config.unit, nonGeographicProcedures'],
  check(input) {
    const unit = input.ctx.config.unit;
    if (!unit || listedNonGeographic(input)) return [];
    const { dossier, procedure } = input;
    if (dossier.householdBusiness || procedure?.field.slug === HKD_FIELD) return seatOutsideProvince(input, unit.province);
    if (procedure?.nonGeographic === true) return [];
    const a = dossier.applicant.address;
    // A one-line address in the street part still names its ward and province.
    const parsed = !a.ward || !a.province ? parseAddress(a.street ?? '') : undefined;
    const ward = a.ward ?? (parsed?.commune ? `${parsed.commune.type} ${parsed.commune.name}` : undefined);
    const province = a.province ?? parsed?.province?.name ?? parsed?.provinceText;
    const otherProvince = !!province && !sameProvince(province, unit.province);
    const otherWard = !!ward && !sameCommune(ward, unit.name);
    if (!otherProvince && !otherWard) return [];
    return [
      {
        messageKey: KEYS.applicant,
        messageArgs: [[ward, province].filter(Boolean).join(', '), unit.name],
        facts: { ward, province, unit: unit.name, unitProvince: unit.province, nonGeographic: procedure?.nonGeographic ?? null },
        uses: [ADDRESS],
        discriminator: 'applicant',
      },
    ];
  },
});
