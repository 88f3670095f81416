/**
 * Every rule, in one list. A rule file ends with its single `export default defineRule(…)`;
 * adding a rule = adding its import here (the structural test fails until you do).
 */
import type { Rule } from './define-rule';
import unreadable from './adapter/unreadable';
import unknownProcedure from './catalog/unknown-procedure';
import missingDocument from './completeness/missing-document';
import notRequiredDocument from './completeness/not-required-document';
import invalidIdNumber from './data/invalid-id-number';
import invalidValue from './data/invalid-value';
import duplicate from './dossier/duplicate';
import lateReception from './dossier/late-reception';
import businessName from './hkd/business-name';
import mainBusinessLine from './hkd/main-business-line';
import accountNotConfigured from './routing/account-not-configured';
import fieldNotAssigned from './routing/field-not-assigned';
import outsideJurisdiction from './routing/outside-jurisdiction';

export const RULES: readonly Rule[] = [
  fieldNotAssigned,
  accountNotConfigured,
  outsideJurisdiction,
  unknownProcedure,
  missingDocument,
  notRequiredDocument,
  invalidIdNumber,
  invalidValue,
  businessName,
  mainBusinessLine,
  duplicate,
  lateReception,
  unreadable,
];

/** Reported last: it also lists the values the other rules found missing. */
export const UNREADABLE_RULE_ID = unreadable.id;

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
