// Findings enter the outbox when they are stored (called by the check service after recordCheck).
// Only when policy configures `report`; the outbox holds the report document (personal data
// already left out), keyed by the record's id, so a record changed twice before delivery is sent
// once in its latest state, keeping the backoff of the version it replaces.
import { db, type AssistDatabase } from '@/utils/db/database';
import type { OutboxItem, WarningRecord } from '@/utils/db/types';
import { effectiveConfig } from '@/utils/service/config-service';
import { messageFor } from '@/utils/rules/messages';
import { t, type MessageKey } from '@/utils/i18n';
import { findingDocument, includesPersonalData, type FindingDocument } from './document';
import { scheduleOutbox } from './schedule';

const describe = (r: WarningRecord) => messageFor(r, (key, subs) => t(key as MessageKey, subs));

export async function putDocuments(database: AssistDatabase, docs: readonly FindingDocument[], now: number): Promise<void> {
  await database.transaction('rw', database.outbox, async () => {
    const existing = await database.outbox.bulkGet(docs.map((d) => d.id));
    const items: OutboxItem[] = docs.map((payload, i) => ({
      id: payload.id,
      createdAt: now,
      attempts: existing[i]?.attempts ?? 0,
      nextAttemptAt: existing[i]?.nextAttemptAt ?? now,
      payload,
    }));
    await database.outbox.bulkPut(items);
  });
}

/** Queue stored records for central delivery (no-op without `report`); never throws. */
export async function enqueueFindings(records: readonly WarningRecord[], now = Date.now()): Promise<void> {
  try {
    if (!records.length) return;
    const { report } = await effectiveConfig();
    if (!report) return;
    const include = includesPersonalData(report);
    await putDocuments(db(), records.map((r) => findingDocument(r, include, describe)), now);
    await scheduleOutbox();
  } catch (err) {
    console.warn('[motcua-assist] outbox enqueue failed', err);
  }
}
