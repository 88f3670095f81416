// Fill progress: state, step "n/m", the last message; stop / resume. The metrics are exposed as
// data attributes so the bench can read fill time and the typing replaced. Pure.
import type { FillState } from '@/utils/autofill/types';
import { stepText } from '@/utils/autofill/machine';
import { t, type MessageKey } from '@/utils/i18n';

export interface FillStatusProps {
  state: FillState;
  onStop(): void;
  onResume(): void;
}

const LABEL = {
  running: 'autofill_statusRunning', paused: 'autofill_statusPaused', done: 'autofill_statusDone',
  stopped: 'autofill_statusStopped', error: 'autofill_statusError',
} as const;

export function FillStatus({ state, onStop, onResume }: FillStatusProps) {
  const m = state.metrics;
  const step = state.plan.steps[Math.min(state.index, state.plan.steps.length - 1)];
  const elapsed = (m.endedAt ?? Date.now()) - m.startedAt;
  return (
    <div
      class="fill-status" data-testid="fill-status" data-state={state.status} data-step={stepText(state)}
      data-dossier-code={state.dossierCode} data-chars={m.chars} data-controls={m.controls} data-clicks={m.clicks}
      data-elapsed-ms={elapsed} data-server-ms={Math.round(m.serverMs)} data-loads={m.loads}
      data-errors-recovered={m.errorsRecovered} data-expiries={m.expiries} role="status"
    >
      <p>
        <strong>{t(LABEL[state.status])}</strong> — <span data-testid="fill-step">{stepText(state)}</span> {step?.title}
      </p>
      {state.message && <p data-testid="fill-message">{t(state.message.key as MessageKey, state.message.args)}</p>}
      <div class="actions">
        {(state.status === 'running' || state.status === 'paused') && <button type="button" data-testid="fill-stop" onClick={onStop}>{t('autofill_stop')}</button>}
        {(state.status === 'error' || state.status === 'stopped') && <button type="button" data-testid="fill-resume" onClick={onResume}>{t('autofill_resume')}</button>}
      </div>
    </div>
  );
}
