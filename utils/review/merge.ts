// Merging imported records by id, idempotently: a record already present (same or older state,
// no history event we lack) changes nothing, so importing a bundle twice changes nothing. When
// both sides hold the record, the later-seen state wins and the histories are united.
import type { AssistDatabase } from '@/utils/db/database';
import type { WarningEvent, WarningRecord } from '@/utils/db/types';

export interface MergeCounts {
  added: number;
  updated: number;
  present: number;
}

const eventKey = (e: WarningEvent) => `${e.at}|${e.event}|${e.account ?? ''}|${e.note ?? ''}`;

function later<T extends { at: number }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.at > a.at ? b : a;
}

/** The merged record, or null when `incoming` brings nothing `existing` lacks. */
export function mergeRecord(existing: WarningRecord, incoming: WarningRecord): WarningRecord | null {
  const known = new Set(existing.history.map(eventKey));
  const newEvents = incoming.history.filter((e) => !known.has(eventKey(e)));
  const newerState = incoming.lastSeenAt > existing.lastSeenAt;
  const override = later(existing.override, incoming.override);
  const review = later(existing.review, incoming.review);
  if (!newEvents.length && !newerState && override === existing.override && review === existing.review) return null;
  const base = newerState ? { ...incoming, firstSeenAt: Math.min(existing.firstSeenAt, incoming.firstSeenAt) } : existing;
  const history = [...existing.history, ...newEvents].sort((a, b) => a.at - b.at);
  return { ...base, override, review, history };
}

/** A record new to this database, marked as imported (from whom) in its history. */
function asImported(r: WarningRecord, now: number, source: string): WarningRecord {
  return { ...r, history: [...r.history, { at: now, event: 'imported', note: source }] };
}

/** Merge records (already validated) in one transaction. */
export async function mergeRecords(database: AssistDatabase, records: readonly WarningRecord[], now: number, source: string): Promise<MergeCounts> {
  return database.transaction('rw', database.warnings, database.audit, async () => {
    const counts: MergeCounts = { added: 0, updated: 0, present: 0 };
    const existing = await database.warnings.bulkGet(records.map((r) => r.id));
    const writes: WarningRecord[] = [];
    records.forEach((incoming, i) => {
      const old = existing[i];
      if (!old) {
        counts.added++;
        writes.push(asImported(incoming, now, source));
        return;
      }
      const merged = mergeRecord(old, incoming);
      if (merged) {
        counts.updated++;
        writes.push(merged);
      } else counts.present++;
    });
    if (writes.length) await database.warnings.bulkPut(writes);
    await database.audit.add({ at: now, kind: 'import', detail: { source, ...counts } });
    return counts;
  });
}
