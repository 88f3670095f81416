// The document sent to the central collector for one stored warning. Flat, typed fields that a
// search engine can map once (facts and evidence vary by rule, so they travel as JSON text),
// `@timestamp` for time-based dashboards, and the record's id as the stable id for deduplication.
import type { WarningRecord } from '@/utils/db/types';
import { exportRecord } from '@/utils/review/personal';

export interface FindingDocument {
  [key: string]: unknown;
  id: string;
  '@timestamp': string;
}

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

/** `describe` renders the (already masked) record's message in the UI language. */
export function findingDocument(record: WarningRecord, includePersonal: boolean, describe: (r: WarningRecord) => string): FindingDocument {
  const r = exportRecord(record, includePersonal);
  return {
    id: r.id,
    '@timestamp': iso(r.lastSeenAt)!,
    dossierCode: r.dossierCode,
    ruleId: r.ruleId,
    severity: r.severity,
    status: r.status,
    account: r.account,
    unit: r.unit,
    field: r.field,
    procedureCode: r.procedureCode,
    procedureName: r.procedureName,
    message: describe(r),
    messageKey: r.messageKey,
    messageArgs: r.messageArgs,
    factsJson: JSON.stringify(r.facts),
    evidenceJson: JSON.stringify(r.evidence),
    firstSeenAt: iso(r.firstSeenAt),
    lastSeenAt: iso(r.lastSeenAt),
    resolvedAt: iso(r.resolvedAt),
    overridden: Boolean(r.override),
    overrideReason: r.override?.reason,
    overrideAccount: r.override?.account,
    overrideAt: iso(r.override?.at),
    reviewNote: r.review?.note,
    reviewedAt: iso(r.review?.at),
    historyCount: r.history.length,
  };
}

/** Policy may include personal data centrally only by saying so: `report.includePersonalData: true`. */
export function includesPersonalData(report: unknown): boolean {
  return (report as { includePersonalData?: unknown } | undefined)?.includePersonalData === true;
}
