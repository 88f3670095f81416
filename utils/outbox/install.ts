// Wires the outbox into the background: the alarm delivers, and every service-worker start (and
// browser start) re-arms the alarm. One round at a time per worker.
import { browser } from 'wxt/browser';
import { db } from '@/utils/db/database';
import { effectiveConfig } from '@/utils/service/config-service';
import { flushOutbox, REQUEST_TIMEOUT_MS, type FlushResult } from './deliver';
import { OUTBOX_ALARM, scheduleOutbox } from './schedule';

/**
 * A one-shot alarm is consumed when it fires: if the worker is stopped mid-request, nothing would
 * wake it again. So each request first re-arms the alarm for after its own timeout.
 */
const armWatchdog = () => browser.alarms.create(OUTBOX_ALARM, { when: Date.now() + REQUEST_TIMEOUT_MS + 5_000 });

let running: Promise<FlushResult | undefined> | undefined;

/** Deliver what is due now (if `report` is configured), then re-arm the alarm. */
export function deliverOutbox(): Promise<FlushResult | undefined> {
  running ??= (async () => {
    try {
      const { report } = await effectiveConfig();
      if (!report) return undefined;
      return await flushOutbox(db(), report, { beforeBatch: armWatchdog });
    } finally {
      running = undefined;
      await scheduleOutbox().catch(() => undefined);
    }
  })();
  return running;
}

export function installOutbox(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void deliverOutbox();
  });
  browser.runtime.onStartup.addListener(() => void scheduleOutbox());
  void scheduleOutbox().catch((err) => console.warn('[motcua-assist] outbox schedule failed', err));
}
