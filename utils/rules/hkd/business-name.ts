/**
 * hkd/business-name — NĐ 168/2025 naming rules (RESEARCH-NOTES §2.1): "Hộ kinh doanh" + own name,
 * allowed characters, no "công ty"/"doanh nghiệp", and no duplicate within the ward among the
 * names this installation has seen (registered names + the history of other dossiers).
 * The law counts a duplicate as identical spelling ignoring case; a name that differs only by
 * diacritics is reported too, with its own message, because officers asked to see both.
 */
import { defineRule, type RuleDraft } from '../define-rule';
import type { RuleInput } from '../context';
import { checkHkdName, hkdNameKey, type HkdNameProblem } from '@/utils/vn/hkd-name';
import { sameCommune } from '@/utils/vn/address';
import { foldKey } from '@/utils/vn/text';
import { memoize } from '../shared/memo';

const KEYS: Partial<Record<HkdNameProblem, string>> = {
  'missing-prefix': 'rule_hkdName_prefix',
  'missing-own-name': 'rule_hkdName_ownName',
  'forbidden-word': 'rule_hkdName_forbiddenWord',
  'invalid-characters': 'rule_hkdName_characters',
};
const DUPLICATE = 'rule_hkdName_duplicate';
const SIMILAR = 'rule_hkdName_duplicateNoDiacritics';
const NAME = 'dossier.householdBusiness.business.name';
const SEAT_WARD = 'dossier.householdBusiness.business.seat.ward';
const exactKey = memoize(hkdNameKey);
const looseKey = memoize(foldKey);

/** Names already taken in the ward of this business (its seat, else the installation's ward). */
function namesInWard({ ctx, dossier }: RuleInput): string[] {
  const ward = dossier.householdBusiness?.business.seat.ward ?? ctx.config.unit?.name;
  const names = [...(ctx.registeredBusinessNames ?? [])];
  // History entries repeat a handful of ward spellings: compare each spelling once.
  const inWard = new Map<string, boolean>();
  for (const h of ctx.history) {
    if (!h.businessName || (dossier.code && h.dossierCode === dossier.code)) continue;
    if (h.ward && ward) {
      let same = inWard.get(h.ward);
      if (same === undefined) inWard.set(h.ward, (same = sameCommune(h.ward, ward)));
      if (!same) continue;
    }
    names.push(h.businessName);
  }
  return names;
}

function duplicateOf(name: string, taken: readonly string[]): RuleDraft | null {
  const exactName = exactKey(name);
  const looseName = looseKey(name);
  const exact = taken.find((t) => exactKey(t) === exactName);
  const similar = exact ?? taken.find((t) => looseKey(t) === looseName);
  if (!similar) return null;
  return {
    messageKey: exact ? DUPLICATE : SIMILAR,
    messageArgs: [name, similar],
    facts: { name, existing: similar },
    uses: [NAME, SEAT_WARD],
    discriminator: 'duplicate',
  };
}

export default defineRule({
  id: 'hkd/business-name',
  defaultSeverity: 'error',
  messageKeys: [...Object.values(KEYS), DUPLICATE, SIMILAR],
  reads: ['householdBusiness.business.name, seat.ward', 'registeredBusinessNames', 'history (businessName, ward)'],
  check(input) {
    const hkd = input.dossier.householdBusiness;
    const name = hkd?.business.name?.trim();
    // Only registration and change carry a name being registered; an empty name is data/invalid-value's.
    if (!hkd || !name || (hkd.procedure !== 'register' && hkd.procedure !== 'change')) return [];
    const drafts: RuleDraft[] = checkHkdName(name)
      .filter((p) => KEYS[p])
      .map((p) => ({ messageKey: KEYS[p]!, messageArgs: [name], facts: { name, problem: p }, uses: [NAME], discriminator: p }));
    // A change keeps its own name in the registered list: duplicates matter for new registrations.
    if (hkd.procedure === 'register') {
      const dup = duplicateOf(name, namesInWard(input));
      if (dup) drafts.push(dup);
    }
    return drafts;
  },
});
