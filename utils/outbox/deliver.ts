// One delivery round of the outbox: due items in batches, POSTed to the configured endpoint with a
// bearer token and a timeout. An item leaves the outbox only after the receiver accepted it
// (2xx, and for `_bulk` no retriable item error), so delivery is at least once; a failed batch
// waits with backoff and the round stops, so a down receiver is not hammered.
import type { AssistDatabase } from '@/utils/db/database';
import type { OutboxItem } from '@/utils/db/types';
import { backoffDelay } from './backoff';
import { bulkOutcome, requestBody, type ReportFormat } from './wire-format';

export interface ReportTarget {
  endpoint: string;
  format: ReportFormat;
  token?: string;
}

export interface FlushOptions {
  now?: () => number;
  fetchFn?: typeof fetch;
  batchSize?: number;
  timeoutMs?: number;
  random?: () => number;
  /** Rounds stop after this many batches; the next alarm continues. */
  maxBatches?: number;
  /** Called before each request (the background re-arms its watchdog alarm here). */
  beforeBatch?: () => Promise<void>;
}

export interface FlushResult {
  sent: number;
  retried: number;
  rejected: number;
  error?: string;
}

export const REQUEST_TIMEOUT_MS = 10_000;

async function post(target: ReportTarget, items: OutboxItem[], opts: Required<FlushOptions>) {
  const headers: Record<string, string> = { 'content-type': 'application/x-ndjson' };
  if (target.token) headers.authorization = `Bearer ${target.token}`;
  const body = requestBody(items.map((i) => i.payload as { id: string }), target.format, target.endpoint);
  const response = await opts.fetchFn(target.endpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(opts.timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  if (target.format !== 'bulk') return bulkOutcome(null, []);
  return bulkOutcome(await response.json().catch(() => null), items.map((i) => i.id));
}

/** Remove delivered items unless a newer version was enqueued while the batch was in flight. */
async function settle(database: AssistDatabase, items: OutboxItem[], retry: Set<string>, now: number, random: () => number) {
  await database.transaction('rw', database.outbox, async () => {
    const current = await database.outbox.bulkGet(items.map((i) => i.id));
    const remove: string[] = [];
    const again: OutboxItem[] = [];
    items.forEach((sent, i) => {
      const still = current[i];
      if (!still || still.createdAt !== sent.createdAt) return;
      if (retry.has(sent.id)) again.push({ ...still, attempts: still.attempts + 1, nextAttemptAt: now + backoffDelay(still.attempts + 1, random) });
      else remove.push(sent.id);
    });
    await database.outbox.bulkDelete(remove);
    await database.outbox.bulkPut(again);
  });
}

async function postpone(database: AssistDatabase, items: OutboxItem[], now: number, random: () => number, error: string) {
  const attempts = Math.max(...items.map((i) => i.attempts)) + 1;
  const nextAttemptAt = now + backoffDelay(attempts, random);
  await database.outbox.bulkUpdate(items.map((i) => ({ key: i.id, changes: { attempts, nextAttemptAt, lastError: error.slice(0, 200) } })));
}

export async function flushOutbox(database: AssistDatabase, target: ReportTarget, options: FlushOptions = {}): Promise<FlushResult> {
  const opts: Required<FlushOptions> = {
    now: Date.now, fetchFn: (...a) => fetch(...a), batchSize: 500, timeoutMs: REQUEST_TIMEOUT_MS, random: Math.random, maxBatches: 40, beforeBatch: async () => undefined,
    ...options,
  };
  const result: FlushResult = { sent: 0, retried: 0, rejected: 0 };
  for (let batch = 0; batch < opts.maxBatches; batch++) {
    const items = await database.outbox.where('nextAttemptAt').belowOrEqual(opts.now()).limit(opts.batchSize).toArray();
    if (!items.length) break;
    await opts.beforeBatch();
    try {
      const { retry, rejected } = await post(target, items, opts);
      await settle(database, items, retry, opts.now(), opts.random);
      result.sent += items.length - retry.size - rejected.size;
      result.retried += retry.size;
      result.rejected += rejected.size;
      if (retry.size) break;
    } catch (err) {
      result.error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      await postpone(database, items, opts.now(), opts.random, result.error);
      break;
    }
  }
  return result;
}
