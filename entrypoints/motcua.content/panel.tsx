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

export interface PanelState {
  kind: ProcessingPageKind;
  check: CheckState;
  findings: FindingWire[];
  account?: string;
  dossierCode?: string;
  snapshot?: ProcessingDetailSnapshot;
  flagged?: number;
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
  return (
    <>
      <AssistPanel pageKindLabel={t(KIND_LABEL[state.kind])} account={state.snapshot?.account.username ?? state.account}>
        {state.kind === 'dossier-detail' ? (
          <>
            <CheckStatus state={state.check} findings={views} error={state.error} />
            <FindingsList findings={views} />
            <SupplementText missing={missing} />
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
