/**
 * data/invalid-id-number — an identity number that cannot be right: not 12 digits, a legacy
 * 9-digit CMND (usable only until 31/12/2024), an unknown birth-registration prefix, or a
 * century/gender digit or birth-year digits that contradict the stated birth date or gender
 * (RESEARCH-NOTES §3.1–3.2). Checked for the applicant and the household-business owner.
 * The prefix is never compared with today's address: it records the old province of birth.
 */
import { defineRule, type RuleDraft } from '../define-rule';
import { peopleToCheck, personLabel, type PersonToCheck } from '../shared/people';
import { checkIdConsistency, parseIdNumber, type IdProblem, type ParsedId } from '@/utils/vn/identity';
import { parseVnDate } from '@/utils/vn/date';

const KEYS: Record<Exclude<IdProblem, 'empty'>, string> = {
  'non-digit': 'rule_idNumber_nonDigit',
  length: 'rule_idNumber_length',
  'legacy-cmnd': 'rule_idNumber_legacyCmnd',
  'unknown-province': 'rule_idNumber_unknownProvince',
  'century-gender': 'rule_idNumber_century',
  'birth-year': 'rule_idNumber_birthYear',
  gender: 'rule_idNumber_gender',
};

const genderKey = (g: 'male' | 'female') => (g === 'male' ? '@rule_label_male' : '@rule_label_female');

function formatProblems(p: PersonToCheck, id: ParsedId): RuleDraft[] {
  const number = p.idNumber ?? '';
  return id.problems
    .filter((problem): problem is Exclude<IdProblem, 'empty'> => problem !== 'empty')
    .map((problem) => {
      const extra = problem === 'length' ? String(id.digits.length) : problem === 'unknown-province' ? (id.provinceCode ?? '') : '';
      return {
        messageKey: KEYS[problem],
        messageArgs: [personLabel(p), number, extra],
        facts: { role: p.role, idNumber: number, problem },
        uses: [p.paths.idNumber],
        discriminator: `${id.digits}:${problem}`,
      };
    });
}

function consistencyProblems(p: PersonToCheck, id: ParsedId): RuleDraft[] {
  const birth = p.birthDate ? parseVnDate(p.birthDate) : null;
  const problems = checkIdConsistency(id, { birthDate: birth, gender: p.gender ?? null });
  const g = id.digits[3] ?? '';
  return problems.map((problem) => {
    const base = { role: p.role, idNumber: p.idNumber, problem };
    if (problem === 'gender') {
      return {
        messageKey: KEYS.gender,
        messageArgs: [personLabel(p), p.idNumber ?? '', g, genderKey(id.gender ?? 'male')],
        facts: { ...base, statedGender: p.gender },
        uses: [p.paths.idNumber, p.paths.gender],
        discriminator: `${id.digits}:${problem}`,
      };
    }
    const shown = problem === 'birth-year' ? id.digits.slice(4, 6) : g;
    return {
      messageKey: problem === 'birth-year' ? KEYS['birth-year'] : KEYS['century-gender'],
      messageArgs: [personLabel(p), p.idNumber ?? '', shown, String(birth?.y ?? '')],
      facts: { ...base, birthDate: p.birthDate },
      uses: [p.paths.idNumber, p.paths.birthDate],
      discriminator: `${id.digits}:${problem}`,
    };
  });
}

export default defineRule({
  id: 'data/invalid-id-number',
  defaultSeverity: 'error',
  messageKeys: [...Object.values(KEYS), 'rule_label_male', 'rule_label_female', 'rule_label_applicant', 'rule_label_owner'],
  reads: ['applicant.idNumber, birthDate, gender', 'householdBusiness.owner.docNumber, docType, birthDate, gender'],
  check({ dossier }) {
    const drafts: RuleDraft[] = [];
    const seen = new Set<string>();
    for (const person of peopleToCheck(dossier)) {
      if (!person.idNumber?.trim()) continue; // a missing number is data/invalid-value's business
      const id = parseIdNumber(person.idNumber);
      const found = id.kind === 'personal' ? consistencyProblems(person, id) : formatProblems(person, id);
      // The owner is often the applicant: one finding per number and problem.
      for (const d of found) {
        const k = d.discriminator ?? '';
        if (seen.has(k)) continue;
        seen.add(k);
        drafts.push(d);
      }
    }
    return drafts;
  },
});
