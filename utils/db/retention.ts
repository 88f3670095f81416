// Retention: a daily purge (chrome.alarms, so it survives service-worker and browser restarts).
// Warnings, their history, the audit trail and undelivered reports are kept `retentionDays`;
// seen dossiers hold citizens' personal keys and feed only the 30-day duplicate rule, so they go
// after 30 days; captured auto-fill data goes when its own expiry (≤ 7 days) passes.
import { browser } from 'wxt/browser';
import { db, type AssistDatabase } from './database';
import { effectiveConfig } from '@/utils/service/config-service';

const DAY = 86_400_000;
export const RETENTION_ALARM = 'motcua-retention';
/** The duplicate rule looks back 30 days (check-service HISTORY_DAYS); nothing else reads `seen`. */
export const SEEN_DAYS = 30;

export interface PurgeCounts {
  warnings: number;
  seen: number;
  captures: number;
  audit: number;
  outbox: number;
}

export async function purgeExpired(database: AssistDatabase, retentionDays: number, now: number): Promise<PurgeCounts> {
  const keepFrom = now - retentionDays * DAY;
  const tables = [database.warnings, database.seen, database.captures, database.audit, database.outbox];
  return database.transaction('rw', tables, async () => {
    const counts: PurgeCounts = {
      warnings: await database.warnings.where('lastSeenAt').below(keepFrom).delete(),
      seen: await database.seen.where('seenAt').below(now - Math.min(SEEN_DAYS, retentionDays) * DAY).delete(),
      captures: await database.captures.where('expiresAt').belowOrEqual(now).delete(),
      audit: await database.audit.where('at').below(keepFrom).delete(),
      outbox: await database.outbox.where('createdAt').below(keepFrom).delete(),
    };
    if (Object.values(counts).some(Boolean)) await database.audit.add({ at: now, kind: 'purge', detail: { ...counts } });
    return counts;
  });
}

export async function runRetention(now = Date.now()): Promise<PurgeCounts> {
  const { retentionDays } = await effectiveConfig();
  return purgeExpired(db(), retentionDays, now);
}

/** Purge once a day, and once soon after each start (the browser may have been closed for days). */
export function installRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetention().catch((err) => console.warn('[motcua-assist] purge failed', err));
  });
  void (async () => {
    const existing = await browser.alarms.get(RETENTION_ALARM);
    if (!existing) await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  })();
}
