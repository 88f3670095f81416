/**
 * adapter/unreadable — a value a check needs could not be read from the page. One finding per
 * value, saying what was tried; the checks that need it gave no verdict (never a false
 * all-clear). Reports the snapshot's own list and the values rules found missing.
 */
import { defineRule, type RuleResult } from '../define-rule';
import type { Unreadable } from '@/utils/sites/snapshot';
import { normalizePath } from '../value-paths';

const KEY = 'rule_unreadable';

/** Value paths with a readable label; other paths are shown as written. */
const LABELS: Readonly<Record<string, string>> = {
  field: 'rule_value_field',
  procedureCode: 'rule_value_procedureCode',
  procedureName: 'rule_value_procedureName',
  channel: 'rule_value_channel',
  submittedAt: 'rule_value_submittedAt',
  components: 'rule_value_components',
  code: 'rule_value_code',
  account: 'rule_value_account',
  'account.username': 'rule_value_account',
  'account.fullName': 'rule_value_accountFullName',
  applicant: 'rule_value_applicant',
  'applicant.fullName': 'rule_value_applicantName',
  'applicant.idNumber': 'rule_value_applicantIdNumber',
  'applicant.address': 'rule_value_applicantAddress',
  householdBusiness: 'rule_value_householdBusiness',
};

function judge(unreadable: readonly Unreadable[]): RuleResult[] {
  return unreadable.map((u) => {
    const label = LABELS[normalizePath(u.value)];
    return {
      messageKey: KEY,
      messageArgs: [label ? `@${label}` : u.value, u.tried.length ? u.tried.join('; ') : '—'],
      facts: { value: u.value, tried: u.tried },
      uses: [],
      discriminator: normalizePath(u.value),
    };
  });
}

export default defineRule({
  id: 'adapter/unreadable',
  defaultSeverity: 'review',
  messageKeys: [KEY, ...new Set(Object.values(LABELS))],
  reads: ['snapshot.unreadable', 'values other rules found missing'],
  check: ({ unreadable }) => judge(unreadable),
  checkPage: ({ unreadable }) => judge(unreadable),
});
