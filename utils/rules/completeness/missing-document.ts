/**
 * completeness/missing-document — a component the catalog requires for this dossier has no file:
 * always-required ones, the paper declaration or the e-form according to the channel (both
 * listed as alternatives, RESEARCH-NOTES §1.3), and conditional ones whose condition the
 * dossier's data meets (e.g. the power of attorney when someone else submits). One finding
 * per missing component. Papers shown at the counter (presentOnly) are never demanded.
 */
import { defineRule, type RuleDraft, type RuleResult } from '../define-rule';
import { dossierFacts } from '../shared/dossier-facts';
import { expectedComponents } from '@/utils/catalog/expected-components';
import { factsOf, type Facts } from '@/utils/catalog/conditions';
import { matchComponent } from '@/utils/catalog/match-component';
import type { Component, Procedure } from '@/utils/catalog/schema';
import type { DossierData } from '@/utils/sites/snapshot';

const KEYS = {
  always: 'rule_missingDocument',
  channel: 'rule_missingDocument_channel',
  conditional: 'rule_missingDocument_conditional',
  oneOf: 'rule_missingDocument_oneOf',
} as const;
const FACT_LABELS = ['rule_fact_authorisedRepresentative', 'rule_fact_householdMembersFound'];
const CHANNEL_LABELS = {
  online: 'rule_label_channelOnline',
  'in-person': 'rule_label_channelInPerson',
  post: 'rule_label_channelPost',
} as const;
const COMPONENTS = 'dossier.components';

/** Ids of the catalog components that the dossier carries with at least one file. */
export function attachedComponentIds(dossier: DossierData, procedure: Procedure): Set<string> {
  const ids = new Set<string>();
  for (const c of dossier.components ?? []) {
    if (c.files.length === 0) continue;
    const m = matchComponent(c.name, procedure);
    if (m) ids.add(m.component.id);
  }
  return ids;
}

function draftFor(c: Component, dossier: DossierData, facts: Facts): RuleDraft {
  const base = { facts: { component: c.id, name: c.name, channel: dossier.channel }, discriminator: c.id };
  if (c.required === 'paper-channels' || c.required === 'online' || (c.condition && factsOf(c.condition).length === 0)) {
    const channel = `@${CHANNEL_LABELS[dossier.channel ?? 'online']}`;
    return { ...base, messageKey: KEYS.channel, messageArgs: [c.name, channel], uses: [COMPONENTS, 'dossier.channel'] };
  }
  if (c.condition) {
    const fact = factsOf(c.condition).find((f) => facts[f] === true && FACT_LABELS.includes(`rule_fact_${f}`));
    if (fact) return { ...base, messageKey: KEYS.conditional, messageArgs: [c.name, `@rule_fact_${fact}`], uses: [COMPONENTS, 'dossier.householdBusiness', 'dossier.applicant.fullName'] };
  }
  return { ...base, messageKey: KEYS.always, messageArgs: [c.name], uses: [COMPONENTS] };
}

export default defineRule({
  id: 'completeness/missing-document',
  defaultSeverity: 'error',
  messageKeys: [...Object.values(KEYS), ...FACT_LABELS, ...Object.values(CHANNEL_LABELS)],
  reads: ['dossier.components (name, files)', 'dossier.channel', 'householdBusiness (submitter, founding subject)', 'catalog components'],
  check({ dossier, procedure }): RuleResult[] {
    if (!procedure || procedure.components.length === 0) return [];
    if (!dossier.components) return [{ need: COMPONENTS }];
    const facts = dossierFacts(dossier);
    const expected = expectedComponents(procedure, { channel: dossier.channel, facts });
    const attached = attachedComponentIds(dossier, procedure);
    const drafts = expected.required.filter((c) => !attached.has(c.id)).map((c) => draftFor(c, dossier, facts));
    for (const group of expected.oneOf) {
      if (group.some((c) => attached.has(c.id))) continue;
      drafts.push({
        messageKey: KEYS.oneOf,
        messageArgs: [group.map((c) => c.name).join(' / ')],
        facts: { components: group.map((c) => c.id), channel: null },
        uses: [COMPONENTS],
        discriminator: group[0]!.alternativeGroup ?? group[0]!.id,
      });
    }
    return drafts;
  },
});
