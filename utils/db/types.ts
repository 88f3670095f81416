// Records kept in IndexedDB. Citizens' personal data appears only where a feature needs it and is
// purged on its own shorter schedule (see retention.ts).
export type Severity = 'error' | 'warning' | 'review';
export type WarningStatus = 'open' | 'overridden' | 'acknowledged' | 'resolved';

export interface EvidenceItem {
  source: string;
  detail: string;
}

export interface WarningEvent {
  at: number;
  event: 'opened' | 'seen' | 'overridden' | 'acknowledged' | 'resolved' | 'reopened' | 'reviewed' | 'imported';
  account?: string;
  note?: string;
}

export interface WarningRecord {
  /** Stable key: dossier code | rule id | discriminator — one record per dossier and rule. */
  id: string;
  dossierCode: string;
  ruleId: string;
  severity: Severity;
  status: WarningStatus;
  account: string;
  unit: string;
  procedureCode?: string;
  procedureName?: string;
  field?: string;
  messageKey: string;
  messageArgs: string[];
  facts: Record<string, unknown>;
  evidence: Record<string, EvidenceItem>;
  firstSeenAt: number;
  lastSeenAt: number;
  resolvedAt?: number;
  override?: { reason: string; at: number; account: string };
  review?: { note: string; at: number; by?: string };
  history: WarningEvent[];
}

/** A dossier this installation has seen: feeds the duplicate and naming rules. */
export interface SeenDossier {
  dossierCode: string;
  procedureCode?: string;
  applicantIdNumber?: string;
  applicantName?: string;
  applicantBirthDate?: string;
  businessName?: string;
  ward?: string;
  seenAt: number;
}

export interface AuditEntry {
  id?: number;
  at: number;
  kind: 'override' | 'capture' | 'fill' | 'result' | 'erase' | 'import' | 'purge';
  dossierCode?: string;
  account?: string;
  /** Never personal values: counts, rule ids, step names. */
  detail: Record<string, unknown>;
}

export interface OutboxItem {
  id: string;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  payload: Record<string, unknown>;
  /** Why the last delivery attempt failed (for the IT page; never personal data). */
  lastError?: string;
}

export interface CaptureRecord {
  dossierCode: string;
  capturedAt: number;
  expiresAt: number;
  /** AES-GCM ciphertext of the canonical record, base64; iv alongside. */
  iv: string;
  data: string;
  summary: { procedure: string; businessName: string };
  /** Registration result read on HkdOnline (not personal: household code, certificate, date). */
  result?: { code: string; certificateNumber: string; date: string };
}
