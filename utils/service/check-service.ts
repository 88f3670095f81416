// One check of a dossier detail or list, in the background: effective config + catalog + local
// history → rule engine → stored warnings → tab state and badge. Returns what the page shows.
import { db } from '@/utils/db/database';
import { recordCheck, recordOverride } from '@/utils/db/warnings-store';
import { withQuotaRelief } from '@/utils/db/quota';
import type { WarningRecord } from '@/utils/db/types';
import { evaluate, evaluateListPage, evaluateListRow } from '@/utils/rules/evaluate';
import type { Finding } from '@/utils/rules/finding';
import { resolveAssignment } from '@/utils/rules/shared/assignment';
import type { ProcessingDetailSnapshot, ProcessingListSnapshot } from '@/utils/sites/snapshot';
import type { CheckListResponse, FindingWire } from '@/utils/messaging';
import { effectiveConfig } from './config-service';
import { catalogIndex } from './catalog-service';
import { getTabState, setTabState } from './tab-state';
import { enqueueFindings } from '@/utils/outbox/enqueue';

/** The duplicate rule looks back 30 days; seen dossiers (with personal keys) are kept that long. */
export const HISTORY_DAYS = 30;
const DAY = 86_400_000;

export function dossierKey(snapshot: ProcessingDetailSnapshot): string {
  return snapshot.dossier.code ?? snapshot.dossier.id ?? snapshot.url;
}

function withStatus(findings: Finding[], records: WarningRecord[]): FindingWire[] {
  const status = new Map(records.map((r) => [r.id, r.status]));
  return findings.map((f) => ({ ...f, status: status.get(f.key) ?? 'open' }));
}

export async function checkDetail(snapshot: ProcessingDetailSnapshot, tabId: number | undefined, now = Date.now()) {
  const config = await effectiveConfig();
  const database = db();
  const code = dossierKey(snapshot);
  const history = (await database.seen.where('seenAt').above(now - HISTORY_DAYS * DAY).toArray()).filter((h) => h.dossierCode !== code);
  const findings = evaluate({ snapshot, config, catalog: catalogIndex(), history, now: new Date(now) });
  const { dossier, account } = snapshot;
  const checked = {
    dossierCode: code,
    account: account.username ?? account.fullName ?? '',
    unit: config.unit?.name ?? '',
    procedureCode: dossier.procedureCode,
    procedureName: dossier.procedureName,
    field: dossier.field,
  };
  // A full disk purges the oldest resolved warnings and retries, rather than losing this check.
  const records = await withQuotaRelief(database, () => recordCheck(database, checked, findings, now), now);
  void enqueueFindings(records, now); // central collection, when policy configures `report`
  await database.seen.put({
    dossierCode: code,
    procedureCode: dossier.procedureCode,
    applicantIdNumber: dossier.applicant.idNumber,
    applicantName: dossier.applicant.fullName,
    applicantBirthDate: dossier.applicant.birthDate,
    businessName: dossier.householdBusiness?.business.name,
    ward: dossier.householdBusiness?.business.seat?.ward ?? dossier.applicant.address.ward,
    seenAt: now,
  });
  const wire = withStatus(findings, records);
  if (tabId !== undefined) {
    const assignment = resolveAssignment(config, account);
    await setTabState(tabId, {
      url: snapshot.url,
      dossierCode: code,
      account: account.username ?? account.fullName,
      assignedFields: assignment.state === 'assigned' ? [...assignment.fields] : [],
      findings: wire,
      checkedAt: now,
    });
  }
  return { findings: wire, autofillEnabled: config.autofillEnabled !== false };
}

export async function checkList(snapshot: ProcessingListSnapshot, tabId: number | undefined, now = Date.now()): Promise<CheckListResponse & { page: FindingWire[] }> {
  const config = await effectiveConfig();
  const ctx = { snapshot, config, catalog: catalogIndex(), now: new Date(now) };
  const rows = snapshot.rows.map((row) => ({
    rowIndex: row.rowIndex,
    code: row.code,
    findings: evaluateListRow(row, ctx).map((f) => ({ ...f, status: 'open' as const })),
  }));
  const page = evaluateListPage(ctx).map((f) => ({ ...f, status: 'open' as const }));
  if (tabId !== undefined) {
    const assignment = resolveAssignment(config, snapshot.account);
    await setTabState(tabId, {
      url: snapshot.url,
      account: snapshot.account.username ?? snapshot.account.fullName,
      assignedFields: assignment.state === 'assigned' ? [...assignment.fields] : [],
      findings: [...page, ...rows.flatMap((r) => r.findings)],
      checkedAt: now,
    });
  }
  return { rows, page };
}

export async function overrideDossier(dossierCode: string, reason: string, account: string, tabId?: number, now = Date.now()) {
  const updated = await recordOverride(db(), dossierCode, reason, account, now);
  void enqueueFindings(updated, now);
  const ids = new Set(updated.map((r) => r.id));
  const state = tabId !== undefined ? await getTabState(tabId) : undefined;
  if (tabId !== undefined && state?.dossierCode === dossierCode) {
    // The badge counts open errors: update it now, not at the next check.
    const findings = state.findings.map((f) => (ids.has(f.key) ? { ...f, status: 'overridden' as const } : f));
    await setTabState(tabId, { ...state, findings });
  }
  return { overridden: [...ids] };
}
