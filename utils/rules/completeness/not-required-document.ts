/**
 * completeness/not-required-document — the dossier carries (or its component list demands) a paper
 * the law no longer requires, e.g. an ID-card copy for household-business registration
 * (NĐ 168/2025: the registrar exploits the national population database). Officers must not ask
 * for papers the law does not require (RESEARCH-NOTES §1.3, §2.1). "review": the officer decides.
 */
import { defineRule, type RuleDraft } from '../define-rule';
import { dossierFacts } from '../shared/dossier-facts';
import { expectedComponents } from '@/utils/catalog/expected-components';
import { matchComponent } from '@/utils/catalog/match-component';

const KEY = 'rule_notRequiredDocument';

export default defineRule({
  id: 'completeness/not-required-document',
  defaultSeverity: 'review',
  messageKeys: [KEY],
  reads: ['dossier.components (name, files)', 'catalog components flagged notRequiredByLaw'],
  check({ dossier, procedure }) {
    if (!procedure || !dossier.components?.length) return [];
    const expected = expectedComponents(procedure, { channel: dossier.channel, facts: dossierFacts(dossier) });
    const notRequired = new Set(expected.components.filter((e) => e.status === 'not-required-by-law').map((e) => e.component.id));
    if (notRequired.size === 0) return [];
    const drafts: RuleDraft[] = [];
    const seen = new Set<string>();
    for (const c of dossier.components) {
      const m = matchComponent(c.name, procedure);
      if (!m || !notRequired.has(m.component.id) || seen.has(m.component.id)) continue;
      seen.add(m.component.id);
      drafts.push({
        messageKey: KEY,
        messageArgs: [c.name],
        facts: { component: m.component.id, files: c.files.length, note: m.component.note },
        uses: ['dossier.components'],
        discriminator: m.component.id,
      });
    }
    return drafts;
  },
});
