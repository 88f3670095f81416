// The dashboard's filters and sorting as pure functions over an in-memory array: one pass per
// filter change, no allocation per record beyond the result, so 100,000 rows filter in a few ms.
import type { Severity, WarningRecord, WarningStatus } from '@/utils/db/types';

export type ReviewState = 'any' | 'reviewed' | 'unreviewed';

export interface ReviewFilter {
  /** Inclusive bounds on lastSeenAt, epoch ms. */
  from?: number;
  to?: number;
  account?: string;
  field?: string;
  procedure?: string;
  rule?: string;
  severity?: Severity;
  status?: WarningStatus;
  review?: ReviewState;
  /** Dossier code search: case-insensitive substring. */
  code?: string;
}

export const EMPTY_FILTER: ReviewFilter = {};

export function isEmptyFilter(f: ReviewFilter): boolean {
  return Object.values(f).every((v) => v === undefined || v === '' || v === 'any');
}

export function matchesFilter(r: WarningRecord, f: ReviewFilter, code = f.code?.trim().toLowerCase()): boolean {
  if (f.from !== undefined && r.lastSeenAt < f.from) return false;
  if (f.to !== undefined && r.lastSeenAt > f.to) return false;
  if (f.account && r.account !== f.account) return false;
  if (f.field && r.field !== f.field) return false;
  if (f.procedure && r.procedureCode !== f.procedure) return false;
  if (f.rule && r.ruleId !== f.rule) return false;
  if (f.severity && r.severity !== f.severity) return false;
  if (f.status && r.status !== f.status) return false;
  if (f.review === 'reviewed' && !r.review) return false;
  if (f.review === 'unreviewed' && r.review) return false;
  if (code && !r.dossierCode.toLowerCase().includes(code)) return false;
  return true;
}

/** Records passing every filter, in their input order. */
export function filterRecords(records: readonly WarningRecord[], f: ReviewFilter): WarningRecord[] {
  if (isEmptyFilter(f)) return records as WarningRecord[];
  const code = f.code?.trim().toLowerCase() || undefined;
  const out: WarningRecord[] = [];
  for (const r of records) if (matchesFilter(r, f, code)) out.push(r);
  return out;
}

export type SortKey = 'lastSeenAt' | 'dossierCode' | 'ruleId' | 'severity' | 'status' | 'account' | 'field' | 'procedureCode';
export interface SortOrder {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** The dashboard opens newest first. */
export const DEFAULT_SORT: SortOrder = { key: 'lastSeenAt', dir: 'desc' };

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, review: 2 };
const collator = new Intl.Collator('vi', { numeric: true });

function compareBy(key: SortKey): (a: WarningRecord, b: WarningRecord) => number {
  switch (key) {
    case 'lastSeenAt':
      return (a, b) => a.lastSeenAt - b.lastSeenAt;
    case 'severity':
      return (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
    default:
      return (a, b) => collator.compare(a[key] ?? '', b[key] ?? '');
  }
}

/**
 * A sorted copy (ties broken by lastSeenAt desc, then id desc — the order of a reversed read of the
 * lastSeenAt index — so the order is total and matches what the dashboard loads).
 * Input already in lastSeenAt-desc order (as loaded) is returned as is for the default sort.
 */
export function sortRecords(records: readonly WarningRecord[], order: SortOrder, presortedDesc = false): WarningRecord[] {
  if (order.key === 'lastSeenAt' && presortedDesc) {
    return order.dir === 'desc' ? (records as WarningRecord[]) : [...records].reverse();
  }
  const primary = compareBy(order.key);
  const sign = order.dir === 'asc' ? 1 : -1;
  return [...records].sort((a, b) => sign * primary(a, b) || b.lastSeenAt - a.lastSeenAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** Distinct values for the filter selects, sorted for display. */
export function filterOptions(records: readonly WarningRecord[]) {
  const accounts = new Set<string>();
  const fields = new Set<string>();
  const rules = new Set<string>();
  const procedures = new Map<string, string>();
  for (const r of records) {
    if (r.account) accounts.add(r.account);
    if (r.field) fields.add(r.field);
    rules.add(r.ruleId);
    if (r.procedureCode && !procedures.has(r.procedureCode)) procedures.set(r.procedureCode, r.procedureName ?? '');
  }
  const sorted = (s: Set<string>) => [...s].sort(collator.compare);
  return {
    accounts: sorted(accounts),
    fields: sorted(fields),
    rules: sorted(rules),
    procedures: [...procedures].map(([code, name]) => ({ code, name })).sort((a, b) => collator.compare(a.code, b.code)),
  };
}
