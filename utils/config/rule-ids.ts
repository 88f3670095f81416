/**
 * Rule ids (DESIGN.md "Stable hooks"): the vocabulary may grow, ids are never renamed.
 * The config validates `rules` keys against this list; the rule registry must cover it.
 */
export const RULE_IDS = [
  'routing/field-not-assigned',
  'routing/account-not-configured',
  'routing/outside-jurisdiction',
  'catalog/unknown-procedure',
  'completeness/missing-document',
  'completeness/not-required-document',
  'data/invalid-id-number',
  'data/invalid-value',
  'hkd/business-name',
  'hkd/main-business-line',
  'dossier/duplicate',
  'dossier/late-reception',
  'adapter/unreadable',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'review'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Default severity of each rule (DESIGN.md table). */
export const DEFAULT_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'routing/field-not-assigned': 'error',
  'routing/account-not-configured': 'warning',
  'routing/outside-jurisdiction': 'warning',
  'catalog/unknown-procedure': 'warning',
  'completeness/missing-document': 'error',
  'completeness/not-required-document': 'review',
  'data/invalid-id-number': 'error',
  'data/invalid-value': 'warning',
  'hkd/business-name': 'error',
  'hkd/main-business-line': 'error',
  'dossier/duplicate': 'warning',
  'dossier/late-reception': 'warning',
  'adapter/unreadable': 'review',
};

export function isRuleId(s: string): s is RuleId {
  return (RULE_IDS as readonly string[]).includes(s);
}
