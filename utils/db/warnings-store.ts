// Stored warnings: one record per dossier and rule (by the finding's stable key), with a
// lifecycle open → overridden / acknowledged → resolved when a later check no longer finds it.
import type { AssistDatabase } from './database';
import type { WarningRecord } from './types';
import type { Finding } from '@/utils/rules/finding';

/** What a stored record keeps of a finding: the rule engine's own type, nothing re-declared. */
export type StorableFinding = Finding;

export interface CheckContext {
  dossierCode: string;
  account: string;
  unit: string;
  procedureCode?: string;
  procedureName?: string;
  field?: string;
}

/** Store the result of one check of a dossier; returns the dossier's current records. */
export async function recordCheck(
  database: AssistDatabase,
  check: CheckContext,
  findings: StorableFinding[],
  now: number,
): Promise<WarningRecord[]> {
  return database.transaction('rw', database.warnings, async () => {
    const existing = await database.warnings.where('dossierCode').equals(check.dossierCode).toArray();
    const byId = new Map(existing.map((r) => [r.id, r]));
    const current = new Set(findings.map((f) => f.key));
    const writes: WarningRecord[] = findings.map((f) => merge(byId.get(f.key), f, check, now));
    for (const old of existing) {
      if (!current.has(old.id) && old.status !== 'resolved') {
        writes.push({ ...old, status: 'resolved', resolvedAt: now, history: [...old.history, { at: now, event: 'resolved' }] });
      }
    }
    await database.warnings.bulkPut(writes);
    return writes;
  });
}

function merge(old: WarningRecord | undefined, f: StorableFinding, check: CheckContext, now: number): WarningRecord {
  const base = {
    ...check,
    ruleId: f.ruleId,
    severity: f.severity,
    messageKey: f.messageKey,
    messageArgs: f.messageArgs,
    facts: f.facts,
    evidence: f.evidence,
    // A clock set back must not move a record back in time (sorting, retention): never earlier.
    lastSeenAt: Math.max(now, old?.lastSeenAt ?? now),
  };
  if (!old) {
    return { ...base, id: f.key, status: 'open', firstSeenAt: now, history: [{ at: now, event: 'opened', account: check.account }] };
  }
  if (old.status === 'resolved') {
    const history = [...old.history, { at: now, event: 'reopened' as const, account: check.account }];
    return { ...old, ...base, status: 'open', resolvedAt: undefined, history };
  }
  return { ...old, ...base };
}

/** The officer confirmed the receive guard: every open error of the dossier becomes overridden. */
export async function recordOverride(
  database: AssistDatabase,
  dossierCode: string,
  reason: string,
  account: string,
  now: number,
): Promise<WarningRecord[]> {
  return database.transaction('rw', database.warnings, database.audit, async () => {
    const open = await database.warnings
      .where('dossierCode')
      .equals(dossierCode)
      .filter((r) => r.status === 'open' && r.severity === 'error')
      .toArray();
    const updated = open.map((r) => ({
      ...r,
      status: 'overridden' as const,
      override: { reason, at: now, account },
      history: [...r.history, { at: now, event: 'overridden' as const, account, note: reason }],
    }));
    await database.warnings.bulkPut(updated);
    // A second tab confirming the same dossier finds nothing open: no second override, no entry.
    if (updated.length) await database.audit.add({ at: now, kind: 'override', dossierCode, account, detail: { rules: updated.map((r) => r.ruleId) } });
    return updated;
  });
}

/** A supervisor marked a record reviewed, with a note. */
export async function recordReview(database: AssistDatabase, id: string, note: string, now: number, by?: string) {
  await database.transaction('rw', database.warnings, async () => {
    const r = await database.warnings.get(id);
    if (!r) throw new Error(`No warning with id ${id}`);
    await database.warnings.put({ ...r, review: { note, at: now, by }, history: [...r.history, { at: now, event: 'reviewed', note, account: by }] });
  });
}
