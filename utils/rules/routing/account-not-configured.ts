/**
 * routing/account-not-configured — the signed-in account has no field assignment, so the routing
 * check cannot run. Replaces routing/field-not-assigned for that account (DESIGN "Rule interplay").
 */
import { defineRule, type RuleResult } from '../define-rule';
import type { Assignment } from '../context';
import { foldKey } from '@/utils/vn/text';

const KEY = 'rule_accountNotConfigured';

function judge(assignment: Assignment): RuleResult[] {
  if (assignment.state === 'unknown') return [{ need: 'account.username' }];
  if (assignment.state !== 'not-configured') return [];
  return [
    {
      messageKey: KEY,
      messageArgs: [assignment.account],
      facts: { account: assignment.account },
      uses: assignment.uses,
      discriminator: foldKey(assignment.account),
    },
  ];
}

export default defineRule({
  id: 'routing/account-not-configured',
  defaultSeverity: 'warning',
  messageKeys: [KEY],
  reads: ['account.username, account.fullName', 'config.fieldAssignments'],
  check: ({ assignment }) => judge(assignment),
  checkPage: ({ assignment }) => judge(assignment),
});
