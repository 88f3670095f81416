// The CSV of the dashboard's filtered view: one row per record, the message in the UI language,
// times in Vietnam's local time, personal values masked unless asked for.
import type { WarningRecord } from '@/utils/db/types';
import { toCsv } from './csv';
import { exportRecord } from './personal';

export type Translate = (key: string, substitutions?: string[]) => string;

/** Column ids; the header text comes from `dash_col_<id>` through the translate function. */
export const CSV_COLUMNS = [
  'lastSeenAt', 'firstSeenAt', 'dossierCode', 'ruleId', 'severity', 'status', 'account', 'unit', 'field',
  'procedureCode', 'procedureName', 'message', 'overrideReason', 'overrideBy', 'reviewNote', 'reviewedAt', 'facts', 'id',
] as const;

const VN_OFFSET = 7 * 3_600_000;
/** "2026-01-15 10:05:00" in Vietnam time, sortable in a spreadsheet. */
export function vnTime(t: number | undefined): string {
  return t === undefined ? '' : new Date(t + VN_OFFSET).toISOString().slice(0, 19).replace('T', ' ');
}

export function recordsToCsv(
  records: readonly WarningRecord[],
  opts: { includePersonal: boolean; header: (column: string) => string; message: (r: WarningRecord) => string },
): string {
  const rows = records.map((original) => {
    const r = exportRecord(original, opts.includePersonal);
    return [
      vnTime(r.lastSeenAt), vnTime(r.firstSeenAt), r.dossierCode, r.ruleId, r.severity, r.status, r.account, r.unit, r.field,
      r.procedureCode, r.procedureName, opts.message(r), r.override?.reason, r.override?.account, r.review?.note,
      vnTime(r.review?.at), JSON.stringify(r.facts), r.id,
    ];
  });
  return toCsv(CSV_COLUMNS.map(opts.header), rows);
}
