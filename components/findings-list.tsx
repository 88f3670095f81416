// Findings grouped by severity. Every finding is a [data-rule][data-severity] element (tests and
// IT rely on it), present even while its group is collapsed. Announced politely to screen readers.
import { t } from '@/utils/i18n';

export type Severity = 'error' | 'warning' | 'review';

export interface FindingView {
  key: string;
  ruleId: string;
  severity: Severity;
  message: string;
  overridden?: boolean;
}

const ORDER: Severity[] = ['error', 'warning', 'review'];
const GROUP_TITLE = { error: 'severityError', warning: 'severityWarning', review: 'severityReview' } as const;

export function FindingsList({ findings }: { findings: FindingView[] }) {
  return (
    <div class="findings">
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (!group.length) return null;
        return (
          <details class={`group ${severity}`} open key={severity}>
            <summary>
              {t(GROUP_TITLE[severity])} ({group.length})
            </summary>
            <ul>
              {group.map((f) => (
                <li key={f.key} class="finding" data-rule={f.ruleId} data-severity={f.severity} data-overridden={f.overridden ? 'true' : undefined}>
                  <span class="rule">{f.ruleId}</span>
                  <span class="message">{f.message}</span>
                  {f.overridden ? <span class="badge">{t('findingOverridden')}</span> : null}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

export type CheckState = 'checking' | 'done' | 'failed';

/** The status line: "checking…", an all-clear only when every check could run, or the counts. */
export function CheckStatus({ state, findings, error }: { state: CheckState; findings: FindingView[]; error?: string }) {
  const text =
    state === 'checking'
      ? t('checking')
      : state === 'failed'
        ? t('checkFailed', error ?? '')
        : findings.length === 0
          ? t('allClear')
          : t('findingsSummary', [String(count(findings, 'error')), String(count(findings, 'warning')), String(count(findings, 'review'))]);
  return (
    <p class={`status ${state}`} role="status" aria-live="polite" data-testid="check-status" data-state={state === 'done' && !findings.length ? 'all-clear' : state}>
      {text}
    </p>
  );
}

function count(findings: FindingView[], severity: Severity) {
  return findings.filter((f) => f.severity === severity).length;
}
