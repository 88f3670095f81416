// The extension's one IndexedDB database (extension origin only: background and extension pages).
// Index only what is queried: the dashboard filters by time, rule, status, account and dossier.
import Dexie, { type EntityTable } from 'dexie';
import type { WarningRecord, SeenDossier, AuditEntry, OutboxItem, CaptureRecord } from './types';

export class AssistDatabase extends Dexie {
  warnings!: EntityTable<WarningRecord, 'id'>;
  seen!: EntityTable<SeenDossier, 'dossierCode'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  outbox!: EntityTable<OutboxItem, 'id'>;
  captures!: EntityTable<CaptureRecord, 'dossierCode'>;

  constructor(name = 'motcua-assist') {
    super(name);
    this.version(1).stores({
      warnings: 'id, lastSeenAt, dossierCode, ruleId, status, account, severity, [status+severity]',
      seen: 'dossierCode, seenAt',
      audit: '++id, at, kind, dossierCode',
      outbox: 'id, createdAt, nextAttemptAt',
      captures: 'dossierCode, capturedAt, expiresAt',
    });
  }
}

let instance: AssistDatabase | undefined;

/** The shared database of this extension context (opened lazily). */
export function db(): AssistDatabase {
  instance ??= new AssistDatabase();
  return instance;
}
