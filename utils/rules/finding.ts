/**
 * A finding: one thing a rule has to say about one dossier (or one list row). Shaped like an
 * axe-core result — rule id, impact (severity), the facts it used and where each fact came from —
 * so a supervisor can audit it later from storage without the page.
 */
export type Severity = 'error' | 'warning' | 'review';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'review'];

export interface FindingEvidence {
  source: string;
  detail: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** i18n key (public/_locales/<lang>/messages.json), always prefixed `rule_`. */
  messageKey: string;
  /**
   * Chrome substitutions $1…$9. An argument written `@rule_…` is itself a message key
   * (a label such as "Số điện thoại của người nộp"); `messageFor` translates it.
   */
  messageArgs: string[];
  /** The values the verdict rests on (for the dashboard's detail view and exports). */
  facts: Record<string, unknown>;
  /** Evidence only for the snapshot values this finding used, keyed by value path. */
  evidence: Record<string, FindingEvidence>;
  /** `${dossierCode}|${ruleId}|${discriminator}` — stable across re-evaluations, for dedup. */
  key: string;
}

/** Prefix marking a message argument that is a message key to translate. */
export const ARG_KEY_PREFIX = '@';

export function findingKey(dossierCode: string | undefined, ruleId: string, discriminator: string): string {
  return `${dossierCode ?? ''}|${ruleId}|${discriminator}`;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, review: 2 };

/** Most severe first, then by rule id and key, so the UI and tests see a stable order. */
export function compareFindings(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.key.localeCompare(b.key);
}
