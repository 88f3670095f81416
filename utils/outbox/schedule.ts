// The outbox is driven by one chrome.alarms alarm, set for the earliest due item: alarms outlive
// the service worker, and installOutbox() sets it again on every start in case a browser restart
// cleared it. Chrome runs packed extensions' alarms at most every 30 s, which batches deliveries.
import { browser } from 'wxt/browser';
import { db } from '@/utils/db/database';

export const OUTBOX_ALARM = 'motcua-outbox';
/** Coalesce the findings of several checks into one request. */
const MIN_DELAY_MS = 1_000;

export async function scheduleOutbox(): Promise<void> {
  const next = await db().outbox.orderBy('nextAttemptAt').first();
  if (!next) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  const when = Math.max(Date.now() + MIN_DELAY_MS, next.nextAttemptAt);
  const current = await browser.alarms.get(OUTBOX_ALARM);
  if (current && current.scheduledTime <= when && current.scheduledTime > Date.now()) return;
  await browser.alarms.create(OUTBOX_ALARM, { when });
}
