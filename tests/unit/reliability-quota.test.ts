// IndexedDB quota exhausted: the write is retried after the oldest resolved warnings are purged
// (never an open or overridden one), the purge is audited and left for the UI, and nothing else
// is lost. fake-indexeddb has no quota, so the first write is made to fail as Chrome's does.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AssistDatabase } from '@/utils/db/database';
import { QUOTA_NOTICE_KEY, isQuotaError, withQuotaRelief } from '@/utils/db/quota';
import { makeWarnings } from '@/utils/review/synthetic';

const NOW = Date.UTC(2026, 5, 1);
const quotaError = () => Object.assign(new Error('QuotaExceededError: the quota has been exceeded'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') });

describe('quota exhausted', () => {
  beforeEach(() => fakeBrowser.reset());

  it('purges the oldest resolved warnings first, retries, audits and tells', async () => {
    const database = new AssistDatabase('reliability-quota-1');
    const records = makeWarnings(1200, { seed: 3 });
    await database.warnings.bulkPut(records);
    const resolved = records.filter((r) => r.status === 'resolved').sort((a, b) => a.lastSeenAt - b.lastSeenAt);
    const kept = records.filter((r) => r.status !== 'resolved');
    let attempts = 0;
    const result = await withQuotaRelief(database, async () => {
      if (attempts++ === 0) throw quotaError();
      return 'stored';
    }, NOW);
    expect(result).toBe('stored');
    expect(attempts).toBe(2);
    const purged = Math.min(500, resolved.length);
    expect(await database.warnings.count()).toBe(records.length - purged);
    expect(await database.warnings.bulkGet(resolved.slice(0, purged).map((r) => r.id))).toEqual(Array(purged).fill(undefined));
    expect((await database.warnings.bulkGet(kept.map((r) => r.id))).every(Boolean)).toBe(true); // open / overridden never purged
    expect((await fakeBrowser.storage.local.get(QUOTA_NOTICE_KEY))[QUOTA_NOTICE_KEY]).toMatchObject({ at: NOW, warnings: purged });
    expect(await database.audit.where('kind').equals('purge').count()).toBe(1);
  });

  it('with nothing it may delete, the failure is reported, not hidden', async () => {
    const database = new AssistDatabase('reliability-quota-2');
    await database.warnings.bulkPut(makeWarnings(20).map((r) => ({ ...r, status: 'open' as const })));
    await expect(withQuotaRelief(database, () => Promise.reject(quotaError()), NOW)).rejects.toThrow(/Quota/);
    expect(await database.warnings.count()).toBe(20);
  });

  it('other errors pass through untouched', async () => {
    const database = new AssistDatabase('reliability-quota-3');
    await expect(withQuotaRelief(database, () => Promise.reject(new Error('ConstraintError')), NOW)).rejects.toThrow('ConstraintError');
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
  });
});
