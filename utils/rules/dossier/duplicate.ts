/**
 * dossier/duplicate — the same applicant already has a dossier for the same procedure in this
 * installation's history within the last 30 days. Same applicant = same identity number, or
 * (without one) the same name, ignoring case and diacritics, and the same birth date. Same
 * procedure = same national code (local codes and former codes resolved through the catalog).
 */
import { defineRule, type RuleDraft } from '../define-rule';
import type { HistoryEntry, RuleInput } from '../context';
import { nationalCodeOf } from '@/utils/catalog/codes';
import { compareDates, formatVnDate, parseVnDate, vnDateOf } from '@/utils/vn/date';
import { foldKey } from '@/utils/vn/text';
import { memoize } from '../shared/memo';

export const DUPLICATE_WINDOW_DAYS = 30;
const KEY = 'rule_duplicate';
const DAY_MS = 86_400_000;

const folded = memoize(foldKey);
const digitsOf = (s: string | undefined) => (s ?? '').replace(/\D/g, '');

function nationalOf(input: RuleInput, code: string | undefined): string | null {
  if (!code) return null;
  return input.ctx.catalog.byCode(code)?.procedure.code ?? nationalCodeOf(code);
}

function samePerson(input: RuleInput): ((h: HistoryEntry) => 'id' | 'name-birth' | null) | null {
  const a = input.dossier.applicant;
  const id = digitsOf(a.idNumber);
  const name = foldKey(a.fullName ?? '');
  const birth = a.birthDate ? parseVnDate(a.birthDate) : null;
  if (!id && !(name && birth)) return null;
  return (h) => {
    if (id && digitsOf(h.applicantIdNumber) === id) return 'id';
    if (!name || !birth || folded(h.applicantName ?? '') !== name || !h.applicantBirthDate) return null;
    const other = parseVnDate(h.applicantBirthDate);
    return other && compareDates(other, birth) === 0 ? 'name-birth' : null;
  };
}

export default defineRule({
  id: 'dossier/duplicate',
  defaultSeverity: 'warning',
  messageKeys: [KEY],
  reads: ['applicant.idNumber (or fullName + birthDate)', 'dossier.procedureCode', 'history', 'now'],
  check(input): RuleDraft[] {
    const { ctx, dossier } = input;
    const national = input.procedure?.code ?? nationalOf(input, dossier.procedureCode);
    const match = samePerson(input);
    if (!national || !match) return [];
    const now = ctx.now.getTime();
    let best: { h: HistoryEntry; by: 'id' | 'name-birth' } | undefined;
    for (const h of ctx.history) {
      if (h.dossierCode === dossier.code || h.seenAt < now - DUPLICATE_WINDOW_DAYS * DAY_MS || h.seenAt > now) continue;
      if (best && h.seenAt <= best.h.seenAt) continue;
      const by = match(h);
      if (by && nationalOf(input, h.procedureCode) === national) best = { h, by };
    }
    if (!best) return [];
    const who = dossier.applicant.fullName?.trim() || dossier.applicant.idNumber || '';
    const personPaths = best.by === 'id' ? ['dossier.applicant.idNumber'] : ['dossier.applicant.fullName', 'dossier.applicant.birthDate'];
    return [
      {
        messageKey: KEY,
        messageArgs: [who, best.h.dossierCode, national, formatVnDate(vnDateOf(best.h.seenAt))],
        facts: { earlierDossier: best.h.dossierCode, matchedBy: best.by, procedure: national, seenAt: best.h.seenAt },
        uses: [...personPaths, 'dossier.procedureCode'],
        discriminator: national,
      },
    ];
  },
});
