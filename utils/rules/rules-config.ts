/**
 * The part of the effective configuration the rules read (DESIGN "Configuration"): the ward,
 * the field assignments, the non-geographic procedures and per-rule switches. The full config
 * (utils/config) satisfies it structurally; tests can pass just these keys.
 */
import type { Severity } from './finding';

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface RulesConfig {
  unit?: { name: string; province: string; code?: string };
  fieldAssignments?: ReadonlyArray<{ account: string; fields: readonly string[] }>;
  nonGeographicProcedures?: readonly string[];
  rules?: Readonly<Record<string, RuleSetting | undefined>>;
}

export function isRuleEnabled(config: RulesConfig, ruleId: string): boolean {
  return config.rules?.[ruleId]?.enabled !== false;
}

export function ruleSeverity(config: RulesConfig, ruleId: string, fallback: Severity): Severity {
  return config.rules?.[ruleId]?.severity ?? fallback;
}
