// The fill preview on HkdOnline: every value the fill will write, page by page, and where the
// current page already holds a different value, that value. Pure.
import type { FieldOp, Plan } from '@/utils/autofill/types';
import { t } from '@/utils/i18n';

export interface FillPreviewProps {
  plan: Plan;
  /** Control values of the page on screen (readControlValues). */
  present: Record<string, string>;
  onConfirm(): void;
  onCancel(): void;
}

function shown(op: FieldOp): string {
  if (op.kind === 'radio') return op.display;
  if (op.kind === 'checkboxes') return op.values.join(', ') || '—';
  return op.value;
}

function presentText(op: FieldOp, present: Record<string, string>): string | undefined {
  const v = op.kind === 'select' ? present[`${op.name}#text`] : present[op.name];
  return v && v.trim() ? v : undefined;
}

export function FillPreview({ plan, present, onConfirm, onCancel }: FillPreviewProps) {
  return (
    <div class="fill-preview" data-testid="fill-preview">
      <h3>{t('autofill_fillPreviewTitle', [plan.dossierCode])}</h3>
      <ol>
        {plan.steps.map((s) => (
          <li key={s.id} data-step={s.id}>
            <strong>{s.title}</strong>
            <dl class="meta">
              {s.fields.map((op) => {
                const now = presentText(op, present);
                const differs = now !== undefined && now !== shown(op) && op.kind !== 'checkboxes';
                return [
                  <dt key={`${op.name}-t`}>{op.label}</dt>,
                  <dd key={`${op.name}-d`} data-field={op.name}>
                    {shown(op)}
                    {differs && <span class="differs" data-testid="fill-preview-differs"> ({t('autofill_presentDiffers', [now])})</span>}
                  </dd>,
                ];
              })}
            </dl>
            {s.lines?.map((l, i) => <p key={i}>{l.code ? `${l.code} – ` : ''}{l.name}{l.main ? ` (${t('autofill_mainLine')})` : ''}</p>)}
            {s.locations?.map((l, i) => <p key={`l${i}`}>{l.name}: {l.street}, {l.ward}, {l.province}</p>)}
            {s.copyAccount && <p>{t('autofill_copyAccount')}</p>}
          </li>
        ))}
      </ol>
      {plan.notes.length > 0 && <ul class="problems" data-testid="fill-notes">{plan.notes.map((n, i) => <li key={i}>{t('autofill_noteNotFilled', [n])}</li>)}</ul>}
      <div class="actions">
        <button type="button" data-testid="fill-confirm" onClick={onConfirm}>{t('autofill_fillConfirm')}</button>
        <button type="button" data-testid="fill-cancel" onClick={onCancel}>{t('autofill_cancel')}</button>
      </div>
    </div>
  );
}
