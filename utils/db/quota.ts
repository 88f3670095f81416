// IndexedDB full (QuotaExceededError): make room and try once more instead of losing the check.
// What goes first is what nobody needs to act on: resolved warnings, oldest first, then history
// rows (`seen`) older than a week. Open, overridden and acknowledged warnings are never purged
// here. The purge is audited (counts only) and left in storage.local `quotaNotice` for the UI.
import { browser } from 'wxt/browser';
import type { AssistDatabase } from './database';

export const QUOTA_NOTICE_KEY = 'quotaNotice';
const BATCH = 500;
const WEEK = 7 * 86_400_000;

export interface QuotaNotice {
  at: number;
  warnings: number;
  seen: number;
}

export function isQuotaError(err: unknown): boolean {
  for (let e = err as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 4; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}

/** Delete up to `BATCH` of the oldest resolved warnings, then old history rows if none were resolved. */
export async function purgeForQuota(database: AssistDatabase, now: number): Promise<QuotaNotice> {
  const resolved = await database.warnings.where('status').equals('resolved').sortBy('lastSeenAt');
  const ids = resolved.slice(0, BATCH).map((r) => r.id);
  await database.warnings.bulkDelete(ids);
  const seen = ids.length ? 0 : await database.seen.where('seenAt').below(now - WEEK).limit(BATCH).delete();
  const notice = { at: now, warnings: ids.length, seen };
  await database.audit.add({ at: now, kind: 'purge', detail: { reason: 'quota', ...notice } }).catch(() => undefined);
  await browser.storage.local.set({ [QUOTA_NOTICE_KEY]: notice });
  return notice;
}

/** Run a write; when the disk quota stops it, purge (as above) and run it once more. */
export async function withQuotaRelief<T>(database: AssistDatabase, write: () => Promise<T>, now: number): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (!isQuotaError(err)) throw err;
    const notice = await purgeForQuota(database, now);
    if (!notice.warnings && !notice.seen) throw err; // nothing we may delete: report the failure
    return write();
  }
}
