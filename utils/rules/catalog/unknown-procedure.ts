/**
 * catalog/unknown-procedure — the procedure is not in the catalog. The engine's lookup tries the
 * code as written (local X.NNNNNN.000.00.00.Hnn), its national prefix, former/alias codes, and
 * then the name (RESEARCH-NOTES §1.1, §8.4); only when all fail does this rule speak.
 */
import { defineRule, type RuleResult } from '../define-rule';
import type { Procedure } from '@/utils/catalog/schema';
import { nationalCodeOf } from '@/utils/catalog/codes';
import { foldKey } from '@/utils/vn/text';

const KEY = 'rule_unknownProcedure';

function judge(code: string | undefined, name: string | undefined, procedure: Procedure | undefined, prefix: string): RuleResult[] {
  if (procedure) return [];
  const c = code?.trim() ?? '';
  const n = name?.trim() ?? '';
  if (!c && !n) return [{ need: `${prefix}.procedureCode` }];
  return [
    {
      messageKey: KEY,
      messageArgs: [c || '—', n || '—'],
      facts: { procedureCode: c || undefined, procedureName: n || undefined, nationalCode: nationalCodeOf(c) ?? undefined },
      // The code decides when it was read; without it the verdict also rests on the name.
      uses: c ? [`${prefix}.procedureCode`] : [`${prefix}.procedureCode`, `${prefix}.procedureName`],
      discriminator: nationalCodeOf(c) ?? (c || foldKey(n)),
    },
  ];
}

export default defineRule({
  id: 'catalog/unknown-procedure',
  defaultSeverity: 'warning',
  messageKeys: [KEY],
  reads: ['dossier.procedureCode, procedureName', 'catalog (indexed lookup)'],
  check: ({ dossier, procedure }) => judge(dossier.procedureCode, dossier.procedureName, procedure, 'dossier'),
  checkRow: ({ row, procedure }) => judge(row.procedureCode, row.procedureName, procedure, 'rows'),
});
