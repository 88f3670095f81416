import { describe, expect, it } from 'vitest';
import { AssistDatabase } from './database';
import { purgeExpired, SEEN_DAYS } from './retention';
import { HISTORY_DAYS } from '@/utils/service/check-service';
import { makeWarnings } from '@/utils/review/synthetic';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);

describe('retention', () => {
  it('purges warnings by retentionDays, seen dossiers after 30 days and expired captures', async () => {
    const database = new AssistDatabase('retention-test');
    const [fresh, old] = makeWarnings(2);
    await database.warnings.bulkPut([{ ...fresh!, lastSeenAt: NOW - 10 * DAY }, { ...old!, lastSeenAt: NOW - 200 * DAY }]);
    await database.seen.bulkPut([
      { dossierCode: 'A', seenAt: NOW - 29 * DAY, applicantIdNumber: '079203001245' },
      { dossierCode: 'B', seenAt: NOW - 31 * DAY, applicantIdNumber: '079203001246' },
    ]);
    const capture = { capturedAt: NOW - DAY, iv: '', data: '', summary: { procedure: '', businessName: '' } };
    await database.captures.bulkPut([{ ...capture, dossierCode: 'A', expiresAt: NOW + DAY }, { ...capture, dossierCode: 'B', expiresAt: NOW - 1 }]);
    const counts = await purgeExpired(database, 180, NOW);
    expect(counts).toMatchObject({ warnings: 1, seen: 1, captures: 1 });
    expect((await database.warnings.toArray()).map((w) => w.id)).toEqual([fresh!.id]);
    expect((await database.seen.toArray()).map((s) => s.dossierCode)).toEqual(['A']);
    expect((await database.captures.toArray()).map((s) => s.dossierCode)).toEqual(['A']);
    expect(await database.audit.where('kind').equals('purge').count()).toBe(1);
    expect(await purgeExpired(database, 180, NOW)).toMatchObject({ warnings: 0, seen: 0, captures: 0 });
  });

  it('keeps seen dossiers exactly as long as the duplicate rule looks back', () => {
    expect(SEEN_DAYS).toBe(HISTORY_DAYS);
  });
});
