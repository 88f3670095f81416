/**
 * Turning a finding into text. Message keys live in public/_locales/{vi,en}/messages.json with
 * the `rule_` prefix. An argument written `@rule_…` is a key itself (a label such as
 * "số điện thoại của người nộp"), translated before substitution, so stored findings stay
 * language-neutral and render in the UI language.
 */
import { ARG_KEY_PREFIX, type Finding } from './finding';
import { RULES } from './registry';

export type Translate = (key: string, substitutions?: string[]) => string;

export function resolveArgs(args: readonly string[], t: Translate): string[] {
  return args.map((a) => (a.startsWith(ARG_KEY_PREFIX) && a.length > 1 ? t(a.slice(1)) : a));
}

export function messageFor(finding: Pick<Finding, 'messageKey' | 'messageArgs'>, t: Translate): string {
  return t(finding.messageKey, resolveArgs(finding.messageArgs, t));
}

/** Every key a rule may emit, labels included (the structural test checks both locales). */
export function allRuleMessageKeys(): string[] {
  return [...new Set(RULES.flatMap((r) => r.messageKeys))].sort();
}
