// The receive guard dialog: shown while the system's "Tiếp nhận" click is held. Confirm needs a
// reason of at least 10 characters; cancel leaves the dossier untouched. Focus is trapped inside.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { FindingView } from './findings-list';

export const MIN_REASON_LENGTH = 10;

export interface ReceiveGuardProps {
  errors: FindingView[];
  onConfirm(reason: string): void;
  onCancel(): void;
}

export function ReceiveGuard({ errors, onConfirm, onCancel }: ReceiveGuardProps) {
  const [reason, setReason] = useState('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textarea.current?.focus(), []);
  const valid = reason.trim().length >= MIN_REASON_LENGTH;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };
  return (
    <div class="backdrop">
      <div
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="guard-title"
        aria-describedby="guard-desc"
        data-testid="receive-guard"
        onKeyDown={onKeyDown}
      >
        <h2 id="guard-title">{t('guardTitle')}</h2>
        <p id="guard-desc">{t('guardDescription')}</p>
        <ul>
          {errors.map((f) => (
            <li key={f.key} data-rule={f.ruleId} data-severity={f.severity}>
              {f.message}
            </li>
          ))}
        </ul>
        <label for="guard-reason">{t('guardReasonLabel', String(MIN_REASON_LENGTH))}</label>
        <textarea
          id="guard-reason"
          ref={textarea}
          data-testid="override-reason"
          rows={3}
          value={reason}
          aria-invalid={reason.length > 0 && !valid}
          onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)}
        />
        <div class="actions">
          <button type="button" data-testid="override-cancel" onClick={onCancel}>
            {t('guardCancel')}
          </button>
          <button type="button" class="danger" data-testid="override-confirm" disabled={!valid} onClick={() => valid && onConfirm(reason.trim())}>
            {t('guardConfirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
