/**
 * How a rule is written. A rule is pure: it gets the evaluation input (snapshot, config, catalog,
 * history, `now`, plus a few things the engine derives once: the catalog procedure and the
 * account's assignment) and returns drafts. The engine turns drafts into findings: it adds the
 * id, the severity (default or configured), the key and the evidence of the paths a draft `uses`,
 * and it drops every draft that uses a value the page could not read.
 */
import type { Severity } from './finding';
import type { PageInput, RuleInput, RowInput } from './context';

export interface RuleDraft {
  messageKey: string;
  messageArgs?: string[];
  facts?: Record<string, unknown>;
  /** Value paths the verdict rests on ("dossier.field"): evidence, and dropped when unreadable. */
  uses: string[];
  /** Distinguishes several findings of one rule on one dossier (component id, person…). */
  discriminator?: string;
}

/**
 * "I cannot decide: this value is missing and the adapter did not say so." The engine reports
 * it as `adapter/unreadable` (never a silent all-clear).
 */
export interface NeedValue {
  need: string;
}

export type RuleResult = RuleDraft | NeedValue;

export interface Rule {
  /** = the file's path under utils/rules without extension, e.g. "routing/field-not-assigned". */
  id: string;
  defaultSeverity: Severity;
  /** Every message key the rule may emit (checked against both locales by the structural test). */
  messageKeys: readonly string[];
  /** What the rule reads, for the README table and reviewers. */
  reads: readonly string[];
  /** Checks a dossier detail page. */
  check?(input: RuleInput): RuleResult[];
  /** Checks one row of the dossier list (only the rules that make sense there). */
  checkRow?(input: RowInput): RuleResult[];
  /** Checks the dossier list page as a whole (account, unreadable columns). */
  checkPage?(input: PageInput): RuleResult[];
}

const ID = /^[a-z]+\/[a-z]+(?:-[a-z]+)*$/;

export function defineRule(rule: Rule): Rule {
  if (!ID.test(rule.id)) throw new Error(`rule id "${rule.id}" must read <category>/<kebab-name>`);
  const bad = rule.messageKeys.filter((k) => !k.startsWith('rule_'));
  if (bad.length) throw new Error(`rule ${rule.id}: message keys must start with rule_: ${bad.join(', ')}`);
  if (!rule.check && !rule.checkRow && !rule.checkPage) throw new Error(`rule ${rule.id} checks nothing`);
  return Object.freeze(rule);
}

export function isNeed(r: RuleResult): r is NeedValue {
  return 'need' in r;
}
