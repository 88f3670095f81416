/**
 * The rule engine: run the rules, then apply the interplay and the configuration.
 * - A draft that uses an unreadable value is dropped: no verdict rests on what was not read.
 * - A value a rule needs but finds missing (and the adapter did not list) becomes an
 *   `adapter/unreadable` finding, like the snapshot's own unreadable values.
 * - `config.rules[id].enabled === false` drops a rule; `severity` overrides its default.
 * Cost: one indexed catalog lookup, one assignment lookup and one pass per rule.
 */
import { compareFindings, findingKey, type Finding, type FindingEvidence } from './finding';
import { isNeed, type Rule, type RuleResult } from './define-rule';
import type { ListContext, RuleContext, RuleInput } from './context';
import type { ListRow, Unreadable } from '@/utils/sites/snapshot';
import { RULES, UNREADABLE_RULE_ID } from './registry';
import { isRuleEnabled, ruleSeverity, type RulesConfig } from './rules-config';
import { anyOverlap, evidenceFor, pathsOverlap } from './value-paths';
import { resolveAssignment } from './shared/assignment';
import type { CatalogIndex } from '@/utils/catalog/catalog-index';

interface Collected {
  findings: Map<string, Finding>;
  needs: string[];
}

function collect(
  rule: Rule,
  results: RuleResult[],
  into: Collected,
  env: { code: string | undefined; config: RulesConfig; unreadable: readonly string[]; evidence: Readonly<Record<string, FindingEvidence>> },
): void {
  for (const r of results) {
    if (isNeed(r)) {
      into.needs.push(r.need);
      continue;
    }
    if (anyOverlap(r.uses, env.unreadable)) continue;
    const key = findingKey(env.code, rule.id, r.discriminator ?? '');
    if (into.findings.has(key)) continue;
    into.findings.set(key, {
      ruleId: rule.id,
      severity: ruleSeverity(env.config, rule.id, rule.defaultSeverity),
      messageKey: r.messageKey,
      messageArgs: r.messageArgs ?? [],
      facts: r.facts ?? {},
      evidence: evidenceFor(r.uses, env.evidence),
      key,
    });
  }
}

/** The snapshot's unreadable values plus the needed ones it did not list (tried: nothing). */
function withNeeds(listed: readonly Unreadable[], needs: readonly string[]): Unreadable[] {
  const all = [...listed];
  for (const need of needs) {
    if (!all.some((u) => pathsOverlap(u.value, need))) all.push({ value: need, tried: [] });
  }
  return all;
}

function lookup(catalog: CatalogIndex, code: string | undefined, name: string | undefined) {
  const c = code?.trim();
  const n = name?.trim();
  if (!c) return n ? catalog.byName(n)?.procedure : undefined;
  const known = catalog.byCode(c);
  if (known) return known.procedure;
  // An unknown code with the exact name of a catalog procedure is a renumbering; a merely similar
  // name is another procedure (2.001016 "khai nhận di sản" vs "thỏa thuận phân chia di sản").
  const named = n ? catalog.byName(n) : undefined;
  return named?.matchedBy === 'name' ? named.procedure : undefined;
}

/** Findings for a dossier detail page, most severe first. */
export function evaluate(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const { snapshot, config } = ctx;
  const dossier = snapshot.dossier;
  const input: RuleInput = {
    ctx,
    dossier,
    procedure: lookup(ctx.catalog, dossier.procedureCode, dossier.procedureName),
    assignment: resolveAssignment(config, snapshot.account),
    unreadable: snapshot.unreadable,
  };
  const env = { code: dossier.code ?? dossier.id, config, unreadable: snapshot.unreadable.map((u) => u.value), evidence: snapshot.evidence };
  const out: Collected = { findings: new Map(), needs: [] };
  const active = rules.filter((r) => r.check && isRuleEnabled(config, r.id));
  for (const rule of active) if (rule.id !== UNREADABLE_RULE_ID) collect(rule, rule.check!(input), out, env);
  const unreadableRule = active.find((r) => r.id === UNREADABLE_RULE_ID);
  if (unreadableRule) {
    const all = withNeeds(snapshot.unreadable, out.needs);
    collect(unreadableRule, unreadableRule.check!({ ...input, unreadable: all }), out, env);
  }
  return [...out.findings.values()].sort(compareFindings);
}

/**
 * Findings for one row of the dossier list: the rules that can judge a row (field-not-assigned,
 * late-reception, unknown-procedure). Missing cells give no verdict and no row finding: the
 * page-level unreadable columns say what could not be read (evaluateListPage).
 */
// One list check evaluates hundreds of rows with the same account: resolve it once per context.
const listAssignments = new WeakMap<ListContext, ReturnType<typeof resolveAssignment>>();

export function evaluateListRow(row: ListRow, ctx: ListContext, rules: readonly Rule[] = RULES): Finding[] {
  const { config, snapshot } = ctx;
  let assignment = listAssignments.get(ctx);
  if (!assignment) listAssignments.set(ctx, (assignment = resolveAssignment(config, snapshot.account)));
  const input = { ctx, row, procedure: lookup(ctx.catalog, row.procedureCode, row.procedureName), assignment };
  const env = { code: row.code, config, unreadable: snapshot.unreadable.map((u) => u.value), evidence: {} };
  const out: Collected = { findings: new Map(), needs: [] };
  for (const rule of rules) {
    if (rule.checkRow && isRuleEnabled(config, rule.id)) collect(rule, rule.checkRow(input), out, env);
  }
  return [...out.findings.values()].sort(compareFindings);
}

/** Page-level findings of the dossier list: account not configured, unreadable columns. */
export function evaluateListPage(ctx: ListContext, rules: readonly Rule[] = RULES): Finding[] {
  const { config, snapshot } = ctx;
  const assignment = resolveAssignment(config, snapshot.account);
  const env = { code: undefined, config, unreadable: snapshot.unreadable.map((u) => u.value), evidence: {} };
  const out: Collected = { findings: new Map(), needs: [] };
  const active = rules.filter((r) => r.checkPage && isRuleEnabled(config, r.id));
  for (const rule of active) {
    if (rule.id !== UNREADABLE_RULE_ID) collect(rule, rule.checkPage!({ ctx, assignment, unreadable: snapshot.unreadable }), out, env);
  }
  const unreadableRule = active.find((r) => r.id === UNREADABLE_RULE_ID);
  if (unreadableRule) {
    const all = withNeeds(snapshot.unreadable, out.needs);
    collect(unreadableRule, unreadableRule.checkPage!({ ctx, assignment, unreadable: all }), out, env);
  }
  return [...out.findings.values()].sort(compareFindings);
}
