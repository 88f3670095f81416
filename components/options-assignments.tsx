// Field assignments: one row per account (username or full name) with its fields, comma-separated.
// Field names come from the catalog (a datalist helps typing them with diacritics).
import { t } from '@/utils/i18n';

export interface AssignmentRow {
  account: string;
  fields: string[];
}

export interface AssignmentsProps {
  rows: AssignmentRow[];
  knownFields: string[];
  onChange: (rows: AssignmentRow[]) => void;
}

const splitFields = (text: string) => text.split(/[,;\n]/).map((f) => f.trim()).filter(Boolean);

export function AssignmentsTable({ rows, knownFields, onChange }: AssignmentsProps) {
  const update = (i: number, row: AssignmentRow) => onChange(rows.map((r, j) => (j === i ? row : r)));
  return (
    <div>
      <datalist id="opt-known-fields">
        {knownFields.map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
      <table class="assignments" data-testid="opt-assignments">
        <thead>
          <tr>
            <th scope="col">{t('opt_assignmentAccount')}</th>
            <th scope="col">{t('opt_assignmentFields')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('opt_actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} data-testid="opt-assignment-row">
              <td>
                <input aria-label={t('opt_assignmentAccountOf', String(i + 1))} value={row.account} onInput={(e) => update(i, { ...row, account: e.currentTarget.value })} />
              </td>
              <td>
                <input
                  aria-label={t('opt_assignmentFieldsOf', String(i + 1))}
                  list="opt-known-fields"
                  value={row.fields.join(', ')}
                  onChange={(e) => update(i, { ...row, fields: splitFields(e.currentTarget.value) })}
                />
              </td>
              <td>
                <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  {t('opt_remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" data-testid="opt-assignment-add" onClick={() => onChange([...rows, { account: '', fields: [] }])}>
        {t('opt_assignmentAdd')}
      </button>
    </div>
  );
}
