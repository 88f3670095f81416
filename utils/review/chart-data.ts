// What the dashboard's charts show, computed from the filtered records (pure, one pass each).
import type { WarningRecord } from '@/utils/db/types';

export interface Series {
  label: string;
  data: number[];
}
export interface ChartData {
  labels: string[];
  series: Series[];
}

const DAY = 86_400_000;
/** Days are counted in Vietnam's time zone (UTC+7, no daylight saving). */
const VN_OFFSET = 7 * 3_600_000;
export const dayOf = (t: number) => new Date(t + VN_OFFSET).toISOString().slice(0, 10);

function lastDays(records: readonly WarningRecord[], days: number, at: (r: WarningRecord) => number): string[] {
  let latest = 0;
  for (const r of records) latest = Math.max(latest, at(r));
  if (!latest) return [];
  return Array.from({ length: days }, (_, i) => dayOf(latest - (days - 1 - i) * DAY));
}

function grid(labels: string[], groups: Map<string, Map<string, number>>, top: number): ChartData {
  const totals = [...groups].map(([name, m]) => [name, [...m.values()].reduce((a, b) => a + b, 0)] as const);
  totals.sort((a, b) => b[1] - a[1]);
  const series = totals.slice(0, top).map(([name]) => ({ label: name, data: labels.map((l) => groups.get(name)!.get(l) ?? 0) }));
  return { labels, series };
}

function bump(groups: Map<string, Map<string, number>>, group: string, label: string) {
  let m = groups.get(group);
  if (!m) groups.set(group, (m = new Map()));
  m.set(label, (m.get(label) ?? 0) + 1);
}

/** Findings first seen per day (last `days` days of the data), one series per rule. */
export function findingsPerDay(records: readonly WarningRecord[], days = 30): ChartData {
  const labels = lastDays(records, days, (r) => r.firstSeenAt);
  const inRange = new Set(labels);
  const groups = new Map<string, Map<string, number>>();
  for (const r of records) {
    const day = dayOf(r.firstSeenAt);
    if (inRange.has(day)) bump(groups, r.ruleId, day);
  }
  return grid(labels, groups, 13);
}

/** Mis-received dossiers (routing/field-not-assigned) by field, one series per account. */
export function misReceived(records: readonly WarningRecord[]): ChartData {
  const groups = new Map<string, Map<string, number>>();
  const fields = new Set<string>();
  for (const r of records) {
    if (r.ruleId !== 'routing/field-not-assigned') continue;
    const field = r.field || '—';
    fields.add(field);
    bump(groups, r.account || '—', field);
  }
  return grid([...fields].sort(), groups, 8);
}

/** Errors per rule: overridden or not, and the overridden share in percent. */
export function overrides(records: readonly WarningRecord[]): ChartData & { share: number; overridden: number; errors: number } {
  const groups = new Map<string, Map<string, number>>();
  let overridden = 0;
  let errors = 0;
  for (const r of records) {
    if (r.severity !== 'error' && !r.override) continue;
    errors++;
    const was = Boolean(r.override) || r.status === 'overridden';
    if (was) overridden++;
    bump(groups, was ? 'overridden' : 'not', r.ruleId);
  }
  const labels = [...new Set([...groups.values()].flatMap((m) => [...m.keys()]))].sort();
  const series = ['overridden', 'not'].map((k) => ({ label: k, data: labels.map((l) => groups.get(k)?.get(l) ?? 0) }));
  return { labels, series, overridden, errors, share: errors ? Math.round((overridden / errors) * 1000) / 10 : 0 };
}

/** Procedures with the most missing-document findings (top `top`). */
export function missingByProcedure(records: readonly WarningRecord[], top = 10): ChartData {
  const counts = new Map<string, number>();
  for (const r of records) {
    if (r.ruleId !== 'completeness/missing-document') continue;
    const key = r.procedureName ? `${r.procedureCode ?? ''} ${r.procedureName}`.trim() : (r.procedureCode ?? '—');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { labels: rows.map((r) => r[0]), series: [{ label: 'missing', data: rows.map((r) => r[1]) }] };
}

/** Late receptions per day: beyond one working day ("late") and close to it ("soon"). */
export function lateReceptions(records: readonly WarningRecord[], days = 30): ChartData {
  const late = records.filter((r) => r.ruleId === 'dossier/late-reception');
  const labels = lastDays(late, days, (r) => r.firstSeenAt);
  const inRange = new Set(labels);
  const groups = new Map<string, Map<string, number>>([['late', new Map()], ['soon', new Map()]]);
  for (const r of late) {
    const day = dayOf(r.firstSeenAt);
    if (inRange.has(day)) bump(groups, r.id.endsWith('|late') ? 'late' : 'soon', day);
  }
  return { labels, series: ['late', 'soon'].map((k) => ({ label: k, data: labels.map((l) => groups.get(k)!.get(l) ?? 0) })) };
}
