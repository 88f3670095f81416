// What <motcua-assist> shows on System A, per page kind.
import { AssistPanel } from '@/components/assist-panel';
import { CheckStatus, FindingsList, type CheckState, type FindingView } from '@/components/findings-list';
import { ReceiveGuard } from '@/components/receive-guard';
import { SupplementText } from '@/components/supplement-text';
import { t, type MessageKey } from '@/utils/i18n';
import type { FindingWire } from '@/utils/messaging';
import type { ProcessingPageKind } from '@/utils/sites/motcua/detect-page-kind';
import type { ProcessingDetailSnapshot } from '@/utils/sites/snapshot';
import { describeFinding } from './describe';
import { renderCapture } from './capture';

export interface PanelState {
  kind: ProcessingPageKind;
  check: CheckState;
  findings: FindingWire[];
  account?: string;
  dossierCode?: string;
  snapshot?: ProcessingDetailSnapshot;
  flagged?: number;
  /** Policy or the officer may turn auto-fill off: then no capture button. */
  autofillEnabled?: boolean;
  error?: string;
}

const KIND_LABEL: Record<ProcessingPageKind, MessageKey> = {
  'dossier-list': 'pageKindDossierList',
  'dossier-detail': 'pageKindDossierDetail',
  login: 'pageKindLogin',
  other: 'pageKindOther',
};

function toView(f: FindingWire): FindingView {
  return { key: f.key, ruleId: f.ruleId, severity: f.severity, message: describeFinding(f), overridden: f.status === 'overridden' };
}

export interface GuardHandlers {
  onConfirm(reason: string): void;
  onCancel(): void;
}

export function MotcuaPanel({ state, guard }: { state: PanelState; guard?: GuardHandlers }) {
  const views = state.findings.map(toView);
  const missing = state.findings
    .filter((f) => f.ruleId === 'completeness/missing-document' && typeof f.facts.name === 'string')
    .map((f) => f.facts.name as string);
  const openErrors = views.filter((f) => f.severity === 'error' && !f.overridden);
  const { summary, tone } = headerSummary(state, openErrors.length);
  return (
    <>
      <AssistPanel
        key={state.kind}
        pageKindLabel={t(KIND_LABEL[state.kind])}
        account={state.snapshot?.account.username ?? state.account}
        summary={summary}
        summaryTone={tone}
        defaultCollapsed={state.kind !== 'dossier-detail'}
      >
        {state.kind === 'dossier-detail' ? (
          <>
            <CheckStatus state={state.check} findings={views} error={state.error} />
            <FindingsList findings={views} />
            <SupplementText missing={missing} />
            {state.snapshot && state.autofillEnabled !== false ? renderCapture(state.snapshot) : null}
          </>
        ) : null}
        {state.kind === 'dossier-list' && state.check !== 'checking' ? (
          <>
            <p class="status" role="status" aria-live="polite" data-testid="list-summary">
              {state.flagged ? t('listSummary', String(state.flagged)) : t('listAllClear')}
            </p>
            <FindingsList findings={views} />
          </>
        ) : null}
      </AssistPanel>
      {guard ? <ReceiveGuard errors={openErrors} onConfirm={guard.onConfirm} onCancel={guard.onCancel} /> : null}
    </>
  );
}

/** One line for the panel header: open errors on a dossier, flagged rows on a list. */
function headerSummary(state: PanelState, openErrors: number): { summary?: string; tone?: 'error' | 'warning' | 'ok' } {
  if (state.check !== 'done') return {};
  if (state.kind === 'dossier-list') return state.flagged ? { summary: t('headerFlagged', String(state.flagged)), tone: 'warning' } : { summary: t('headerOk'), tone: 'ok' };
  if (state.kind !== 'dossier-detail') return {};
  if (openErrors) return { summary: t('headerErrors', String(openErrors)), tone: 'error' };
  return state.findings.length ? { summary: t('headerNotes', String(state.findings.length)), tone: 'warning' } : { summary: t('headerOk'), tone: 'ok' };
}
