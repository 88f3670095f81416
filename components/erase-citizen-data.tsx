// "Erase all citizen data" on the options page: one button, then an inline confirmation (focus
// moves to it; Escape or "Hủy" backs out), then a status line with what was erased.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface EraseCounts {
  captures: number;
  fills: number;
  seen: number;
  warnings: number;
}

type Phase = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'busy' } | { kind: 'done'; counts: EraseCounts } | { kind: 'error' };

export function EraseCitizenData({ onErase }: { onErase: () => Promise<EraseCounts> }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (phase.kind === 'confirming') confirmRef.current?.focus();
  }, [phase.kind]);
  const erase = async () => {
    setPhase({ kind: 'busy' });
    try {
      setPhase({ kind: 'done', counts: await onErase() });
    } catch {
      setPhase({ kind: 'error' });
    }
  };
  const confirming = phase.kind === 'confirming' || phase.kind === 'busy';
  return (
    <section aria-labelledby="rel-erase-title" data-testid="rel-erase">
      <h2 id="rel-erase-title">{t('rel_eraseTitle')}</h2>
      <p>{t('rel_eraseHelp')}</p>
      {!confirming && (
        <button type="button" class="danger" data-testid="rel-erase-all" onClick={() => setPhase({ kind: 'confirming' })}>
          {t('rel_eraseButton')}
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="rel-erase-confirm-text" data-testid="rel-erase-dialog" onKeyDown={(e) => e.key === 'Escape' && setPhase({ kind: 'idle' })}>
          <p id="rel-erase-confirm-text">{t('rel_eraseConfirmText')}</p>
          <button type="button" ref={confirmRef} class="danger" data-testid="rel-erase-confirm" disabled={phase.kind === 'busy'} onClick={() => void erase()}>
            {t('rel_eraseConfirm')}
          </button>{' '}
          <button type="button" data-testid="rel-erase-cancel" disabled={phase.kind === 'busy'} onClick={() => setPhase({ kind: 'idle' })}>
            {t('rel_eraseCancel')}
          </button>
        </div>
      )}
      {phase.kind === 'done' && (
        <p role="status" data-testid="rel-erase-done">
          {t('rel_eraseDone', [phase.counts.captures, phase.counts.fills, phase.counts.seen, phase.counts.warnings].map(String))}
        </p>
      )}
      {phase.kind === 'error' && <p role="alert" class="error" data-testid="rel-erase-error">{t('rel_eraseFailed')}</p>}
    </section>
  );
}
