import { beforeEach, describe, expect, it } from 'vitest';
import { AssistDatabase } from '@/utils/db/database';
import { makeWarnings } from '@/utils/review/synthetic';
import { findingDocument } from './document';
import { putDocuments } from './enqueue';
import { flushOutbox } from './deliver';

let database: AssistDatabase;
let n = 0;
beforeEach(() => {
  database = new AssistDatabase(`outbox-test-${n++}`);
});

const target = { endpoint: 'http://127.0.0.1:9/ingest', format: 'ndjson' as const, token: 's3cret' };
const docsOf = (count: number) => makeWarnings(count).map((r) => findingDocument(r, false, () => ''));

/** A fake receiver: answers with the given statuses in turn, records what it accepted. */
function receiver(statuses: number[]) {
  const accepted: string[] = [];
  const calls: { auth: string | null }[] = [];
  const fetchFn = (async (_url: string, init: RequestInit) => {
    const status = statuses.shift() ?? 200;
    calls.push({ auth: new Headers(init.headers).get('authorization') });
    if (status === 0) throw new TypeError('Failed to fetch');
    if (status < 300) accepted.push(...String(init.body).trim().split('\n').map((l) => JSON.parse(l).id as string));
    return new Response('{}', { status });
  }) as typeof fetch;
  return { accepted, calls, fetchFn };
}

describe('outbox delivery', () => {
  it('delivers in batches with the bearer token and empties the outbox', async () => {
    const docs = docsOf(600);
    await putDocuments(database, docs, 1000);
    const r = receiver([]);
    const result = await flushOutbox(database, target, { fetchFn: r.fetchFn, now: () => 2000, batchSize: 250 });
    expect(result).toMatchObject({ sent: 600, retried: 0 });
    expect(r.calls).toHaveLength(3);
    expect(r.calls[0]!.auth).toBe('Bearer s3cret');
    expect(new Set(r.accepted)).toEqual(new Set(docs.map((d) => d.id)));
    expect(await database.outbox.count()).toBe(0);
  }, 20_000);

  it('keeps a failed batch with backoff, then delivers it once the receiver recovers', async () => {
    const docs = docsOf(10);
    await putDocuments(database, docs, 1000);
    const r = receiver([503, 0]);
    let now = 2000;
    const first = await flushOutbox(database, target, { fetchFn: r.fetchFn, now: () => now, random: () => 0 });
    expect(first.error).toContain('503');
    expect(await database.outbox.count()).toBe(10);
    expect((await flushOutbox(database, target, { fetchFn: r.fetchFn, now: () => now })).sent).toBe(0); // not due yet
    const [item] = await database.outbox.toArray();
    expect(item).toMatchObject({ attempts: 1, nextAttemptAt: 2000 + 2500 });
    now = item!.nextAttemptAt;
    expect((await flushOutbox(database, target, { fetchFn: r.fetchFn, now: () => now, random: () => 0 })).error).toContain('Failed to fetch');
    expect((await database.outbox.toArray())[0]).toMatchObject({ attempts: 2, nextAttemptAt: now + 5000 });
    now += 5000;
    expect((await flushOutbox(database, target, { fetchFn: r.fetchFn, now: () => now })).sent).toBe(10);
    expect(r.accepted.sort()).toEqual(docs.map((d) => d.id).sort());
  });

  it('keeps a record re-enqueued while its batch was in flight', async () => {
    const [doc] = docsOf(1);
    await putDocuments(database, [doc!], 1000);
    const fetchFn = (async () => {
      await putDocuments(database, [{ ...doc!, status: 'resolved' }], 1500);
      return new Response('{}', { status: 200 });
    }) as typeof fetch;
    await flushOutbox(database, target, { fetchFn, now: () => 2000, maxBatches: 1 });
    const left = await database.outbox.toArray();
    expect(left).toHaveLength(1);
    expect(left[0]!.payload.status).toBe('resolved');
  });
});
