// Every stored warning, newest first, live: the first screenful is read at once (first paint does
// not wait for 100,000 records), then the whole table through a Dexie live query that re-reads
// when any extension page or the background writes. Reading the lastSeenAt index ascending uses
// IndexedDB's getAll (fast); reversing in memory is cheaper than a reverse cursor.
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { db } from '@/utils/db/database';
import type { WarningRecord } from '@/utils/db/types';

export interface WarningsState {
  records: WarningRecord[];
  total: number;
  complete: boolean;
}

const FIRST_SCREEN = 60;

export function useWarnings(): WarningsState {
  const [state, setState] = useState<WarningsState>({ records: [], total: 0, complete: false });
  useEffect(() => {
    let done = false;
    const database = db();
    void Promise.all([database.warnings.orderBy('lastSeenAt').reverse().limit(FIRST_SCREEN).toArray(), database.warnings.count()]).then(
      ([records, total]) => {
        if (!done) setState({ records, total, complete: records.length >= total });
      },
    );
    const subscription = liveQuery(async () => (await database.warnings.orderBy('lastSeenAt').toArray()).reverse()).subscribe({
      next: (records) => {
        done = true;
        setState({ records, total: records.length, complete: true });
      },
      error: (err) => console.error('[motcua-assist] dashboard query failed', err),
    });
    return () => subscription.unsubscribe();
  }, []);
  return state;
}
