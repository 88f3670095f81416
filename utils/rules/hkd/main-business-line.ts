/**
 * hkd/main-business-line — Mẫu số 01 item 3: exactly one business line is marked main, and the
 * main line carries a level-4 VSIC code (other lines may be free text). RESEARCH-NOTES §2.2.
 */
import { defineRule, type RuleDraft } from '../define-rule';
import { mainLines } from '@/utils/hkd/record';
import { checkMainLineCode } from '@/utils/vn/vsic';

const KEYS = {
  none: 'rule_mainLine_none',
  several: 'rule_mainLine_several',
  code: 'rule_mainLine_code',
} as const;
const LINES = 'dossier.householdBusiness.business.lines';

export default defineRule({
  id: 'hkd/main-business-line',
  defaultSeverity: 'error',
  messageKeys: Object.values(KEYS),
  reads: ['householdBusiness.business.lines (name, code, main)'],
  check({ dossier }): RuleDraft[] {
    const hkd = dossier.householdBusiness;
    if (!hkd) return [];
    const lines = hkd.business.lines;
    // A registration must declare its lines; a change only when it changes them.
    if (hkd.procedure !== 'register' && !(hkd.procedure === 'change' && lines.length > 0)) return [];
    const main = mainLines(hkd);
    if (main.length === 0) {
      return [{ messageKey: KEYS.none, messageArgs: [String(lines.length)], facts: { lines: lines.length }, uses: [LINES], discriminator: 'count' }];
    }
    if (main.length > 1) {
      const names = main.map((l) => l.name).join('; ');
      return [{ messageKey: KEYS.several, messageArgs: [String(main.length), names], facts: { main: names }, uses: [LINES], discriminator: 'count' }];
    }
    const line = main[0]!;
    const check = checkMainLineCode(line.code ?? '');
    if (check.problems.length === 0) return [];
    return [
      {
        messageKey: KEYS.code,
        messageArgs: [line.name, line.code?.trim() || '—'],
        facts: { line: line.name, code: line.code, problems: check.problems },
        uses: [LINES],
        discriminator: 'code',
      },
    ];
  },
});
