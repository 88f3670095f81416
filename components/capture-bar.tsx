// System A: the auto-fill row of a household-business dossier — capture button, what is stored,
// the erase button, and once HkdOnline's result is known, the result-fill button.
import type { CaptureSummary } from '@/utils/autofill/capture-store';
import { t } from '@/utils/i18n';

export interface CaptureBarProps {
  summary?: CaptureSummary;
  message?: string;
  busy?: boolean;
  onCapture(): void;
  onErase(): void;
  onResultFill(): void;
}

export function CaptureBar({ summary, message, busy, onCapture, onErase, onResultFill }: CaptureBarProps) {
  const expires = summary ? new Date(summary.expiresAt).toLocaleDateString('vi-VN') : '';
  return (
    <div class="autofill-capture" data-testid="autofill-capture-bar">
      {!summary && (
        <button type="button" data-testid="autofill-capture" disabled={busy} onClick={onCapture}>{t('autofill_captureButton')}</button>
      )}
      {summary && (
        <p data-testid="capture-stored">{t('autofill_captured', [expires])}</p>
      )}
      {summary?.result && (
        <dl class="meta" data-testid="capture-result">
          <dt>{t('autofill_resultCode')}</dt><dd>{summary.result.code}</dd>
          <dt>{t('autofill_resultCertificate')}</dt><dd>{summary.result.certificateNumber}</dd>
          <dt>{t('autofill_resultDate')}</dt><dd>{summary.result.date}</dd>
        </dl>
      )}
      <div class="actions">
        {summary?.result && <button type="button" data-testid="result-fill" disabled={busy} onClick={onResultFill}>{t('autofill_resultFill')}</button>}
        {summary && <button type="button" data-testid="capture-erase" disabled={busy} onClick={onErase}>{t('autofill_erase')}</button>}
      </div>
      {message && <p role="status" data-testid="capture-message">{message}</p>}
    </div>
  );
}
