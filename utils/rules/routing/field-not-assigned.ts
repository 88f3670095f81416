/**
 * routing/field-not-assigned — the dossier's field (lĩnh vực) is not among the fields assigned to
 * the signed-in account: a mis-received dossier. The field shown on the page is compared by name
 * or slug; the catalog's field of the procedure is accepted too, because iGate's sector names
 * and the catalog's may differ in wording. Accounts without assignments are
 * routing/account-not-configured's business; an unreadable field gives no verdict.
 */
import { defineRule, type RuleResult } from '../define-rule';
import type { Assignment } from '../context';
import type { Procedure } from '@/utils/catalog/schema';
import { fieldSlug, makeField, matchesField } from '@/utils/catalog/field';

const KEY = 'rule_fieldNotAssigned';

interface Seen {
  field: string | undefined;
  procedure: Procedure | undefined;
  assignment: Assignment;
  fieldPath: string;
  codePath: string;
}

function judge({ field, procedure, assignment, fieldPath, codePath }: Seen): RuleResult[] {
  if (assignment.state !== 'assigned') return [];
  const shown = field?.trim();
  const candidates = [...(shown ? [makeField(shown)] : []), ...(procedure ? [procedure.field] : [])];
  if (candidates.length === 0) return [{ need: fieldPath }];
  if (assignment.fields.some((a) => candidates.some((f) => matchesField(a, f)))) return [];
  const name = shown || procedure!.field.name;
  return [
    {
      messageKey: KEY,
      messageArgs: [name, assignment.account, assignment.fields.join(', ')],
      facts: { field: name, catalogField: procedure?.field.name, account: assignment.account, assignedFields: assignment.fields },
      // The field path is always used: when it is unreadable there is no verdict (DESIGN).
      uses: [fieldPath, ...assignment.uses, ...(shown ? [] : [codePath])],
      discriminator: fieldSlug(name),
    },
  ];
}

export default defineRule({
  id: 'routing/field-not-assigned',
  defaultSeverity: 'error',
  messageKeys: [KEY],
  reads: ['dossier.field (or the catalog field of the procedure)', 'account', 'config.fieldAssignments'],
  check: ({ dossier, procedure, assignment }) =>
    judge({ field: dossier.field, procedure, assignment, fieldPath: 'dossier.field', codePath: 'dossier.procedureCode' }),
  checkRow: ({ row, procedure, assignment }) =>
    judge({ field: row.field, procedure, assignment, fieldPath: 'rows.field', codePath: 'rows.procedureCode' }),
});
